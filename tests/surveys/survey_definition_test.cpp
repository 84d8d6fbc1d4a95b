#include <gtest/gtest.h>

#include <map>
#include <set>

#include "support/test_files.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_definition.h"

namespace hc::surveys {
namespace {

const std::string kSurveys = std::string(HC_SOURCE_DIR) + "/surveys";

// A valid definition to break one piece at a time.
std::string definition(const std::string& questions, const std::string& scales = "") {
  return R"({"id": "s", "version": "1", "title": "T", "answer_scales": {"agreement": )" +
         (scales.empty() ? R"(["a", "b", "c", "d", "e"])" : scales) +
         R"(}, "sections": [{"id": "one", "title": "One", "questions": [)" + questions + "]}]}";
}

std::string errorOf(const std::string& json) {
  try {
    parseSurveyDefinition(json, "surveys/x.json");
  } catch (const SurveyDefinitionError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(SurveyDefinition, ShippedHealthCheckSurveyCoversTheFiveAreas) {
  const SurveyDefinition s = loadSurveyDefinition(kSurveys + "/health-check.json");
  EXPECT_EQ(s.id, "health-check");
  EXPECT_EQ(s.sections.size(), 5u);
  std::map<std::string, int> per_area;
  int text = 0;
  for (const Question* q : s.questions()) {
    if (q->kind == Question::Kind::kText) ++text;
    else ++per_area[q->area];
    EXPECT_FALSE(q->text.empty()) << q->id;
  }
  EXPECT_EQ(text, 1);
  for (const auto& area : areaNames()) EXPECT_GE(per_area[area], 4) << area;
  EXPECT_TRUE(s.hasWording());
  EXPECT_TRUE(s.find("wb1")->reverse);
  EXPECT_EQ(s.find("wb1")->scale->labels.front(), "Never");
}

TEST(SurveyDefinition, ShippedHseLayoutHasItsSevenScalesAndNoWording) {
  const SurveyDefinition s = loadSurveyDefinition(kSurveys + "/hse-indicator-tool.json");
  const std::map<std::string, std::set<int>> expected{
      {"demands", {3, 6, 9, 12, 16, 18, 20, 22}}, {"control", {2, 10, 15, 19, 25, 30}},
      {"manager_support", {8, 23, 29, 33, 35}},   {"peer_support", {7, 24, 27, 31}},
      {"relationships", {5, 14, 21, 34}},         {"role", {1, 4, 11, 13, 17}},
      {"change", {26, 28, 32}}};
  std::map<std::string, std::set<int>> got;
  ASSERT_EQ(s.questions().size(), 35u);
  for (const Question* q : s.questions()) {
    const int n = std::stoi(q->id.substr(1));
    got[q->group].insert(n);
    EXPECT_EQ(q->reverse, q->group == "demands" || q->group == "relationships") << q->id;
    EXPECT_TRUE(q->text.empty()) << q->id << ": HSE's wording is not ours to ship";
    EXPECT_EQ(q->scale->labels.size(), 5u);
  }
  EXPECT_EQ(got, expected);
  EXPECT_FALSE(s.hasWording());
}

TEST(SurveyDefinition, DuplicateQuestionIdNamesFileAndQuestion) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agreement"},
                                  {"id": "q1", "text": "B", "scale": "agreement"})")),
            "surveys/x.json: question q1: the id is used twice (first in section 'one')");
}

TEST(SurveyDefinition, UnknownAreaIsAnError) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agreement", "area": "tool"})")),
            "surveys/x.json: question q1: unknown area 'tool' (expected one of workload, allocation, tools, "
            "wellbeing, delivery)");
}

TEST(SurveyDefinition, ScaleWithoutFiveLabelsIsAnError) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agreement"})", R"(["a", "b", "c", "d"])")),
            "surveys/x.json: answer scale 'agreement': has 4 labels; a 1..5 scale needs exactly 5");
}

TEST(SurveyDefinition, UnknownAnswerScaleIsAnError) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agree"})")),
            "surveys/x.json: question q1: unknown answer scale 'agree' (defined: agreement)");
}

TEST(SurveyDefinition, MisspeltFieldAndBadJsonAreErrors) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agreement", "revers": true})")),
            "surveys/x.json: question q1: unknown field 'revers'");
  EXPECT_EQ(errorOf("[1, 2]"), "surveys/x.json: must hold one JSON object");
  EXPECT_NE(errorOf("{\"id\": ").find("surveys/x.json: is not valid JSON"), std::string::npos);
}

TEST(SurveyDefinition, ErrorWordingIsReadForScaleQuestionsOnly) {
  const SurveyDefinition s = parseSurveyDefinition(
      definition(R"({"id": "q1", "text": "I feel well.", "scale": "agreement", "error": "Select how well you feel"})"),
      "surveys/x.json");
  EXPECT_EQ(s.questions()[0]->error, "Select how well you feel");
  EXPECT_EQ(errorOf(definition(R"({"id": "c", "type": "text", "text": "Anything?", "error": "Type something"})")),
            "surveys/x.json: question c: a free-text question has no 'error'");
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "text": "A", "scale": "agreement", "error": "Select one."})")),
            "surveys/x.json: question q1: 'error' is shown as an error message: leave off the full stop");
}

TEST(SurveyDefinition, QuestionTextRequiredUnlessCouncilSuppliesWording) {
  EXPECT_EQ(errorOf(definition(R"({"id": "q1", "scale": "agreement"})")),
            "surveys/x.json: question q1: 'text' is missing");
}

TEST(SurveyDefinition, CopiesKeepTheirOwnScales) {
  SurveyDefinition copy;
  {
    const SurveyDefinition original = loadSurveyDefinition(kSurveys + "/health-check.json");
    copy = original;
  }
  EXPECT_EQ(copy.find("wl1")->scale->labels.back(), "Strongly agree");
}

TEST(SurveyCatalogue, LoadsShippedSurveysAndRejectsDuplicateIds) {
  const SurveyCatalogue shipped(kSurveys);
  EXPECT_EQ(shipped.all().size(), 2u);
  EXPECT_NE(shipped.find("hse-indicator-tool"), nullptr);
  const std::string dir = testing::makeTempDir("catalogue");
  const std::string json = definition(R"({"id": "q1", "text": "A", "scale": "agreement"})");
  testing::writeFile(dir + "/a.json", json);
  testing::writeFile(dir + "/b.json", json);
  try {
    SurveyCatalogue twice(dir);
    FAIL() << "expected an error";
  } catch (const SurveyDefinitionError& e) {
    EXPECT_EQ(std::string(e.what()), dir + "/b.json: survey id 's' is already defined by " + dir + "/a.json");
  }
}

}  // namespace
}  // namespace hc::surveys
