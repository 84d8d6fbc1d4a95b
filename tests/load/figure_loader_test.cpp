// FigureLoader's staff survey results: a run of the shipped health-check
// survey in 2025-Q3 with twelve responses from T1 (20 in post) and two from
// T3, each with a comment. With the default smallest group of 5, T1 is
// shown (12 responses, 60% of 20) and T3 is not; T1's comments are shown
// (12 >= 10) unless the results are for publication. A smallest group of
// 13 suppresses T1 too, so the loader applies its own options.
#include "load/figure_loader.h"

#include <gtest/gtest.h>

#include "surveys/survey_fixture.h"

namespace hc::load {
namespace {

class FigureLoaderSurveyTest : public surveys::SurveyTest {
 protected:
  void SetUp() override {
    const std::string run = openRun({"T1", "T3"}).run_id;
    for (int i = 0; i < 12; ++i) respond(run, "T1", allAnswers("4", "Comment " + std::to_string(i)));
    for (int i = 0; i < 2; ++i) respond(run, "T3", allAnswers("2", "Small team comment"));
  }

  FigureLoader loader(int min_group_size) const {
    metrics::HealthCheckOptions options;
    options.min_group_size = min_group_size;
    return FigureLoader(test_db_.url(), metrics::Thresholds::defaults(), options);
  }

  static const surveys::ScopeResults& scope(const surveys::PeriodSurveys& s, const std::string& id) {
    for (const auto& r : s.runs.at(0).scopes)
      if (r.scope == id) return r;
    throw std::out_of_range("no scope " + id);
  }
};

TEST_F(FigureLoaderSurveyTest, ThePeriodsRunWithSmallGroupsSuppressed) {
  const surveys::PeriodSurveys s = loader(5).staffSurveys(*metrics::Period::parse("2025-Q3"), false, &catalogue_);
  ASSERT_EQ(s.runs.size(), 1u);
  EXPECT_EQ(s.nameOf("T1"), "Team one");
  const surveys::ScopeResults& t1 = scope(s, "T1");
  EXPECT_EQ(t1.responses, 12);
  EXPECT_FALSE(t1.suppressed);
  ASSERT_TRUE(t1.response_rate);
  EXPECT_DOUBLE_EQ(*t1.response_rate, 60.0);
  EXPECT_EQ(t1.comments.size(), 12u);
  EXPECT_TRUE(scope(s, "T3").suppressed);
  // With the catalogue the questions have their wording, not their ids.
  const std::string& first = t1.questions.at(0).question_id;
  EXPECT_NE(s.wordingOf(s.runs[0].run, first).text, first);
}

TEST_F(FigureLoaderSurveyTest, PublishedResultsCarryNoComments) {
  const surveys::PeriodSurveys s = loader(5).staffSurveys(*metrics::Period::parse("2025-Q3"), true, nullptr);
  const surveys::ScopeResults& t1 = scope(s, "T1");
  EXPECT_EQ(t1.responses, 12);
  EXPECT_FALSE(t1.comments_shown);
  EXPECT_TRUE(t1.comments.empty());
  // Without a catalogue questions are named by their id.
  EXPECT_EQ(s.wordingOf(s.runs[0].run, t1.questions.at(0).question_id).text, t1.questions.at(0).question_id);
}

TEST_F(FigureLoaderSurveyTest, TheLoadersSmallestGroupApplies) {
  const surveys::PeriodSurveys s = loader(13).staffSurveys(*metrics::Period::parse("2025-Q3"), false, &catalogue_);
  EXPECT_EQ(s.min_group_size, 13);
  EXPECT_TRUE(scope(s, "T1").suppressed);
}

TEST_F(FigureLoaderSurveyTest, APeriodWithoutARunHasNone) {
  const surveys::PeriodSurveys s = loader(5).staffSurveys(*metrics::Period::parse("2025-Q2"), false, &catalogue_);
  EXPECT_TRUE(s.runs.empty());
}

}  // namespace
}  // namespace hc::load
