// The survey metrics computed from the database do not depend on the order
// it returns responses in (their random ids): two teams giving the same
// answers get the same figures bit for bit, and so tie, ranked by team_id.
// Their tools scores are built so that adding them in T1's order gives 75
// (green) and in T2's 74.99999999999999, which is as far from 75 as the
// last bit goes (survey_fixture.h).
#include <gtest/gtest.h>

#include "load/metrics_data.h"
#include "metrics/health_check.h"
#include "metrics/period_figures.h"
#include "surveys/survey_fixture.h"

namespace hc::load {
namespace {

class SurveyOrderTest : public surveys::SurveyTest {
 protected:
  void SetUp() override {
    // T1 and T2 alike in everything but their responses' ids.
    exec("DELETE FROM staff WHERE team_id = 'T2'");
    addStaff("T2", 20);
    run_id_ = openRun().run_id;
    storeTwoTeamsInOppositeOrders(run_id_);
  }

  metrics::HealthCheck healthCheck() {
    const Dataset data = loadMetricsData(db(), period_.from, period_.to);
    return metrics::computeHealthCheck(data, period_, metrics::Thresholds::defaults(), {});
  }

  metrics::FigureTable figures() {
    const Dataset data = loadMetricsData(db(), period_.from, period_.to);
    return *metrics::computePeriodFigures(data, {period_}, 0, {}).at(0).table;
  }

  static const metrics::ScopeResult& scope(const metrics::HealthCheck& hc, const std::string& id) {
    for (const auto& s : hc.scopes)
      if (s.id == id) return s;
    throw std::out_of_range("no scope " + id);
  }

  static const metrics::MetricResult& metric(const metrics::ScopeResult& s, const std::string& id) {
    for (const auto& a : s.areas)
      for (const auto& m : a.metrics)
        if (m.id == id) return m;
    throw std::out_of_range("no metric " + id);
  }

  const metrics::Period period_ = *metrics::Period::parse("2025-Q3");
  std::string run_id_;
};

TEST_F(SurveyOrderTest, TeamsWithTheSameAnswersTieBitForBit) {
  const metrics::HealthCheck hc = healthCheck();
  const metrics::ScopeResult &t1 = scope(hc, "T1"), &t2 = scope(hc, "T2");
  for (const char* id : {"survey_tools", "survey_wellbeing", "survey_delivery"}) {
    ASSERT_TRUE(metric(t1, id).value) << id;
    EXPECT_EQ(metric(t1, id).value, metric(t2, id).value) << id;
    EXPECT_EQ(metric(t1, id).status, metric(t2, id).status) << id;
    EXPECT_EQ(metric(t1, id).n, 6) << id;
  }
  EXPECT_NEAR(*metric(t1, "survey_tools").value, 75, 1e-9);
  EXPECT_EQ(t1.score, t2.score);
  EXPECT_EQ(t1.rank, std::optional<int>(1)) << "a tie goes to the first team_id";
  EXPECT_EQ(t2.rank, std::optional<int>(2));
}

TEST_F(SurveyOrderTest, OtherIdsForTheSameResponsesGiveTheSameFigures) {
  const metrics::FigureTable before = figures();
  // Each team's responses now come back in the other order.
  exec("UPDATE survey_responses SET team_id = CASE team_id WHEN 'T1' THEN 'T2' ELSE 'T1' END");
  EXPECT_TRUE(figures() == before);
}

}  // namespace
}  // namespace hc::load
