// The settings and audit pages through WebApp::handle: each setting's
// validation message, its save and audit row; the thresholds' preview
// counted by hand on three teams (support/vacancy_teams.h); the overview's
// colours after a save; the audit page's filters, pages and CSV; and who
// may open them.
#include <gtest/gtest.h>

#include <filesystem>

#include "access/audit_csv.h"
#include "access/audit_log.h"
#include "access_fixture.h"
#include "ingest/importer.h"
#include "load/figure_settings.h"
#include "load/health_check_loader.h"
#include "load/threshold_preview.h"
#include "store/figure_settings_table.h"
#include "support/test_files.h"
#include "support/vacancy_teams.h"
#include "web/http/request_decoding.h"

namespace hc::web {
namespace {

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

class AdminSettingsTest : public AccessWebTest {
 protected:
  AdminSettingsTest() {
    addUser("admin", access::Role::kAdmin);
    addUser("director", access::Role::kDirector);
    addUser("manager", access::Role::kManager, {"T1"});
    addUser("member", access::Role::kMember);
    addUser("analyst", access::Role::kAnalyst);
  }
  ~AdminSettingsTest() override { std::filesystem::remove_all(dir_); }

  void importVacancyTeams() {
    ingest::ImportOptions options;
    options.extracted = Date::parse("2026-09-30");
    for (const auto& r : ingest::importPaths(test_db_.db(), testing::writeVacancyTeams(dir_), options))
      ASSERT_FALSE(ingest::anyRejected({r})) << r.path;
  }

  // A POST of the thresholds table as the form sends it: every limit in
  // force, with `changes` over them.
  http::Response postThresholds(const std::string& step, std::map<std::string, std::string> changes) {
    http::Request r = as("admin", "POST", "/admin/settings/thresholds");
    const metrics::Thresholds t = load::loadFigureSettings(test_db_.db()).thresholds;
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      r.form[admin::ThresholdPages::greenField(m.id)] = std::to_string(t.limits(m.metric)->green);
      r.form[admin::ThresholdPages::amberField(m.id)] = std::to_string(t.limits(m.metric)->amber);
    }
    for (auto& [k, v] : changes) r.form[k] = v;
    r.form["step"] = step;
    return app_->handle(r);
  }

  std::vector<access::AuditEntry> settingsChanges() {
    access::AuditFilter f;
    f.action = access::audit_action::kSettingsChange;
    return access::AuditLog(test_db_.db()).find(f, 0, 100);
  }

  // Birch team's row of the overview, as a director sees it.
  std::string birchRow() {
    http::Request r = as("director", "GET", "/dashboard");
    const std::string html = app_->handle(r).body;
    const size_t at = html.find(">Birch team<", html.find("hc-heatmap"));
    EXPECT_NE(at, std::string::npos) << html.substr(0, 2000);
    return at == std::string::npos ? "" : html.substr(at, html.find("</tr>", at) - at);
  }

