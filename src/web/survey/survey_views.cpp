#include "web/survey/survey_views.h"

#include <regex>

#include "html/element.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"

namespace hc::web::survey {

using html::el;
using html::Html;
using surveys::Question;
namespace govuk = view::govuk;

size_t SurveyViews::numberOf(const surveys::SurveyDefinition& survey, const std::string& question_id) {
  size_t n = 0;
  for (const auto& s : survey.sections)
    for (const Question& q : s.questions) {
      ++n;
      if (q.id == question_id) return n;
    }
  return 0;
}

std::string SurveyViews::missingAnswerMessage(const Question& q, size_t number) {
  if (!q.error.empty()) return q.error;
  return "Select an answer to question " + std::to_string(number);
}

std::string SurveyViews::answerLabel(const Question& q, const std::string& value) {
  if (value.empty()) return "Not answered";
  if (q.kind == Question::Kind::kText) return value;
  if (value == surveys::kPreferNotToSay) return "Prefer not to say";
  if (!surveys::isScaleAnswer(value)) return "Not answered";
  return q.scale->labels[static_cast<size_t>(value[0] - '1')];
}

Html SurveyViews::contactHtml(const std::string& contact) {
  if (contact.empty()) return Html::text("your survey contact");
  // The first word holding an @ with a dot after it: "Workforce team,
  // workforce@council.example" links its address.
  static const std::regex kEmail("[^\\s,;:<>()\"']+@[^\\s,;:<>()\"']+\\.[A-Za-z]{2,}");
  std::smatch m;
  if (!std::regex_search(contact, m, kEmail)) return Html::text(contact);
  return Html::text(m.prefix().str()) +
         el("a").cls("govuk-link").attr("href", "mailto:" + m.str()).text(m.str()).html() +
         Html::text(m.suffix().str());
}

std::string SurveyViews::groupRule(int min_group_size) const {
  return "Results are shown only for groups where at least " + std::to_string(min_group_size) +
         " people answered, and written comments only where at least " + std::to_string(privacy_.min_comment_group) +
         " did.";
}

std::string SurveyViews::start(const surveys::SurveyDefinition& survey, size_t answered,
                               const std::string& next_href, int min_group_size) const {
  Html main = govuk::heading("", survey.title) + govuk::paragraphs(survey.introduction);
  const size_t total = survey.questions().size();
  if (answered > 0)
    main += govuk::insetText(Html::text("You have answered " + std::to_string(answered) + " of " +
                                        std::to_string(total) + " questions."));
  main += govuk::para("There are " + std::to_string(survey.sections.size()) +
                      " sections. Every question has a 'Prefer not to say' answer: choose it for any question you "
                      "would rather not answer, and that question is left out of every result.");
  // What the form really keeps (survey_drafts, survey_responses,
  // survey_comments), said once, on every survey's start.
  main += govuk::headingM("What we keep, and for how long", "what-is-kept");
  main += govuk::list({
      Html::text("While you answer: each time you press 'Continue', the answers on that page are saved with a coded "
                 "copy of your link, so that you can come back to the same link and carry on. They are not counted "
                 "and not shown to anyone."),
      Html::text("When you press 'Submit your answers': your answers are stored with your team and nothing else: not "
                 "your name, not your link, not the time you answered. A written comment is stored on its own, "
                 "apart from your other answers. The answers saved with your link are deleted at the same moment, "
                 "and the link stops working."),
      Html::text("If you never submit: the answers saved with your link are deleted when the survey closes, and are "
                 "never counted."),
  });
  main += govuk::para(groupRule(min_group_size));
  main += govuk::buttonLink(answered ? "Continue" : "Start now", next_href, govuk::ButtonKind::kStart) + "\n";
  return layout_.render(view::Page{survey.title, main, "", false});
}

namespace {
// A POST form to `action` holding `csrf_field` and `fields`, as the survey's
// pages write it (novalidate: the server checks, and says so in words).
Html postForm(const std::string& action, const Html& csrf_field, const Html& fields) {
  return el("form").attr("method", "post").attr("action", action).attr("novalidate")
             .text("\n").add(csrf_field).text("\n").add(fields).html() + "\n";
}
}  // namespace

std::string SurveyViews::section(const surveys::SurveyDefinition& survey, size_t index, const SectionForm& form) const {
  const surveys::Section& s = survey.sections[index];
  std::vector<govuk::FieldError> errors;
  for (const Question& q : s.questions)
    if (auto it = form.errors.find(q.id); it != form.errors.end()) errors.push_back({q.id, it->second});
  Html main = govuk::errorSummary(errors);
  main += govuk::heading("Section " + std::to_string(index + 1) + " of " + std::to_string(survey.sections.size()), s.title);
  main += govuk::paragraphs(s.introduction);
  main += govuk::para("Answer every question. If you would rather not answer one, choose 'Prefer not to say': that "
                      "question is then left out of every result.");
  Html fields;
  for (const Question& q : s.questions) {
    const size_t number = numberOf(survey, q.id);
    auto answer = form.answers.find(q.id);
    const std::string value = answer == form.answers.end() ? "" : answer->second;
    auto error = form.errors.find(q.id);
    const std::string error_text = error == form.errors.end() ? "" : error->second;
    if (q.kind == Question::Kind::kText) {
      fields += govuk::textarea({q.id, std::to_string(number) + ". " + q.text, q.hint, value, error_text, q.max_length, 5});
      continue;
    }
    govuk::ChoiceField field{q.id, std::to_string(number) + ". " + q.text, q.hint, {}, {value}, error_text};
    for (size_t i = 0; i < q.scale->labels.size(); ++i)
      field.options.push_back({std::to_string(i + 1), q.scale->labels[i], ""});
    field.options.push_back({surveys::kPreferNotToSay, "Prefer not to say", "", true});
    fields += govuk::radios(field);
  }
  main += postForm(form.base + "/" + std::to_string(index + 1), form.csrf_field, fields + govuk::button("Continue"));
  const std::string back = index == 0 ? form.base : form.base + "/" + std::to_string(index);
  return layout_.render(view::Page{s.title + " (section " + std::to_string(index + 1) + " of " +
                                       std::to_string(survey.sections.size()) + ")",
                                   main, back, !errors.empty()});
}

namespace {
// One section's answers as a GOV.UK summary card whose one "Change" link
// (id `change_id`) leads back to the section: one link per section keeps
// Submit a few Tabs away.
Html sectionCard(const std::string& title, const std::string& href, const std::string& hidden,
                 const std::string& change_id, const std::vector<govuk::SummaryRow>& rows) {
  html::Element change = el("a");
  change.cls("govuk-link").attr("href", href).id(change_id).text("Change").add(govuk::visuallyHidden(" " + hidden));
  return el("div").cls("govuk-summary-card")
             .add(el("div").cls("govuk-summary-card__title-wrapper")
                      .add(el("h2").cls("govuk-summary-card__title").text(title))
                      .add(el("ul").cls("govuk-summary-card__actions")
                               .add(el("li").cls("govuk-summary-card__action").add(change))))
             .add(el("div").cls("govuk-summary-card__content").add(govuk::summaryList(rows)))
             .html() + "\n";
}
}  // namespace

std::string SurveyViews::check(const surveys::SurveyDefinition& survey, const SectionForm& form) const {
  std::vector<govuk::FieldError> errors;
  Html cards;
  size_t given = 0, withheld = 0, scale_questions = 0;
  for (size_t i = 0; i < survey.sections.size(); ++i) {
    const surveys::Section& s = survey.sections[i];
    const std::string change_id = "change-section-" + std::to_string(i + 1);
    std::vector<govuk::SummaryRow> rows;
    for (const Question& q : s.questions) {
      auto it = form.answers.find(q.id);
      const std::string value = it == form.answers.end() ? "" : it->second;
      if (q.kind == Question::Kind::kScale) {
        ++scale_questions;
        given += surveys::isScaleChoice(value);
        withheld += value == surveys::kPreferNotToSay;
      }
      if (auto e = form.errors.find(q.id); e != form.errors.end()) errors.push_back({change_id, e->second});
      rows.push_back({std::to_string(numberOf(survey, q.id)) + ". " + q.text, Html::text(answerLabel(q, value))});
    }
    cards += sectionCard(s.title, form.base + "/" + std::to_string(i + 1),
                         "your answers in section " + std::to_string(i + 1) + ", " + s.title, change_id, rows);
  }
  // The short summary, then the answers a section at a time.
  std::string summary = given == scale_questions
                            ? "You have answered all " + std::to_string(given) + " questions that need an answer"
                            : "You have answered " + std::to_string(given) + " of the " +
                                  std::to_string(scale_questions) + " questions that need an answer";
  if (withheld > 0)
    summary += ", " + std::to_string(withheld) + " of them" +
               " with 'Prefer not to say' (not counted in any result)";
  Html main = govuk::errorSummary(errors) + govuk::heading("", "Check your answers before sending them") +
              govuk::para(summary + ".") +
              govuk::para("To change an answer, use the 'Change' link of its section.") + cards;
  main += govuk::headingM("Now send your answers");
  main += govuk::para("Once you send them you cannot change your answers, and this link stops working. Your answers "
                      "are stored with your team's name only.");
  main += postForm(form.base + "/check", form.csrf_field, govuk::button("Submit your answers"));
  return layout_.render(
      view::Page{"Check your answers", main, form.base + "/" + std::to_string(survey.sections.size()), !errors.empty()});
}

std::string SurveyViews::openLinkStart(const surveys::SurveyDefinition& survey, const std::string& action,
                                       const Html& csrf_field) const {
  Html main = govuk::heading("", survey.title) + govuk::paragraphs(survey.introduction);
  main += govuk::para("When you start, you get a link of your own: keep this page open, or bookmark the next page, to "
                      "come back to your answers before you send them.");
  main += postForm(action, csrf_field, govuk::button("Start now", govuk::ButtonKind::kStart));
  return layout_.render(view::Page{survey.title, main, "", false});
}

std::string SurveyViews::thankYou(int min_group_size) const {
  Html main = govuk::panel("Thank you", "Your answers have been sent");
  main += govuk::para("Your answers are stored with your team only, not with your name or your link, and the answers "
                      "saved with your link have been deleted. " + groupRule(min_group_size));
  main += govuk::para("You can now close this page.");
  return layout_.render(view::Page{"Thank you: your answers have been sent", main, "", false});
}

std::string SurveyViews::messagePage(const std::string& title, const Html& body) const {
  return layout_.render(view::Page{title, govuk::heading("", title) + body, "", false});
}

std::string SurveyViews::message(const std::string& title, const std::string& text) const {
  return messagePage(title, govuk::paragraphs(text));
}

std::string SurveyViews::linkProblem(surveys::LinkState state, const std::string& contact) const {
  const Html who = contactHtml(contact);
  switch (state) {
    case surveys::LinkState::kUsed:
      return messagePage("This link has already been used",
                         govuk::para("Answers have already been sent from this link. Each link can be used once, so "
                                     "that every response stays anonymous and is counted once.") +
                             govuk::para(Html::text("If you have not answered the survey yourself, ask ") + who +
                                         Html::text(" for a new link.")));
    case surveys::LinkState::kClosed:
      return messagePage("This survey has closed",
                         govuk::para("The survey is no longer taking answers. Thank you for your interest.") +
                             govuk::para(Html::text("If you have a question about the survey, ask ") + who +
                                         Html::text(".")));
    default:
      return messagePage("This link does not work",
                         govuk::para("Check that you copied the whole link from your invitation.") +
                             govuk::para(Html::text("If it still does not work, ask ") + who +
                                         Html::text(" for a new link.")));
  }
}

std::string SurveyViews::alreadyAnswered(const std::string& contact) const {
  return messagePage("You have already answered this survey",
                     govuk::para("Answers to this survey have already been sent from this browser. Each person "
                                 "answers once, so that every team's results are fair.") +
                         govuk::para(Html::text("If you share this computer with a colleague who has not answered "
                                                "yet, they can answer on another device or browser, or ask ") +
                                     contactHtml(contact) + Html::text(" for a link of their own.")));
}

}  // namespace hc::web::survey
