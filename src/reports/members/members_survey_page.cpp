// The members' report's "What staff told us" page: for each staff survey
// run of the period, how many staff answered (the response rate of the
// council and of each service) and the council's scores in the survey's
// three areas with their ratings. Published results only: no comments
// ever, and no scores for a council below the minimum group size.
#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/members/members_parts.h"
#include "reports/survey_figures.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

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

Html col(std::string_view text) { return el("th").attr("scope", "col").text(text); }

Html tableOf(const std::string& caption, const Html& head, const Html& rows) {
  return el("table").add(newline() + el("caption").text(caption) + newline() + el("thead").add(el("tr").add(head)) +
                         newline() + el("tbody").add(newline() + rows) + newline()) +
         newline();
}

Html ratesTable(const SurveyFigures& f) {
  Html rows;
  for (const SurveyRate& r : f.rates)
    rows += el("tr").add(el("th").attr("scope", "row").text(r.name))
                .add(el("td").cls("num").text(std::to_string(r.responses)))
                .add(el("td").cls("num").text(std::to_string(r.staff_in_post)))
                .add(el("td").cls("num").text(percent(r.rate))) +
            newline();
  return tableOf("Response rate: " + f.title + ", " + f.period_label,
                 col("Part of the council") + col("Staff who answered") + col("Staff in post") + col("Response rate"),
                 rows);
}

Html scoresTable(const SurveyFigures& f) {
  Html rows;
  for (const SurveyAreaScore& a : f.areas) {
    const metrics::AreaInfo& area = metrics::areas()[size_t(a.info->area)];
    const Html score = a.score ? Html::text(formatValue(a.info->unit, *a.score) + " ") + ratingBadge(a.status)
                               : el("span").cls("note").text("No figure").html();
    rows += el("tr").add(el("th").attr("scope", "row").add(
                             el("a").attr("href", "#" + definitionAnchor(*a.info)).text(area.label)))
                .add(el("td").cls("num").add(score)) +
            newline();
  }
  return tableOf("Staff survey scores for the whole council, out of 100 (higher is better), " + f.period_label,
                 col("Area") + col("Score"), rows);
}

}  // namespace

Html surveyPage(const ReportModel& model) {
  const std::vector<SurveyFigures> figures = surveyFigures(model);
  if (figures.empty()) return Html();
  Html intro = newline() + el("h2").text("What staff told us") + newline();
  intro += el("p").text("Staff answer an anonymous survey about their tools, their wellbeing and the service people "
                    "receive. Each answer is turned into a score out of 100; the scores below are for the whole "
                    "council. The response rate is the share of staff in post who answered: the higher it is, the "
                    "more the scores can be trusted. To keep answers anonymous, no scores are published for fewer "
                    "than " +
                    std::to_string(model.surveys.min_group_size) +
                    " people, and staff's written comments are never published.") +
       newline();
  Html h;
  for (const SurveyFigures& f : figures) {
    // The headings (the section's with the first run's) travel with the
    // run's first table: never at a page's foot without it.
    Html head = std::move(intro);
    intro = Html();
    head += el("h3").text(f.title + " (" + f.period_label + ")") + newline();
    if (!f.rates.empty()) head += el("p").text(rateSentence(f.rates.front())) + newline();
    if (f.suppressed) {
      head += el("p").text("No scores are published: fewer than " + std::to_string(model.surveys.min_group_size) +
                           " staff answered, too few to keep their answers anonymous.") +
              newline();
    } else {
      Html items = newline();
      for (const SurveyAreaScore& a : f.areas) {
        const metrics::AreaInfo& area = metrics::areas()[size_t(a.info->area)];
        items += el("li").text(std::string(area.label) + ": " +
                               (a.score ? "a score of " + formatValue(a.info->unit, *a.score) + ratedText(a.status)
                                        : std::string("no staff answered these questions."))) +
                 newline();
      }
      head += el("ul").cls("narrative").add(items) + newline() + scoresTable(f);
    }
    h += el("div").cls("keep").add(head) + newline() + ratesTable(f);
  }
  return el("section").cls("flow").id("survey").add(h) + newline();
}

}  // namespace hc::reports::members