  std::string dir_ = testing::makeTempDir("hc-settings");
};

TEST_F(AdminSettingsTest, PreviewCountsTheTeamAreaRatingsThatChangeColourByHand) {
  importVacancyTeams();
  const load::FigureSettings now = load::loadFigureSettings(test_db_.db());
  const metrics::Thresholds green20 = now.thresholds.with(metrics::Metric::kVacancyRate, {20, 20});
  const load::ThresholdPreview p = load::previewThresholds(test_db_.db(), now, green20);
  ASSERT_TRUE(p.period);
  EXPECT_EQ(p.period->label, "2026-Q3");
  EXPECT_EQ(p.team_ratings, 12);  // 3 teams x 4 rated areas
  ASSERT_EQ(p.changes.size(), 1u);
  EXPECT_EQ(p.changes[0].team_name, "Birch team");
  EXPECT_EQ(p.changes[0].area_id, "workload");
  EXPECT_EQ(p.changes[0].before, metrics::Status::kAmber);
  EXPECT_EQ(p.changes[0].after, metrics::Status::kGreen);
  // Cedar's vacancy turns amber, its workload 62.5 stays amber.
  const metrics::Thresholds amber30 = now.thresholds.with(metrics::Metric::kVacancyRate, {10, 30});
  EXPECT_TRUE(load::previewThresholds(test_db_.db(), now, amber30).changes.empty());
}

TEST_F(AdminSettingsTest, ThresholdsAreCheckedAsAFileIsWithAMessageOnTheCell) {
  http::Response bad = postThresholds("check", {{"green-vacancy_rate", "ten"}, {"green-caseload_avg", "22"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Vacancy rate: green limit &quot;ten&quot; is not a number"), std::string::npos);
  EXPECT_NE(bad.body.find("href=\"#green-vacancy_rate\""), std::string::npos) << "the summary links to the cell";
  EXPECT_NE(bad.body.find("green limit 22 is worse than amber limit 20 (lower is better)"), std::string::npos);
  http::Response save = postThresholds("save", {{"green-vacancy_rate", "ten"}});
  EXPECT_EQ(save.status, 400);
  EXPECT_FALSE(store::readSetting(test_db_.db(), load::setting::kThresholds)) << "nothing stored";
  EXPECT_TRUE(settingsChanges().empty());
}

TEST_F(AdminSettingsTest, CheckShowsThePreviewThenSaveStoresAuditsAndTheOverviewFollows) {
  importVacancyTeams();
  const std::string before = birchRow();
  EXPECT_EQ(count(before, "hc-cell__status\">Green<"), 1u) << before;  // allocation only
  http::Response check = postThresholds("check", {{"green-vacancy_rate", "20"}});
  EXPECT_EQ(check.status, 200);
  EXPECT_NE(check.body.find("In 2026-Q3, 1 of 12 team area ratings would change colour, in 1 team."),
            std::string::npos)
      << check.body;
  EXPECT_NE(check.body.find("Birch team"), std::string::npos);
  EXPECT_NE(check.body.find("value=\"save\""), std::string::npos) << "Save appears after the check";
  EXPECT_FALSE(store::readSetting(test_db_.db(), load::setting::kThresholds)) << "a check stores nothing";

  http::Response save = postThresholds("save", {{"green-vacancy_rate", "20"}});
  EXPECT_EQ(save.status, 303);
  EXPECT_EQ(save.header("Location"), "/admin/settings?saved=thresholds");
  EXPECT_EQ(load::loadFigureSettings(test_db_.db()).thresholds.limits(metrics::Metric::kVacancyRate)->green, 20);
  const auto changes = settingsChanges();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].actor, "admin");
  EXPECT_EQ(changes[0].subject, "thresholds");
  EXPECT_EQ(changes[0].detail, "vacancy_rate green 10 -> 20");
  const std::string after = birchRow();
  EXPECT_EQ(count(after, "hc-cell__status\">Green<"), 2u) << after;  // workload now green too
  // The metrics command's loader reads the same stored thresholds.
  load::HealthCheckRequest request;
  request.db_url = test_db_.url();
  request.period = *metrics::Period::parse("2026-Q3");
  for (const auto& s : load::loadHealthCheck(request).scopes)
    if (s.id == "T2") EXPECT_EQ(s.areas[0].status, metrics::Status::kGreen);
}

TEST_F(AdminSettingsTest, GroupSizeAndCaseloadLimitAreCheckedSavedTogetherAndAudited) {
  http::Request bad = as("admin", "POST", "/admin/settings/figures");
  bad.form["min_group_size"] = "0";
  bad.form["caseload_limit"] = "twenty";
  http::Response r = app_->handle(bad);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Minimum group size: 0 is too small: give a whole number of people, 1 or more"),
            std::string::npos);
  EXPECT_NE(r.body.find("Caseload limit: &#39;twenty&#39; is not a number: give cases per FTE, such as 20"),
            std::string::npos)
      << r.body;
  bad.form["caseload_limit"] = "25";
  EXPECT_EQ(app_->handle(bad).status, 400) << "one bad field: neither saved";
  EXPECT_TRUE(settingsChanges().empty());

  http::Request good = as("admin", "POST", "/admin/settings/figures");
  good.form["min_group_size"] = "6";
  good.form["caseload_limit"] = "25";
  EXPECT_EQ(app_->handle(good).status, 303);
  const load::FigureSettings s = load::loadFigureSettings(test_db_.db());
  EXPECT_EQ(s.min_group_size, 6);
  EXPECT_EQ(s.caseload_limit, 25);
  const auto changes = settingsChanges();  // newest first
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].detail, "caseload limit 20 -> 25 cases per FTE");
  EXPECT_EQ(changes[1].detail, "minimum group size 5 -> 6");
  http::Request home = as("admin", "GET", "/admin/settings");
  EXPECT_NE(app_->handle(home).body.find("6 people. Set by admin on "), std::string::npos);
}

