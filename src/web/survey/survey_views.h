// SurveyViews: the HTML of the survey form's pages (start, one page per
// section, check your answers, thank you, and the plain messages for a
// link that cannot be used), from the GOV.UK components. Rendering only:
// SurveyPages decides which page to show and stores the answers.
//
// Thread-safety: immutable after construction; safe to share.
#ifndef HC_WEB_SURVEY_SURVEY_VIEWS_H_
#define HC_WEB_SURVEY_SURVEY_VIEWS_H_

#include <map>
#include <string>

#include "html/html.h"
#include "surveys/response_store.h"
#include "surveys/survey_definition.h"
#include "web/view/page_layout.h"

namespace hc::web::survey {

// What a section page shows besides the survey: the form's URL, the CSRF
// field, the answers to show as given, and an error per question id.
struct SectionForm {
  std::string base;        // "/s/<token>": the pages of this link
  html::Html csrf_field;   // the hidden input (view::csrfField)
  surveys::Answers answers;
  std::map<std::string, std::string> errors;
};

class SurveyViews {
 public:
  explicit SurveyViews(const view::PageLayout& layout) : layout_(layout) {}

  std::string start(const surveys::SurveyDefinition& survey, size_t answered,
                    const std::string& next_href) const;
  // `index` is 0-based.
  std::string section(const surveys::SurveyDefinition& survey, size_t index, const SectionForm& form) const;
  std::string check(const surveys::SurveyDefinition& survey, const SectionForm& form) const;
  std::string openLinkStart(const surveys::SurveyDefinition& survey, const std::string& action,
                            const html::Html& csrf_field) const;
  std::string thankYou() const;
  // The page for a link that leads nowhere usable, naming `contact` (the
  // run's survey contact: "Workforce team, workforce@council.example") as
  // the one to ask; "your survey contact" when there is none.
  std::string linkProblem(surveys::LinkState state, const std::string& contact = "") const;
  std::string message(const std::string& title, const std::string& text) const;

  // The error for an unanswered question, naming it in the reader's
  // words: "Select how often you have to work beyond your contracted hours
  // to keep up" (frequency scale), "Select how much you agree that your
  // caseload is manageable" (agreement), "Select an answer to: ..." (any
  // other scale), "Answer question 3" when the question has no wording.
  static std::string missingAnswerMessage(const surveys::Question& question, size_t number);
  // "I have my supervision" -> "you have your supervision": a question
  // written in the first person, turned to the second for an error.
  static std::string inSecondPerson(const std::string& text);
  // 1-based position of the question in the whole survey.
  static size_t numberOf(const surveys::SurveyDefinition& survey, const std::string& question_id);

 private:
  const view::PageLayout& layout_;
};

}  // namespace hc::web::survey

#endif  // HC_WEB_SURVEY_SURVEY_VIEWS_H_
