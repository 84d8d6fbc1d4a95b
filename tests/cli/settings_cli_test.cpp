// The command line reads the settings the browser stores
// (load/figure_settings.h): `metrics` and `report` without --thresholds,
// --min-group or --caseload-limit give the dashboard's colours; with them,
// that command's own; `council set` is audited as the settings page is.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "cli_fixture.h"
#include "load/figure_settings.h"
#include "support/test_files.h"
#include "support/vacancy_teams.h"

namespace hc {
namespace {

class SettingsCliTest : public CliTest {
 protected:
  void SetUp() override {
    std::vector<std::string> args{"import", "--extracted", "2026-09-30"};
    for (const std::string& p : testing::writeVacancyTeams(dir_)) args.push_back(p);
    ASSERT_EQ(hc(args).status, 0);
  }
  // Birch team's vacancy rate line of `metrics --format csv`.
  std::string birchVacancy(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"metrics", "--period", "2026-Q3", "--team", "T2", "--format", "csv"};
    args.insert(args.end(), extra.begin(), extra.end());
    const Outcome r = hc(args);
    EXPECT_EQ(r.status, 0) << r.err;
    const size_t at = r.out.find(",vacancy_rate,");
    return at == std::string::npos ? "" : r.out.substr(at, r.out.find('\n', at) - at);
  }
};

TEST_F(SettingsCliTest, MetricsUsesTheStoredThresholdsUnlessGivenItsOwn) {
  EXPECT_EQ(birchVacancy().substr(0, 28), ",vacancy_rate,15,amber,15,0,");
  {
    auto db = store::openDatabase(database_.url());
    const metrics::Thresholds t = load::loadFigureSettings(*db).thresholds;
    ASSERT_TRUE(load::saveThresholds(*db, t.with(metrics::Metric::kVacancyRate, {20, 30}), "admin"));
  }
  EXPECT_EQ(birchVacancy().substr(0, 28), ",vacancy_rate,15,green,15,0,") << "the browser's thresholds";
  testing::writeFile(dir_ + "/own.csv", "id,green,amber\nvacancy_rate,5,10\n");
  EXPECT_EQ(birchVacancy({"--thresholds", dir_ + "/own.csv"}).substr(0, 26), ",vacancy_rate,15,red,15,0,")
      << "a file given is for this command only";
  EXPECT_EQ(birchVacancy().substr(0, 28), ",vacancy_rate,15,green,15,0,");
}

TEST_F(SettingsCliTest, GroupSizeAndCaseloadLimitAreCheckedAsThePageChecksThem) {
  const Outcome zero = hc({"metrics", "--period", "2026-Q3", "--min-group", "0"});
  EXPECT_EQ(zero.status, 2);
  EXPECT_NE(zero.err.find("--min-group: 0 is too small: give a whole number of people, 1 or more"), std::string::npos)
      << zero.err;
  const Outcome limit = hc({"report", "--period", "2026-Q3", "--members", dir_ + "/m.html", "--caseload-limit", "-1"});
  EXPECT_EQ(limit.status, 2);
  EXPECT_NE(limit.err.find("--caseload-limit: -1 is too small"), std::string::npos) << limit.err;
}

TEST_F(SettingsCliTest, CouncilSetIsAuditedAsASettingsChange) {
  ASSERT_EQ(hc({"council", "set", "--name", "Northshire Council"}).status, 0);
  auto db = store::openDatabase(database_.url());
  access::AuditFilter f;
  f.action = access::audit_action::kSettingsChange;
  const auto rows = access::AuditLog(*db).find(f, 0, 10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].subject, "council");
  EXPECT_EQ(rows[0].detail, "name 'Your council' -> 'Northshire Council'");
  EXPECT_EQ(rows[0].actor.rfind("cli:", 0), 0u);
  // The audit command filters as the audit page does.
  const Outcome audit = hc({"audit", "--since", "2020-01-01", "--kind", "settings-change"});
  EXPECT_EQ(audit.status, 0) << audit.err;
  EXPECT_NE(audit.out.find("\tsettings-change\tcouncil\tname 'Your council' -> 'Northshire Council'\n"),
            std::string::npos)
      << audit.out;
  EXPECT_EQ(audit.out.find("\timport\t"), std::string::npos) << "the setup's imports are filtered out";
  EXPECT_EQ(hc({"audit", "--since", "2020-01-01", "--until", "2020-01-02"}).out, "");
}

}  // namespace
}  // namespace hc
