#include "web/dashboard/dashboard_survey.h"

#include "reports/figure_text.h"
#include "surveys/excess_responses.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

const char* kHeader = "<th scope=\"col\" class=\"govuk-table__header\">";
const char* kNumHeader = "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">";
const char* kNumCell = "<td class=\"govuk-table__cell govuk-table__cell--numeric\">";

std::string percent(double v) { return reports::formatValue(metrics::Unit::kPercent, v); }

std::string scoreText(const std::optional<double>& v) {
  return v ? reports::formatValue(metrics::Unit::kScore, *v) : std::string("No answers");
}

std::string tableStart(const std::string& id, const std::string& caption) {
  return "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"" +
         http::escapeHtml(id) + "\">" + http::escapeHtml(caption) + "</caption>\n";
}

const surveys::ScopeResults* findScope(const surveys::SurveyResults& run, const std::string& scope) {
  for (const auto& s : run.scopes)
    if (s.scope == scope) return &s;
  return nullptr;
}

// Responses, staff in post, response rate and area scores per scope.
std::string ratesTable(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run, const DashboardQuery& q,
                       const std::string& id) {
  const std::vector<std::string> areas = surveys::scoredAreas(run);
  std::string t = tableStart(id, "Response rate and area scores (0 to 100, higher is better), " +
                                     run.run.period_label);
  t += "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">" + std::string(kHeader) + "Team</th>" +
       kNumHeader + "Responses</th>" + kNumHeader + "Staff in post</th>" + kNumHeader + "Response rate</th>";
  for (const auto& a : areas) t += kNumHeader + http::escapeHtml(metrics::areaLabel(a)) + "</th>";
  t += "</tr></thead>\n<tbody class=\"govuk-table__body\">\n";
  const std::string qs = q.queryString();
  for (const auto& s : run.scopes) {
    if (s.scope != "council" && !q.service.empty() && s.service != q.service) continue;
    const std::string link = "/dashboard/survey" + qs + "&team=" + urlEncode(s.scope) + "#survey-questions";
    t += "<tr class=\"govuk-table__row\" id=\"survey-row-" + http::escapeHtml(s.scope) +
         "\"><th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"" + http::escapeHtml(link) +
         "\">" + http::escapeHtml(data.nameOf(s.scope)) + "</a></th>" + kNumCell + std::to_string(s.responses) + "</td>" +
         kNumCell + std::to_string(s.staff_in_post) + "</td>" + kNumCell +
         http::escapeHtml(s.response_rate ? percent(*s.response_rate) : std::string("No staff in post")) +
         (s.more_responses_than_staff ? "<br>" + http::escapeHtml(surveys::excessNote(s)) : "") + "</td>";
    if (s.suppressed) {
      t += "<td class=\"govuk-table__cell\" colspan=\"" + std::to_string(areas.size()) + "\">" +
           http::escapeHtml(surveys::suppressedText(s, data.min_group_size)) + "</td>";
    } else {
      for (const auto& a : areas) {
        auto it = s.area_scores.find(a);
        t += kNumCell + http::escapeHtml(scoreText(it == s.area_scores.end() ? std::nullopt : it->second)) + "</td>";
      }
    }
    t += "</tr>\n";
  }
  return t + "</tbody></table>\n";
}

// Each question's answers as shares of those answering it.
std::string questionsTable(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                           const surveys::ScopeResults& s, const std::string& id) {
  if (s.questions.empty()) return "";
  std::string t = tableStart(id, "Answers to each question, " + data.nameOf(s.scope) +
                                     " (share of those answering; score 0 to 100, higher is better)");
  t += "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">" + std::string(kHeader) + "Question</th>";
  for (int i = 1; i <= 5; ++i) t += kNumHeader + std::string("Answer ") + std::to_string(i) + "</th>";
  t += kNumHeader + std::string("Answered</th>") + kNumHeader + "Score</th></tr></thead>\n"
       "<tbody class=\"govuk-table__body\">\n";
  for (const auto& qr : s.questions) {
    const surveys::QuestionWording w = data.wordingOf(run.run, qr.question_id);
    t += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">" + http::escapeHtml(w.text) +
         "</th>";
    if (qr.suppressed) {
      const std::string why = s.suppressed ? surveys::suppressedText(s, data.min_group_size)
                                           : "fewer than " + std::to_string(data.min_group_size) +
                                                 " answers: not shown";
      t += "<td class=\"govuk-table__cell\" colspan=\"7\">" + http::escapeHtml(why) + "</td></tr>\n";
      continue;
    }
    for (size_t i = 0; i < 5; ++i)
      t += kNumCell + http::escapeHtml(w.labels[i]) + ": " +
           http::escapeHtml(percent(100.0 * static_cast<double>(qr.counts[i]) / static_cast<double>(qr.answered))) +
           "</td>";
    t += kNumCell + std::to_string(qr.answered) + "</td>" + kNumCell + http::escapeHtml(scoreText(qr.score)) +
         "</td></tr>\n";
  }
  return t + "</tbody></table>\n";
}

