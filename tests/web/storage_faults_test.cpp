// A database that cannot be written, tried for real: `healthcheck import`
// and `healthcheck serve` on a read-only SQLite file, and an import that
// runs out of room (the file-size limit of the process: SQLite's write
// fails as on a disk over quota; tests/ingest/disk_full_test.cpp fills the
// database to its limit, which SQLite reports exactly as a full disk). Each gives a clear message; the data stored
// before stays and the file passes PRAGMA integrity_check. The server
// answers 503 with Retry-After when its database cannot be written.
//
// The faults are made in a forked child: the file-size limit belongs to
// that process only, and root (as tests often run) ignores file modes, so
// the child drops to the unprivileged user `nobody` first.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <filesystem>
#include <functional>
#include <sstream>

#include "cli/cli.h"
#include "store/database.h"
#include "support/test_files.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string err;
};

// Runs healthcheck's `args` in a child process after `setup` (which limits
// the child); the exit status and standard error come back through a pipe.
Outcome runInChild(const std::function<void()>& setup, const std::vector<std::string>& args) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return {};
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(pipe_fds[0]);
    ::alarm(60);  // `serve` that started after all must not hang the test
    setup();
    std::ostringstream out, err;
    const int status = cli::run(args, out, err);
    const std::string text = err.str();
    if (::write(pipe_fds[1], text.data(), text.size()) < 0) ::_exit(100);
    ::_exit(status);
  }
  ::close(pipe_fds[1]);
  Outcome outcome;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) outcome.err.append(buffer, static_cast<size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return outcome;
}

void becomeNobody() {
  if (::geteuid() != 0) return;
  if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(101);
}

class SqliteOnlyStorageFaults : public ::testing::Test {
 protected:
  SqliteOnlyStorageFaults() {
    ::chmod(dir_.c_str(), 0755);  // the unprivileged child must reach it
    fs::create_directories(dir_ + "/base");
    hc::testing::writeFile(dir_ + "/teams.csv", "team_id,name,service\nT1,Alpha,children\nT2,Beta,adults\n");
    std::string visits = "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n";
    for (int i = 0; i < 30000; ++i) visits += "V" + std::to_string(i) + ",C1,S1,2024-02-01 09:00,60,completed,55\n";
    hc::testing::writeFile(dir_ + "/visits.csv", visits);
    hc::testing::writeFile(dir_ + "/base/staff.csv",
                           "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date\n"
                           "S1,T1,social_worker,permanent,1,2020-01-06,,\n");
    hc::testing::writeFile(dir_ + "/base/cases.csv",
                           "case_id,team_id,referral_date,assessment_completed_date,closed_date\n"
                           "C1,T1,2024-01-10,2024-02-01,\n");
  }
  ~SqliteOnlyStorageFaults() override {
    ::chmod(dir_.c_str(), 0755);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  int hc(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", url_});
    std::ostringstream out, err;
    const int status = cli::run(args, out, err);
    EXPECT_EQ(status, 0) << err.str();
    return status;
  }
  std::string one(const std::string& sql) {
    auto st = store::openDatabase(url_)->prepare(sql);
    std::string v;
    while (st->step())
      if (v.empty()) v = st->getText(0);
    return v;
  }

  std::string dir_ = hc::testing::makeTempDir("hc-faults");
  std::string db_ = dir_ + "/hc.db";
  std::string url_ = "sqlite:" + db_;
};

TEST_F(SqliteOnlyStorageFaults, ImportAndServeOnAReadOnlyDatabaseSaySoAndChangeNothing) {
  hc({"import", dir_ + "/teams.csv"});
  // Checkpointed and closed, as a database is at rest; then read-only.
  store::openDatabase(url_)->executeScript("PRAGMA wal_checkpoint(TRUNCATE)");
  ::chmod(db_.c_str(), 0444);
  ::chmod(dir_.c_str(), 0555);

  Outcome r = runInChild(becomeNobody, {"--db", url_, "import", dir_ + "/base/staff.csv"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(db_), std::string::npos) << r.err;
  r = runInChild(becomeNobody, {"--db", url_, "serve", "--port", "0", "--quiet", "--surveys",
                                 std::string(HC_SOURCE_DIR) + "/surveys", "--assets",
                                 std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;

  ::chmod(dir_.c_str(), 0755);
  ::chmod(db_.c_str(), 0644);
  EXPECT_EQ(one("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(one("SELECT COUNT(*) FROM teams"), "2");
  EXPECT_EQ(one("SELECT COUNT(*) FROM staff"), "0");
}

TEST_F(SqliteOnlyStorageFaults, AnImportThatRunsOutOfRoomIsRefusedAndTheDatabaseStaysSound) {
  hc({"import", dir_ + "/teams.csv", dir_ + "/base"});
  store::openDatabase(url_)->executeScript("PRAGMA wal_checkpoint(TRUNCATE)");
  const auto limit = static_cast<rlim_t>(fs::file_size(db_) + 256 * 1024);  // the visits need ~2 MB
  auto out_of_room = [limit] {
    ::signal(SIGXFSZ, SIG_IGN);  // a failed write, not a killed process, as on a full disk
    const rlimit r{limit, limit};
    ::setrlimit(RLIMIT_FSIZE, &r);
  };
  const Outcome r = runInChild(out_of_room, {"--db", url_, "import", dir_ + "/visits.csv"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("the disk may be full"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("free space on the disk"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was stored from this file"), std::string::npos) << r.err;

  EXPECT_EQ(one("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(one("SELECT COUNT(*) FROM visits"), "0");
  EXPECT_EQ(one("SELECT COUNT(*) FROM teams"), "2");
  EXPECT_EQ(one("SELECT COUNT(*) FROM cases"), "1");
  // With room again the same file goes in whole.
  hc({"import", dir_ + "/visits.csv"});
  EXPECT_EQ(one("SELECT COUNT(*) FROM visits"), "30000");
}

TEST(StorageFaultAnswers, ADatabaseThatCannotBeWrittenIsA503WithRetryAfterAndNoInternals) {
  http::Router router;
  router.post("/save", [](http::Request&) -> http::Response {
    throw store::DatabaseError(store::DatabaseError::Kind::kReadOnlyOrFull,
                               "SQLite: database or disk is full (in: INSERT INTO survey_responses ...)");
  });
  http::WebServerOptions options;
  options.port = 0;
  http::WebServer server(router, options);
  server.start();
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/save", Poco::Net::HTTPMessage::HTTP_1_1);
  request.setContentType("application/x-www-form-urlencoded");
  request.setContentLength(3);
  session.sendRequest(request) << "a=1";
  Poco::Net::HTTPResponse response;
  std::ostringstream body;
  Poco::StreamCopier::copyStream(session.receiveResponse(response), body);
  server.stop();
  EXPECT_EQ(response.getStatus(), 503);
  EXPECT_EQ(response.get("Retry-After", ""), "30");
  EXPECT_NE(body.str().find("cannot save anything at the moment"), std::string::npos) << body.str();
  EXPECT_EQ(body.str().find("SQLite"), std::string::npos) << body.str();
  EXPECT_EQ(body.str().find("INSERT"), std::string::npos) << body.str();
}

}  // namespace
}  // namespace hc::web
