#include "web/dashboard/dashboard_survey.h"

#include "html/element.h"
#include "reports/figure_text.h"
#include "surveys/excess_responses.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/view/govuk_content.h"

namespace hc::web::dashboard {
namespace {

using html::el;
using html::Element;
using html::Html;
namespace govuk = view::govuk;

Html header(const std::string& text) { return el("th").attr("scope", "col").cls("govuk-table__header").text(text); }
Html numericHeader(const std::string& text) {
  return el("th").attr("scope", "col").cls("govuk-table__header govuk-table__header--numeric").text(text);
}
Html numericCell(const std::string& text) {
  return el("td").cls("govuk-table__cell govuk-table__cell--numeric").text(text);
}
Html rowHeader(const Html& content) { return el("th").attr("scope", "row").cls("govuk-table__header").add(content); }
// A cell saying why a row's figures are not shown, across `columns`.
Html spanningCell(size_t columns, const std::string& text) {
  return el("td").cls("govuk-table__cell").attr("colspan", static_cast<long long>(columns)).text(text);
}

// <table class="govuk-table"> with a small caption, a header row and the
// body's rows (each ending in a newline).
Html tableOf(const std::string& id, const std::string& caption, const Html& head_cells, const Html& rows) {
  return el("table").cls("govuk-table").text("\n")
             .add(el("caption").cls("govuk-table__caption govuk-table__caption--s").id(id).text(caption)).text("\n")
             .add(el("thead").cls("govuk-table__head").add(el("tr").cls("govuk-table__row").add(head_cells))).text("\n")
             .add(el("tbody").cls("govuk-table__body").text("\n").add(rows)) + "\n";
}

std::string percent(double v) { return reports::formatValue(metrics::Unit::kPercent, v); }

std::string scoreText(const std::optional<double>& v) {
  return v ? reports::formatValue(metrics::Unit::kScore, *v) : std::string("No answers");
}

const surveys::ScopeResults* findScope(const surveys::SurveyResults& run, const std::string& scope) {
  for (const auto& s : run.scopes)
    if (s.scope == scope) return &s;
  return nullptr;
}

// Responses, staff in post, response rate and area scores per scope.
Html ratesTable(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run, const DashboardQuery& q,
                const std::string& id) {
  const std::vector<std::string> areas = surveys::scoredAreas(run);
  Html head = header("Team") + numericHeader("Responses") + numericHeader("Staff in post") +
              numericHeader("Response rate");
  for (const auto& a : areas) head += numericHeader(metrics::areaLabel(a));
  const std::string qs = q.queryString();
  Html rows;
  for (const auto& s : run.scopes) {
    if (s.scope != "council" && !q.service.empty() && s.service != q.service) continue;
    const std::string link = "/dashboard/survey" + qs + "&team=" + urlEncode(s.scope) + "#survey-questions";
    Element tr = el("tr");
    tr.cls("govuk-table__row").id("survey-row-" + s.scope).add(rowHeader(govuk::link(link, data.nameOf(s.scope))))
        .add(numericCell(std::to_string(s.responses))).add(numericCell(std::to_string(s.staff_in_post)))
        .add(el("td").cls("govuk-table__cell govuk-table__cell--numeric")
                 .text(s.response_rate ? percent(*s.response_rate) : std::string("No staff in post"))
                 .add(s.more_responses_than_staff ? Html::markup("<br>") + surveys::excessNote(s) : Html()));
    if (s.suppressed) {
      tr.add(spanningCell(areas.size(), surveys::suppressedText(s, data.min_group_size)));
    } else {
      for (const auto& a : areas) {
        auto it = s.area_scores.find(a);
        tr.add(numericCell(scoreText(it == s.area_scores.end() ? std::nullopt : it->second)));
      }
    }
    rows += tr + "\n";
  }
  return tableOf(id, "Response rate and area scores (0 to 100, higher is better), " + run.run.period_label, head, rows);
}

// Each question's answers as shares of those answering it.
Html questionsTable(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                    const surveys::ScopeResults& s, const std::string& id) {
  if (s.questions.empty()) return {};
  Html head = header("Question");
  for (int i = 1; i <= 5; ++i) head += numericHeader("Answer " + std::to_string(i));
  head += numericHeader("Answered") + numericHeader("Score");
  Html rows;
  for (const auto& qr : s.questions) {
    const surveys::QuestionWording w = data.wordingOf(run.run, qr.question_id);
    Element tr = el("tr");
    tr.cls("govuk-table__row").add(rowHeader(Html::text(w.text)));
    if (qr.suppressed) {
      const std::string why = s.suppressed ? surveys::suppressedText(s, data.min_group_size)
                                           : "fewer than " + std::to_string(data.min_group_size) +
                                                 " answers: not shown";
      rows += tr.add(spanningCell(7, why)) + "\n";
      continue;
    }
    for (size_t i = 0; i < 5; ++i)
      tr.add(numericCell(w.labels[i] + ": " +
                         percent(100.0 * static_cast<double>(qr.counts[i]) / static_cast<double>(qr.answered))));
    tr.add(numericCell(std::to_string(qr.answered))).add(numericCell(scoreText(qr.score)));
    rows += tr + "\n";
  }
  return tableOf(id, "Answers to each question, " + data.nameOf(s.scope) +
                         " (share of those answering; score 0 to 100, higher is better)",
                 head, rows);
}

Html commentsHtml(const surveys::ScopeResults& s, const SeesComments& sees_comments, int64_t min_comments) {
  const bool allowed = sees_comments && sees_comments(s.scope == "council" ? "" : s.scope, s.service);
  if (!allowed) return {};
  Html out = govuk::headingS("What staff wrote");
  if (!s.comments_shown)
    return out + el("p").cls("govuk-body").id("survey-comments-none")
                     .text("Comments are shown only for groups of at least " + std::to_string(min_comments) +
                           " responses.") + "\n";
  if (s.comments.empty()) return out + govuk::para("No one left a comment.");
  Element list = el("ul");
  list.cls("govuk-list govuk-list--bullet").id("survey-comments").text("\n");
  for (const auto& c : s.comments) list.add(el("li").text(c)).text("\n");
  return out + list + "\n";
}

}  // namespace

Html surveyHtml(const surveys::PeriodSurveys& data, const DashboardQuery& q, const std::string& team,
                const std::vector<metrics::Period>& quarters, const SeesComments& sees_comments, const Html& runs_nav) {
  const std::string qs = q.queryString();
  Html out = view::app::stylesheetLink();
  out += govuk::heading(reports::periodPhrase(q.period), "Staff survey: " + q.period.label);
  out += quarterLinksHtml(q, quarters, "/dashboard/survey");
  out += runs_nav;
  const Html back = govuk::para(govuk::link("/dashboard" + qs, "Back to the overview"));
  if (data.runs.empty())
    return out + el("p").cls("govuk-body").id("survey-none")
                     .text("No staff survey ran in " + q.period.label + ". Choose another period.") + "\n" + back;
  out += govuk::para("The response rate is the number of responses as a share of the staff in post on the last day of "
                     "the survey's period. To keep answers anonymous, a team with fewer than " +
                     std::to_string(data.min_group_size) +
                     " responses shows no scores or answers, and where that would let its answers be worked out from "
                     "the service's, the next-smallest team is not shown either.");
  int n = 0;
  for (const auto& run : data.runs) {
    const std::string id = "survey-" + std::to_string(++n);
    Element section = el("section");
    section.attr("aria-labelledby", id + "-heading").text("\n")
        .add(govuk::headingM(run.run.title + " (" + run.run.period_label + ")", id + "-heading"))
        .add(view::app::scrollRegion(id + "-rates", ratesTable(data, run, q, id + "-rates")));
    const surveys::ScopeResults* s = findScope(run, team.empty() ? "council" : team);
    if (!s) s = findScope(run, "council");
    if (s) {
      section.add(govuk::headingS("Question by question: " + data.nameOf(s->scope),
                                  n == 1 ? std::string("survey-questions") : id + "-questions"));
      if (s->scope != "council")
        section.add(govuk::para(govuk::link("/dashboard/survey" + qs + "#survey-questions", "The whole council's answers") +
                                " | " + govuk::link("/dashboard/team/" + urlEncode(s->scope) + qs, "The team's health check")));
      if (s->suppressed)
        section.add(el("p").cls("govuk-body").id("survey-suppressed")
                        .text(data.nameOf(s->scope) + ": " + surveys::suppressedText(*s, data.min_group_size) + "."))
            .text("\n");
      else
        section.add(view::app::scrollRegion(id + "-answers", questionsTable(data, run, *s, id + "-answers")));
      section.add(commentsHtml(*s, sees_comments, data.min_comment_group));
    }
    out += section + "\n";
  }
  return out + back;
}

}  // namespace hc::web::dashboard
