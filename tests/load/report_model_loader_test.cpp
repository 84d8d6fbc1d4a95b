// ReportModelLoader: the report model of one period as a viewer may see it,
// on SQLite and MariaDB. The database holds a staff survey run in 2025-Q3
// (twelve responses from T1, each with a comment) and two actions, one for
// T1 and one for T3; the health check given holds the council and T1 only
// (as a dashboard filtered to T1's service would).
#include "load/report_model_loader.h"

#include <gtest/gtest.h>

#include "actions/action_store.h"
#include "surveys/survey_fixture.h"

namespace hc::load {
namespace {

class ReportModelLoaderTest : public surveys::SurveyTest {
 protected:
  void SetUp() override {
    const std::string run = openRun({"T1"}).run_id;
    for (int i = 0; i < 12; ++i) respond(run, "T1", allAnswers("4", "Comment " + std::to_string(i)));
    actions::ActionStore store(db());
    for (const char* team : {"T1", "T3"}) {
      Action a;
      a.scope_id = team;
      a.area = "workload";
      a.title = std::string("Recruit for ") + team;
      a.due = *Date::parse("2025-10-15");
      a.agreed_period = "2025-Q3";
      a.owner = "Head of service";
      const actions::ActionOutcome added = store.add(a, "test");
      ASSERT_TRUE(added.ok()) << added.error;
    }
    options_.min_group_size = 7;
    // Every metric at its default but the vacancy rate.
    std::vector<std::string> errors;
    const auto parsed = metrics::Thresholds::parse("vacancy_rate,3.5,9.5\n", "test", &errors);
    ASSERT_TRUE(parsed) << errors.at(0);
    thresholds_ = *parsed;
  }

  static metrics::HealthCheck twoScopes() {
    metrics::HealthCheck hc;
    hc.period = *metrics::Period::parse("2025-Q3");
    hc.has_data = true;
    metrics::ScopeResult council;
    council.level = metrics::Level::kCouncil;
    council.id = "council";
    council.name = "Northshire";
    metrics::ScopeResult team;
    team.level = metrics::Level::kTeam;
    team.id = "T1";
    team.name = "Team one";
    team.service = "children";
    hc.scopes = {council, team};
    return hc;
  }

  std::vector<std::string> actionTitles(const reports::ReportModel& model) const {
    std::vector<std::string> titles;
    for (const Action& a : model.actions) titles.push_back(a.title);
    return titles;
  }

  metrics::HealthCheckOptions options_;
  metrics::Thresholds thresholds_ = metrics::Thresholds::defaults();
};

TEST_F(ReportModelLoaderTest, AMembersReportModelHasEverythingTheReportStates) {
  const FigureLoader figures(test_db_.url(), thresholds_, options_);
  const ReportModelLoader loader(figures, test_db_.url(), &catalogue_);
  const Date written = *Date::parse("2025-11-03");
  const reports::ReportModel model = loader.load(twoScopes(), ReportViewer{}, written);
  EXPECT_TRUE(model.published);
  EXPECT_EQ(model.council_name, "Northshire");
  EXPECT_EQ(model.min_group_size, 7);
  ASSERT_TRUE(model.thresholds.limits(metrics::Metric::kVacancyRate));
  EXPECT_DOUBLE_EQ(model.thresholds.limits(metrics::Metric::kVacancyRate)->green, 3.5);
  EXPECT_EQ(model.written, written);
  // Every action agreed, T3's too, though T3 has no figures here.
  EXPECT_EQ(actionTitles(model), (std::vector<std::string>{"Recruit for T1", "Recruit for T3"}));
  // The period's survey run, published: counted, but no comments.
  ASSERT_EQ(model.surveys.runs.size(), 1u);
  for (const surveys::ScopeResults& s : model.surveys.runs[0].scopes) EXPECT_TRUE(s.comments.empty()) << s.scope;
  EXPECT_TRUE(model.trend_periods.empty());
}

TEST_F(ReportModelLoaderTest, AFilteredDirectorsCopyKeepsTheShownScopesActionsAndTheComments) {
  const FigureLoader figures(test_db_.url(), thresholds_, options_);
  const ReportModelLoader loader(figures, test_db_.url(), nullptr);
  ReportViewer director;
  director.published = false;
  director.filtered = true;
  director.shown_as_computed = {"Team one"};
  const metrics::HealthCheck current = twoScopes();
  const reports::ReportModel model = loader.load(current, director, std::nullopt, {current});
  EXPECT_FALSE(model.published);
  EXPECT_EQ(model.shown_as_computed, (std::vector<std::string>{"Team one"}));
  EXPECT_EQ(actionTitles(model), (std::vector<std::string>{"Recruit for T1"}));
  EXPECT_EQ(model.trend_periods, (std::vector<std::string>{"2025-Q3"}));
  bool comments = false;
  for (const surveys::ScopeResults& s : model.surveys.runs.at(0).scopes)
    comments = comments || (s.scope == "T1" && s.comments.size() == 12u);
  EXPECT_TRUE(comments);
}

}  // namespace
}  // namespace hc::load
