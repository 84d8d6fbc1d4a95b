// The members' report's "What staff told us" page: for each staff survey
// run of the period, how many staff answered (the response rate of the
// council and of each service) and the council's scores in the survey's
// three areas with their ratings. Published results only: no comments
// ever, and no scores for a council below the minimum group size.
#include "reports/figure_text.h"
#include "reports/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/survey_figures.h"

namespace hc::reports::members {
namespace {

std::string percent(const std::optional<double>& v) {
  return v ? formatValue(metrics::Unit::kPercent, *v) : std::string("No figure");
}

// ", rated amber." or "." without a rating.
std::string ratedText(metrics::Status status) {
  if (status == metrics::Status::kNone) return ".";
  std::string word = statusWord(status);
  word[0] = static_cast<char>(word[0] - 'A' + 'a');
  return ", rated " + word + ".";
}

// "182 of the 240 staff in post answered (75.8%)."
std::string rateSentence(const SurveyRate& r) {
  if (!r.rate) return std::to_string(r.responses) + " staff answered.";
  return std::to_string(r.responses) + " of the " + std::to_string(r.staff_in_post) +
         " staff in post answered (a response rate of " + percent(r.rate) + ").";
}

std::string ratesTable(const SurveyFigures& f) {
  std::string h = "<table>\n<caption>Response rate: " + escapeHtml(f.title) + ", " + escapeHtml(f.period_label) +
                  "</caption>\n<thead><tr><th scope=\"col\">Part of the council</th><th scope=\"col\">Staff who "
                  "answered</th><th scope=\"col\">Staff in post</th><th scope=\"col\">Response rate</th></tr>"
                  "</thead>\n<tbody>\n";
  for (const SurveyRate& r : f.rates)
    h += "<tr><th scope=\"row\">" + escapeHtml(r.name) + "</th><td class=\"num\">" + std::to_string(r.responses) +
         "</td><td class=\"num\">" + std::to_string(r.staff_in_post) + "</td><td class=\"num\">" +
         escapeHtml(percent(r.rate)) + "</td></tr>\n";
  return h + "</tbody>\n</table>\n";
}

std::string scoresTable(const SurveyFigures& f) {
  std::string h = "<table>\n<caption>Staff survey scores for the whole council, out of 100 (higher is better), " +
                  escapeHtml(f.period_label) +
                  "</caption>\n<thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Score</th></tr></thead>\n"
                  "<tbody>\n";
  for (const SurveyAreaScore& a : f.areas) {
    const metrics::AreaInfo& area = metrics::areas()[size_t(a.info->area)];
    h += "<tr><th scope=\"row\"><a href=\"#" + definitionAnchor(*a.info) + "\">" + escapeHtml(area.label) +
         "</a></th><td class=\"num\">" +
         (a.score ? escapeHtml(formatValue(a.info->unit, *a.score)) + " " + ratingBadge(a.status)
                  : std::string("<span class=\"note\">No figure</span>")) +
         "</td></tr>\n";
  }
  return h + "</tbody>\n</table>\n";
}

}  // namespace

std::string surveyPage(const ReportModel& model) {
  const std::vector<SurveyFigures> figures = surveyFigures(model);
  if (figures.empty()) return "";
  std::string h = "<section class=\"page\" id=\"survey\">\n<h2>What staff told us</h2>\n";
  h += "<p>Staff answer an anonymous survey about their tools, their wellbeing and the service people receive. "
       "Each answer is turned into a score out of 100; the scores below are for the whole council. The response "
       "rate is the share of staff in post who answered: the higher it is, the more the scores can be trusted. "
       "To keep answers anonymous, no scores are published for fewer than " +
       std::to_string(model.surveys.min_group_size) +
       " people, and staff's written comments are never published.</p>\n";
  for (const SurveyFigures& f : figures) {
    h += "<h3>" + escapeHtml(f.title) + " (" + escapeHtml(f.period_label) + ")</h3>\n";
    if (!f.rates.empty()) h += "<p>" + escapeHtml(rateSentence(f.rates.front())) + "</p>\n";
    if (f.suppressed) {
      h += "<p>No scores are published: fewer than " + std::to_string(model.surveys.min_group_size) +
           " staff answered, too few to keep their answers anonymous.</p>\n";
    } else {
      h += "<ul class=\"narrative\">\n";
      for (const SurveyAreaScore& a : f.areas) {
        const metrics::AreaInfo& area = metrics::areas()[size_t(a.info->area)];
        h += "<li>" + escapeHtml(std::string(area.label) + ": " +
                                 (a.score ? "a score of " + formatValue(a.info->unit, *a.score) + ratedText(a.status)
                                          : std::string("no staff answered these questions.")));
        h += "</li>\n";
      }
      h += "</ul>\n" + scoresTable(f);
    }
    h += ratesTable(f);
  }
  return h + "</section>\n";
}

}  // namespace hc::reports::members
