#include "web/survey/survey_views.h"

#include <cctype>
#include <map>

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

std::string SurveyViews::inSecondPerson(const std::string& text) {
  static const std::map<std::string, std::string> kSwap = {{"I", "you"},       {"I'm", "you're"}, {"me", "you"},
                                                           {"my", "your"},     {"My", "your"},    {"mine", "yours"},
                                                           {"myself", "yourself"}};
  std::string out, word;
  bool after_i = false;
  const auto flush = [&] {
    if (word.empty()) return;
    if (after_i && word == "am") word = "are";
    after_i = word == "I";
    if (auto it = kSwap.find(word); it != kSwap.end()) word = it->second;
    out += word;
    word.clear();
  };
  for (const char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
      word += c;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  // "The work you are given": a capital that began the sentence goes.
  if (out.size() > 1 && std::isupper(static_cast<unsigned char>(out[0])) &&
      std::islower(static_cast<unsigned char>(out[1])))
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

std::string SurveyViews::missingAnswerMessage(const Question& q, size_t number) {
  if (q.text.empty()) return "Answer question " + std::to_string(number);
  const std::string scale = q.scale ? q.scale->id : "";
  if (scale == "frequency") return "Select how often " + inSecondPerson(q.text);
  if (scale == "agreement") return "Select how much you agree that " + inSecondPerson(q.text);
  std::string text = q.text;
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return "Select an answer to: " + text;
}

std::string SurveyViews::start(const surveys::SurveyDefinition& survey, size_t answered,
                               const std::string& next_href) const {
  Html main = govuk::heading("", survey.title) + govuk::paragraphs(survey.introduction);
  const size_t total = survey.questions().size();
  if (answered > 0)
    main += govuk::insetText(Html::text("You have answered " + std::to_string(answered) + " of " + std::to_string(total) +
                                        " questions. Your answers are kept on this link until you submit them, or "
                                        "deleted when the survey closes if you do not."));
  main += govuk::para("There are " + std::to_string(survey.sections.size()) + " sections.");
  // What the form really keeps (survey_drafts): said on every survey's start.
  main += el("p").cls("govuk-body").id("what-is-kept")
              .text("When you finish a section, its answers are kept on your link, with your team and nothing else, "
                    "so that you can carry on later. They are counted only when you press 'Submit your answers' at "
                    "the end; if you never do, they are deleted when the survey closes.").html() + "\n";
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
    fields += govuk::radios(field);
  }
  main += postForm(form.base + "/" + std::to_string(index + 1), form.csrf_field, fields + govuk::button("Continue"));
  const std::string back = index == 0 ? form.base : form.base + "/" + std::to_string(index);
  return layout_.render(view::Page{s.title + " (section " + std::to_string(index + 1) + " of " +
                                       std::to_string(survey.sections.size()) + ")",
                                   main, back, !errors.empty()});
}

std::string SurveyViews::check(const surveys::SurveyDefinition& survey, const SectionForm& form) const {
  std::vector<govuk::FieldError> errors;
  Html lists;
  for (size_t i = 0; i < survey.sections.size(); ++i) {
    const surveys::Section& s = survey.sections[i];
    const std::string href = form.base + "/" + std::to_string(i + 1);
    std::vector<govuk::SummaryRow> rows;
    for (const Question& q : s.questions) {
      const size_t number = numberOf(survey, q.id);
      auto it = form.answers.find(q.id);
      std::string value = "Not answered";
      if (it != form.answers.end() && !it->second.empty())
        value = q.kind == Question::Kind::kText ? it->second : q.scale->labels[static_cast<size_t>(it->second[0] - '1')];
      const bool missing = form.errors.count(q.id) > 0;
      if (missing) errors.push_back({"change-" + q.id, form.errors.at(q.id)});
      rows.push_back({std::to_string(number) + ". " + q.text, Html::text(value), href + "#" + q.id,
                      "your answer to question " + std::to_string(number), missing ? "change-" + q.id : ""});
    }
    lists += govuk::headingM(s.title) + govuk::summaryList(rows);
  }
  Html main = govuk::errorSummary(errors) + govuk::heading("", "Check your answers before sending them") + lists;
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

std::string SurveyViews::thankYou() const {
  Html main = govuk::panel("Thank you", "Your answers have been sent");
  main += govuk::para("Your answers are stored with your team's name only, not with your name or your link. Results "
                      "are shown only for groups of at least 5 people.");
  main += govuk::para("You can now close this page.");
  return layout_.render(view::Page{"Thank you: your answers have been sent", main, "", false});
}

std::string SurveyViews::message(const std::string& title, const std::string& text) const {
  return layout_.render(view::Page{title, govuk::heading("", title) + govuk::paragraphs(text), "", false});
}

std::string SurveyViews::linkProblem(surveys::LinkState state, const std::string& contact) const {
  const std::string who = contact.empty() ? "your survey contact" : contact;
  switch (state) {
    case surveys::LinkState::kUsed:
      return message("This link has already been used",
                     "Answers have already been sent from this link. Each link can be used once, so that every "
                     "response stays anonymous and is counted once.\n\nIf you have not answered the survey yourself, "
                     "ask " + who + " for a new link.");
    case surveys::LinkState::kClosed:
      return message("This survey has closed", "The survey is no longer taking answers. Thank you for your interest."
                     "\n\nIf you have a question about the survey, ask " + who + ".");
    default:
      return message("This link does not work",
                     "Check that you copied the whole link from your invitation.\n\nIf it still does not work, ask " +
                         who + " for a new link.");
  }
}

}  // namespace hc::web::survey
