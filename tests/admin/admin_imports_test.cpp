// The upload pages (web/admin/imports/) end to end, in-process: the demo
// council's exports uploaded, checked (findings with file, line and
// column; nothing stored), imported whole or their valid rows alone (the
// rejects to download), the job in the background with its progress page,
// a second job refused while one runs, a restart mid-job shown as
// interrupted, the history from the import log and the audit rows.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "admin_fixture.h"
#include "demo/demo_council.h"
#include "web/admin/imports/upload_folder.h"

namespace hc::web {
namespace {

namespace fs = std::filesystem;

class AdminImportsTest : public AdminWebTest {
 protected:
  AdminImportsTest() : exports_(hc::testing::makeTempDir("hc-exports")) {
    demo::DemoOptions options;
    options.teams = 2;
    options.months = 6;  // two whole quarters, so that the latest one's figures are stored
    options.seed = 7;
    options.end = *Date::parse("2026-09-30");
    demo::writeDemoCouncil(options, exports_);
  }
  ~AdminImportsTest() override {
    std::error_code ec;
    fs::remove_all(exports_, ec);
  }

  // The demo's contract files (not its staff survey answers), as a browser sends them.
  std::vector<std::pair<std::string, std::string>> demoFiles() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : fs::directory_iterator(exports_)) {
      const std::string name = e.path().filename().string();
      if (e.path().extension() == ".csv" && name.rfind("staff-survey", 0) != 0) out.emplace_back(e.path().string(), name);
    }
    return out;
  }

  // A copy of teams.csv with one more row, whose service is not one of
  // the contract's: an error at its line, in its column.
  std::string brokenTeams(int64_t& bad_line) const {
    const std::string path = exports_ + "/broken-teams.csv";
    std::string text = hc::testing::readFile(exports_ + "/teams.csv");
    if (!text.empty() && text.back() != '\n') text += "\n";
    bad_line = std::count(text.begin(), text.end(), '\n') + 1;
    text += "TBAD,Broken team,martians,\n";
    hc::testing::writeFile(path, text);
    return path;
  }

  void waitForJob() { app_->imports().jobs().wait(); }

  std::string exports_;
};