std::string commentsHtml(const surveys::ScopeResults& s, const SeesComments& sees_comments, int64_t min_comments) {
  const bool allowed = sees_comments && sees_comments(s.scope == "council" ? "" : s.scope, s.service);
  if (!allowed) return "";
  std::string out = "<h3 class=\"govuk-heading-s\">What staff wrote</h3>\n";
  if (!s.comments_shown)
    return out + "<p class=\"govuk-body\" id=\"survey-comments-none\">Comments are shown only for groups of at least " +
           std::to_string(min_comments) + " responses.</p>\n";
  if (s.comments.empty()) return out + "<p class=\"govuk-body\">No one left a comment.</p>\n";
  out += "<ul class=\"govuk-list govuk-list--bullet\" id=\"survey-comments\">\n";
  for (const auto& c : s.comments) out += "<li>" + http::escapeHtml(c) + "</li>\n";
  return out + "</ul>\n";
}

}  // namespace

std::string surveyHtml(const surveys::PeriodSurveys& data, const DashboardQuery& q, const std::string& team,
                       const std::vector<metrics::Period>& quarters, const SeesComments& sees_comments) {
  const std::string qs = q.queryString();
  std::string out = stylesheetLink();
  out += "<span class=\"govuk-caption-l\">" + http::escapeHtml(reports::periodPhrase(q.period)) + "</span>\n"
         "<h1 class=\"govuk-heading-l\">Staff survey: " + http::escapeHtml(q.period.label) + "</h1>\n";
  out += quarterLinksHtml(q, quarters, "/dashboard/survey");
  if (data.runs.empty())
    return out + "<p class=\"govuk-body\" id=\"survey-none\">No staff survey ran in " + http::escapeHtml(q.period.label) +
           ". Choose another period.</p>\n<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" +
           http::escapeHtml("/dashboard" + qs) + "\">Back to the overview</a></p>\n";
  out += "<p class=\"govuk-body\">The response rate is the number of responses as a share of the staff in post on "
         "the last day of the survey's period. To keep answers anonymous, a team with fewer than " +
         std::to_string(data.min_group_size) +
         " responses shows no scores or answers, and where that would let its answers be worked out from the "
         "service's, the next-smallest team is not shown either.</p>\n";
  int n = 0;
  for (const auto& run : data.runs) {
    const std::string id = "survey-" + std::to_string(++n);
    out += "<section aria-labelledby=\"" + id + "-heading\">\n<h2 class=\"govuk-heading-m\" id=\"" + id +
           "-heading\">" + http::escapeHtml(run.run.title) + " (" + http::escapeHtml(run.run.period_label) + ")</h2>\n";
    out += scrollRegion(id + "-rates", ratesTable(data, run, q, id + "-rates"));
    const surveys::ScopeResults* s = findScope(run, team.empty() ? "council" : team);
    if (!s) s = findScope(run, "council");
    if (s) {
      out += "<h3 class=\"govuk-heading-s\" id=\"" + (n == 1 ? std::string("survey-questions") : id + "-questions") +
             "\">Question by question: " + http::escapeHtml(data.nameOf(s->scope)) + "</h3>\n";
      if (s->scope != "council")
        out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" +
               http::escapeHtml("/dashboard/survey" + qs + "#survey-questions") + "\">The whole council's answers</a> | "
               "<a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard/team/" + urlEncode(s->scope) + qs) +
               "\">The team's health check</a></p>\n";
      if (s->suppressed)
        out += "<p class=\"govuk-body\" id=\"survey-suppressed\">" + http::escapeHtml(data.nameOf(s->scope)) + ": " +
               http::escapeHtml(surveys::suppressedText(*s, data.min_group_size)) + ".</p>\n";
      else
        out += scrollRegion(id + "-answers", questionsTable(data, run, *s, id + "-answers"));
      out += commentsHtml(*s, sees_comments, data.min_comment_group);
    }
    out += "</section>\n";
  }
  out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard" + qs) +
         "\">Back to the overview</a></p>\n";
  return out;
}

}  // namespace hc::web::dashboard