TEST_F(AdminSettingsTest, CouncilNameIsCheckedAsTheCommandLineDoesSavedAuditedAndShownInTheHeader) {
  http::Request empty = as("admin", "POST", "/admin/settings/council");
  empty.form["name"] = " ";
  http::Response r = app_->handle(empty);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Enter the council&#39;s name"), std::string::npos);
  http::Request unknown = as("admin", "POST", "/admin/settings/council");
  unknown.form["name"] = "Northshire Council";
  unknown.form["la"] = "999";
  r = app_->handle(unknown);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("No local authority &#39;999&#39; in the imported DfE indicators"), std::string::npos);
  EXPECT_TRUE(national::loadCouncil(test_db_.db()).name.empty()) << "the name waits for a good code";

  http::Request good = as("admin", "POST", "/admin/settings/council");
  good.form["name"] = "Northshire Council";
  EXPECT_EQ(app_->handle(good).status, 303);
  EXPECT_EQ(national::loadCouncil(test_db_.db()).name, "Northshire Council");
  const auto changes = settingsChanges();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].detail, "name 'Your council' -> 'Northshire Council'");
  http::Request home = as("admin", "GET", "/admin");
  EXPECT_NE(app_->handle(home).body.find("<span class=\"app-council-name\">Northshire Council</span>"),
            std::string::npos);
}