TEST_F(AdminImportsTest, TheCheckNamesFileLineAndColumnAndStoresNothing) {
  int64_t bad_line = 0;
  const std::string broken = brokenTeams(bad_line);
  const http::Response posted = upload("admin", {{broken, "teams.csv"}, {exports_ + "/staff.csv", "staff.csv"}});
  const int id = uploadOf(posted);
  ASSERT_EQ(id, 1) << posted.status << posted.body.substr(0, 2000);
  waitForJob();
  const http::Response page = get("admin", "/admin/imports/1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("govuk-error-summary"), std::string::npos);
  const std::string where = "teams.csv line " + std::to_string(bad_line) + ", service";
  EXPECT_NE(page.body.find(where), std::string::npos) << where;
  EXPECT_NE(page.body.find("href=\"#problem-"), std::string::npos) << "the summary links to the problem's row";
  EXPECT_NE(page.body.find("martians"), std::string::npos);
  EXPECT_NE(page.body.find("Import the valid rows and set the rest aside"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM teams"), 0) << "a check stores nothing";
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports"), 0);
  // Every problem as CSV: the same line and column.
  const http::Response csv = get("admin", "/admin/imports/1/problems.csv?of=check");
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("teams.csv,line " + std::to_string(bad_line) + ",service,martians,"), std::string::npos)
      << csv.body;
}

TEST_F(AdminImportsTest, TheValidRowsAreImportedAndTheRestSetAsideToDownload) {
  int64_t bad_line = 0;
  const std::string broken = brokenTeams(bad_line);
  const int id = uploadOf(upload("analyst", {{broken, "teams.csv"}}));
  ASSERT_EQ(id, 1);
  waitForJob();
  const std::string teams = hc::testing::readFile(exports_ + "/teams.csv");
  const int64_t good_teams = std::count(teams.begin(), teams.end(), '\n') - 1;  // less the header
  http::Request post = as("analyst", "POST", "/admin/imports/1/import");
  post.form["mode"] = "valid";
  ASSERT_EQ(app_->handle(post).status, 303);
  waitForJob();
  EXPECT_EQ(count("SELECT COUNT(*) FROM teams"), good_teams);
  EXPECT_EQ(count("SELECT COUNT(*) FROM teams WHERE team_id = 'TBAD'"), 0);
  const http::Response page = get("analyst", "/admin/imports/1");
  EXPECT_NE(page.body.find("Imported in part"), std::string::npos);
  const std::string link = "/admin/imports/1/rejects/import-valid/teams.rejects.csv";
  ASSERT_NE(page.body.find(link), std::string::npos) << page.body;
  const http::Response rejects = get("analyst", link);
  EXPECT_EQ(rejects.status, 200);
  EXPECT_NE(rejects.body.find("TBAD,Broken team,martians"), std::string::npos);
  EXPECT_NE(rejects.body.find("reject_reason"), std::string::npos);
  EXPECT_EQ(get("analyst", "/admin/imports/1/rejects/import-valid/..%2Fupload.tsv").status, 404);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE imported_by = 'analyst' AND outcome = 'stored_with_rejects'"), 1);
}

TEST_F(AdminImportsTest, TheDemoExportsImportAndTheHistoryAndAuditSaySo) {
  const auto files = demoFiles();
  ASSERT_GE(files.size(), 5u);
  ASSERT_EQ(uploadOf(upload("admin", files, "exports", "2026-09-30")), 1);
  waitForJob();
  const http::Response checked = get("admin", "/admin/imports/1");
  EXPECT_NE(checked.body.find("No errors: the files can be imported"), std::string::npos) << checked.body;
  EXPECT_EQ(checked.body.find("govuk-error-summary"), std::string::npos);
  http::Request post = as("admin", "POST", "/admin/imports/1/import");
  post.form["mode"] = "all";
  ASSERT_EQ(app_->handle(post).status, 303);
  waitForJob();
  const http::Response done = get("admin", "/admin/imports/1");
  EXPECT_NE(done.body.find("Import complete"), std::string::npos) << done.body;
  EXPECT_NE(done.body.find("Figures up to 2026-Q3 are ready"), std::string::npos) << done.body;
  EXPECT_GT(count("SELECT COUNT(*) FROM visits"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE imported_by = 'admin'"), static_cast<int64_t>(files.size()));
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE extracted IS NOT NULL"), static_cast<int64_t>(files.size()));
  // The dashboard sees the new data version on its next request, as after
  // a command-line import.
  const std::string teams = hc::testing::readFile(exports_ + "/teams.csv");
  const std::string line = teams.substr(teams.find('\n') + 1);
  const std::string first_team = line.substr(line.find(',') + 1, line.find(',', line.find(',') + 1) - line.find(',') - 1);
  const http::Response overview = get("director", "/dashboard");
  EXPECT_EQ(overview.status, 200);
  EXPECT_NE(overview.body.find(first_team), std::string::npos) << first_team;
  const http::Response history = get("admin", "/admin/imports/history");
  ASSERT_EQ(history.status, 200);
  EXPECT_NE(history.body.find("visits.csv"), std::string::npos);
  EXPECT_NE(history.body.find(">admin<"), std::string::npos);
  EXPECT_NE(history.body.find("2026-09-30"), std::string::npos);
  EXPECT_NE(history.body.find("Ready for the dashboard up to"), std::string::npos)
      << "the figures were stored after the import, as the command line stores them";
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin' AND action = 'upload'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin' AND action = 'import-check'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin' AND action = 'import'"),
            static_cast<int64_t>(files.size()));
}

TEST_F(AdminImportsTest, AJobRunsInTheBackgroundAndASecondIsRefused) {
  ASSERT_EQ(uploadOf(upload("admin", {{exports_ + "/teams.csv", "teams.csv"}})), 1);
  waitForJob();
  ASSERT_EQ(uploadOf(upload("admin", {{exports_ + "/teams.csv", "Teams.CSV"}})), 2);
  waitForJob();
  // Upload 2's file becomes a pipe: its import reads until the test writes.
  const std::string stored = uploads_ + "/2/teams.csv";
  fs::remove(stored);
  ASSERT_EQ(::mkfifo(stored.c_str(), 0600), 0);
  http::Request post = as("admin", "POST", "/admin/imports/2/import");
  post.form["mode"] = "all";
  ASSERT_EQ(app_->handle(post).status, 303);

  const http::Response progress = get("admin", "/admin/imports/2");
  EXPECT_NE(progress.body.find("http-equiv=\"refresh\""), std::string::npos);
  EXPECT_NE(progress.body.find("Importing the files"), std::string::npos);
  http::Request second = as("admin", "POST", "/admin/imports/1/import");
  second.form["mode"] = "all";
  const http::Response refused = app_->handle(second);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.body.find("Another import is running (upload 2"), std::string::npos);
  const http::Response upload_refused = upload("analyst", {{exports_ + "/teams.csv", "teams.csv"}});
  EXPECT_EQ(upload_refused.status, 400);
  EXPECT_NE(upload_refused.body.find("Another import is running"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM teams"), 0);

  std::ofstream(stored) << hc::testing::readFile(exports_ + "/teams.csv");
  waitForJob();
  const http::Response done = get("admin", "/admin/imports/2");
  EXPECT_EQ(done.body.find("http-equiv=\"refresh\""), std::string::npos);
  EXPECT_NE(done.body.find("Import complete"), std::string::npos);
  EXPECT_GT(count("SELECT COUNT(*) FROM teams"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports"), 1) << "upload 1 was never imported";
}

TEST_F(AdminImportsTest, AJobAServerStopLeftRunningShowsAsInterrupted) {
  ASSERT_EQ(uploadOf(upload("admin", {{exports_ + "/teams.csv", "teams.csv"}})), 1);
  waitForJob();
  // What a server killed mid-import leaves on disk: the status written
  // before the job, never the one after it.
  admin::UploadFolder folder(uploads_);
  admin::Upload u = *folder.read(1);
  u.status = "importing";
  u.mode = "import";
  ASSERT_TRUE(folder.writeState(u));
  restart();
  const http::Response page = get("admin", "/admin/imports/1");
  EXPECT_NE(page.body.find("The job was interrupted"), std::string::npos) << page.body;
  EXPECT_EQ(page.body.find("http-equiv=\"refresh\""), std::string::npos);
  EXPECT_EQ(folder.read(1)->status, "interrupted");
}

TEST_F(AdminImportsTest, BadAnswersAreNamedOnTheFormAndNothingIsKept) {
  const http::Response none = upload("admin", {});
  EXPECT_EQ(none.status, 400);
  EXPECT_NE(none.body.find("href=\"#files\""), std::string::npos);
  EXPECT_NE(none.body.find("Choose the files to upload"), std::string::npos);
  const http::Response annex = upload("admin", {{exports_ + "/teams.csv", "teams.csv"}}, "annex-a", "");
  EXPECT_NE(annex.body.find("Choose one Annex A workbook, an .xlsx file"), std::string::npos);
  EXPECT_NE(annex.body.find("Enter the day the Annex A workbook was extracted"), std::string::npos);
  const http::Response date = upload("admin", {{exports_ + "/teams.csv", "teams.csv"}}, "exports", "30/09/2025");
  EXPECT_NE(date.body.find("href=\"#extracted\""), std::string::npos);
  EXPECT_NE(date.body.find("is not a date"), std::string::npos);
  const http::Response twice =
      upload("admin", {{exports_ + "/teams.csv", "teams.csv"}, {exports_ + "/teams.csv", "TEAMS.csv"}});
  EXPECT_NE(twice.body.find("upload one file of each kind"), std::string::npos);
  const http::Response pdf = upload("admin", {{exports_ + "/teams.csv", "teams.pdf"}});
  EXPECT_NE(pdf.body.find("is not a .csv or .xlsx file"), std::string::npos);
  EXPECT_TRUE(admin::UploadFolder(uploads_).latest(10).empty()) << "no upload was kept";
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'upload'"), 0);
}

}  // namespace
}  // namespace hc::web
