// SurveyDefinition: one staff survey as data, read from surveys/<id>.json
// (see surveys/README.md for the format). A definition says what is asked
// (sections of questions, their 1..5 answer scales and labels, optional free
// text) and how answers are scored (each question's health-check area,
// optional group such as the HSE "demands" scale, reverse scoring).
//
// Thread-safety: immutable after loading; safe to share between threads.
#ifndef HC_SURVEYS_SURVEY_DEFINITION_H_
#define HC_SURVEYS_SURVEY_DEFINITION_H_

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hc::surveys {

// The five health-check areas of metrics.md, in report order.
const std::vector<std::string>& areaNames();

// A 1..5 answer scale: labels[0] is the answer stored as 1.
struct AnswerScale {
  std::string id;  // "agreement", "frequency"
  std::vector<std::string> labels;
};

struct Question {
  enum class Kind { kScale, kText };
  std::string id;    // also the CSV column of imported responses: "wl1", "q12"
  std::string text;  // may be empty where the council supplies the wording
  std::string hint;
  // kScale: what the form says when the question is left unanswered, as a
  // sentence to the reader ("Select how often you feel stressed by your
  // work"); "" for the form's own "Select an answer to question N".
  std::string error;
  Kind kind = Kind::kScale;
  const AnswerScale* scale = nullptr;  // kScale: points into SurveyDefinition::scales
  std::string area;                    // "" or one of areaNames()
  std::string group;                   // "" or the id of one of SurveyDefinition::groups
  bool reverse = false;                // agreeing is the unhealthy answer
  size_t max_length = 2000;            // kText: characters kept
};

struct Section {
  std::string id;
  std::string title;
  std::string introduction;
  std::vector<Question> questions;
};

// A named set of questions whose mean is reported on its own (the seven
// scales of the HSE Indicator Tool).
struct QuestionGroup {
  std::string id;
  std::string title;
};

struct SurveyDefinition {
  std::string id;
  std::string version;
  std::string title;
  std::string introduction;  // paragraphs separated by blank lines
  std::string file;          // where it was loaded from, for messages
  bool council_wording = false;  // item wording is not shipped: the council supplies it
  std::vector<AnswerScale> scales;
  std::vector<QuestionGroup> groups;
  std::vector<Section> sections;

  // Copies and moves would leave Question::scale pointing into the source.
  SurveyDefinition() = default;
  SurveyDefinition(const SurveyDefinition& other) { *this = other; }
  SurveyDefinition& operator=(const SurveyDefinition& other);

  // Every question in form order; nullptr from find() for an unknown id.
  std::vector<const Question*> questions() const;
  const Question* find(std::string_view question_id) const;
  // True when every question has its text, so the form can be shown.
  bool hasWording() const;
};

// Thrown for an invalid definition; the message names the file and, where
// there is one, the question: "surveys/x.json: question wl3: unknown area
// 'tool' (expected one of workload, allocation, tools, wellbeing, delivery)".
class SurveyDefinitionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and validates a definition. `file` is used in messages.
SurveyDefinition parseSurveyDefinition(const std::string& json, const std::string& file);
SurveyDefinition loadSurveyDefinition(const std::string& path);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_DEFINITION_H_
