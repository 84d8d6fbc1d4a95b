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
#include "surveys/survey_results.h"
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
  // `privacy`: the smallest groups whose results and comments are shown,
  // told to staff on the start and thank-you pages; its group size is the
  // one the server started with, which the size set at /admin/settings
  // overrides (start() and thankYou() are given the size in force).
  explicit SurveyViews(const view::PageLayout& layout, const surveys::ResultsOptions& privacy = {})
      : layout_(layout), privacy_(privacy) {}

  std::string start(const surveys::SurveyDefinition& survey, size_t answered, const std::string& next_href,
                    int min_group_size) const;
  // `index` is 0-based.
  std::string section(const surveys::SurveyDefinition& survey, size_t index, const SectionForm& form) const;
  std::string check(const surveys::SurveyDefinition& survey, const SectionForm& form) const;
  std::string openLinkStart(const surveys::SurveyDefinition& survey, const std::string& action,
                            const html::Html& csrf_field) const;
  std::string thankYou(int min_group_size) const;
  int startingGroupSize() const { return static_cast<int>(privacy_.min_group_size); }
  // The page for a link that leads nowhere usable, naming `contact` (the
  // run's survey contact: "Workforce team, workforce@council.example") as
  // the one to ask; "your survey contact" when there is none.
  // An email address in the contact is a mailto link.
  std::string linkProblem(surveys::LinkState state, const std::string& contact = "") const;
  // A browser that already answered from an open link, naming `contact` as
  // linkProblem does.
  std::string alreadyAnswered(const std::string& contact) const;
  std::string message(const std::string& title, const std::string& text) const;

  // The error for an unanswered question: the definition's own wording
  // (Question::error, "Select how often you feel stressed by your work"),
  // or "Select an answer to question 3".
  static std::string missingAnswerMessage(const surveys::Question& question, size_t number);
  // "Strongly agree", "Prefer not to say" or "Not answered".
  static std::string answerLabel(const surveys::Question& question, const std::string& value);
  // `contact` as text, its email address (if any) a mailto link;
  // "your survey contact" when empty.
  static html::Html contactHtml(const std::string& contact);
  // 1-based position of the question in the whole survey.
  static size_t numberOf(const surveys::SurveyDefinition& survey, const std::string& question_id);

 private:
  // "Results are shown only for groups of at least 5 ...": said the same
  // on the start and thank-you pages.
  std::string groupRule(int min_group_size) const;
  std::string messagePage(const std::string& title, const html::Html& body) const;

  const view::PageLayout& layout_;
  surveys::ResultsOptions privacy_;
};

}  // namespace hc::web::survey

#endif  // HC_WEB_SURVEY_SURVEY_VIEWS_H_