TEST_F(AdminSettingsTest, AuditPageFiltersPagesNewestFirstAndDownloadsSafeCsv) {
  access::AuditLog log(test_db_.db());
  for (int i = 1; i <= 120; ++i) log.record(i % 2 ? "alice" : "bob", "login", "entry " + std::to_string(i));
  log.record("=HYPERLINK(\"http://x\")", access::audit_action::kSettingsChange, "thresholds", "+1 -> @2");
  http::Request all = as("director", "GET", "/admin/audit");
  http::Response page1 = app_->handle(all);
  EXPECT_EQ(page1.status, 200);
  EXPECT_NE(page1.body.find("121 entries. Page 1 of 3, newest first."), std::string::npos);
  EXPECT_LT(page1.body.find(">entry 120<"), page1.body.find(">entry 119<")) << "newest first";
  EXPECT_EQ(page1.body.find(">entry 70<"), std::string::npos) << "50 a page";
  EXPECT_NE(page1.body.find("href=\"/admin/audit?page=2\""), std::string::npos);
  http::Request third = as("director", "GET", "/admin/audit");
  third.query["page"] = "3";
  const std::string page3 = app_->handle(third).body;
  EXPECT_NE(page3.find(">entry 1<"), std::string::npos);
  EXPECT_NE(page3.find("href=\"/admin/audit?page=2\""), std::string::npos) << "Previous";
  EXPECT_EQ(page3.find("page=4"), std::string::npos) << "no Next on the last page";

  http::Request bob = as("admin", "GET", "/admin/audit");
  bob.query = {{"person", "bob"}, {"kind", "login"}, {"from", utcNow().substr(0, 10)}};
  EXPECT_NE(app_->handle(bob).body.find("60 entries match the filter."), std::string::npos);
  http::Request kind = as("admin", "GET", "/admin/audit");
  kind.query = {{"kind", access::audit_action::kSettingsChange}};
  EXPECT_NE(app_->handle(kind).body.find("1 entry match the filter."), std::string::npos);
  http::Request yesterday = as("admin", "GET", "/admin/audit");
  yesterday.query = {{"to", "2020-01-01"}};
  EXPECT_NE(app_->handle(yesterday).body.find("No entries match the filter."), std::string::npos);
  http::Request bad = as("admin", "GET", "/admin/audit");
  bad.query = {{"from", "01/12/2026"}};
  http::Response refused = app_->handle(bad);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("The first day must be a date written YYYY-MM-DD"), std::string::npos);

  http::Request csv = as("admin", "GET", "/admin/audit.csv");
  csv.query = {{"kind", access::audit_action::kSettingsChange}};
  http::Response file = app_->handle(csv);
  EXPECT_EQ(file.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(file.body.find(",\"'=HYPERLINK(\"\"http://x\"\")\",settings-change,thresholds,'+1 -> @2\r\n"),
            std::string::npos)
      << file.body;
  EXPECT_EQ(count(file.body, "\r\n"), 2u) << "the header and the one entry filtered";
  EXPECT_EQ(access::csvCell("-2"), "'-2");
  EXPECT_EQ(access::csvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(access::csvCell("plain"), "plain");
}

TEST_F(AdminSettingsTest, SettingsAreForAdminsAndTheAuditForAdminsAndDirectors) {
  const std::vector<std::string> settings{"/admin/settings", "/admin/settings/council", "/admin/settings/figures",
                                          "/admin/settings/thresholds"};
  for (const std::string& path : settings) {
    for (const std::string& who : {"director", "manager", "member", "analyst"}) {
      http::Request r = as(who, "GET", path);
      EXPECT_EQ(app_->handle(r).status, 403) << path << " as " << who;
    }
    http::Request anonymous = as("", "GET", path);
    EXPECT_EQ(app_->handle(anonymous).status, 303) << path;
    http::Request admin = as("admin", "GET", path);
    EXPECT_EQ(app_->handle(admin).status, 200) << path;
  }
  for (const std::string& path : {"/admin/audit", "/admin/audit.csv"}) {
    for (const std::string& who : {"manager", "member", "analyst"}) {
      http::Request r = as(who, "GET", path);
      EXPECT_EQ(app_->handle(r).status, 403) << path << " as " << who;
    }
    http::Request anonymous = as("", "GET", path);
    EXPECT_EQ(app_->handle(anonymous).status, 303) << path;
    for (const std::string& who : {"director", "admin"}) {
      http::Request r = as(who, "GET", path);
      EXPECT_EQ(app_->handle(r).status, 200) << path << " as " << who;
    }
  }
  for (const std::string& path : {"/admin/settings/council", "/admin/settings/figures", "/admin/settings/thresholds"}) {
    http::Request forged = as("admin", "POST", path);
    forged.form["csrf"] = "0";
    forged.form["name"] = "Forged";
    EXPECT_EQ(app_->handle(forged).status, 403) << path;
  }
  EXPECT_TRUE(settingsChanges().empty());
}

TEST(ThresholdsFormTest, TheServersFormLimitTakesTheWholeTableAndStaysBounded) {
  auto decode = [](size_t fields) {
    http::RequestHead head;
    head.method = "POST";
    head.target = "/admin/settings/thresholds";
    head.fields = {{"Content-Type", "application/x-www-form-urlencoded"}};
    std::string body = "csrf=0&step=check";
    for (size_t i = 2; i < fields; ++i) body += "&f" + std::to_string(i) + "=10";
    head.content_length = body.size();
    http::Request out;
    const std::optional<http::Response> refused = http::decodeRequest(head, body, http::FormLimits{}, out);
    return std::make_pair(refused ? refused->status : 0, out.form.size());
  };
  const size_t table = 2 * metrics::kMetricCount + 2;  // two limits a metric, the CSRF field and the step
  EXPECT_GT(table, 64u);
  EXPECT_EQ(decode(table), std::make_pair(0, table));
  EXPECT_EQ(decode(static_cast<size_t>(http::FormLimits{}.max_fields) + 1).first, 413) << "bounded";
}

TEST_F(AdminSettingsTest, TheThresholdsAServerStartsWithSeedAFreshDatabaseOnlyAndSaySo) {
  WebAppOptions options;
  options.db_url = test_db_.url();
  options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
  options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
  options.thresholds = metrics::Thresholds::defaults().with(metrics::Metric::kVacancyRate, {12, 20});
  WebApp first(options);
  EXPECT_EQ(first.startNote(), "Thresholds: those given at start, now kept in the database");
  EXPECT_EQ(load::loadFigureSettings(test_db_.db()).thresholds.limits(metrics::Metric::kVacancyRate)->green, 12);
  options.thresholds = metrics::Thresholds::defaults().with(metrics::Metric::kVacancyRate, {14, 20});
  WebApp second(options);
  EXPECT_NE(second.startNote().find("Thresholds: the database's (set by serve on "), std::string::npos)
      << second.startNote();
  EXPECT_EQ(load::loadFigureSettings(test_db_.db()).thresholds.limits(metrics::Metric::kVacancyRate)->green, 12);
}

}  // namespace
}  // namespace hc::web
