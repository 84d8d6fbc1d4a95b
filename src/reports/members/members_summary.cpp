// The first page of the members' report: the cover (council, period, date
// written) and the one-page summary: the overall picture in a few
// sentences, what is of most concern and why, what changed since last
// period and what is being done about it.
#include <algorithm>

#include "metrics/status.h"
#include "reports/figure_phrases.h"
#include "reports/figure_text.h"
#include "core/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

using metrics::Status;

// The most actions the summary names; the rest are in "What we are doing".
constexpr size_t kSummaryActions = 5;
// The most red figures named as the reason an area is of concern.
constexpr size_t kReasons = 2;
// The teams named as most in need of attention.
constexpr size_t kTeamsNamed = 3;

std::string lowerFirst(std::string_view text) {
  std::string s(text);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string colourWord(Status s) { return lowerFirst(statusWord(s)); }

std::vector<std::string> areaNames(const std::vector<const AreaFigures*>& areas) {
  std::vector<std::string> out;
  for (const AreaFigures* a : areas) out.push_back(lowerFirst(a->info->label));
  return out;
}

std::string numberWord(size_t n) {
  static const char* const kWords[] = {"no", "one", "two", "three", "four", "five"};
  return n < 6 ? kWords[n] : std::to_string(n);
}

// The ratings counted in words.
std::string overallSentence(const ReportModel& model, const ScopeFigures& council) {
  size_t red = 0, amber = 0, green = 0, none = 0;
  for (const AreaFigures& a : council.areas) {
    if (a.status == Status::kRed) ++red;
    else if (a.status == Status::kAmber) ++amber;
    else if (a.status == Status::kGreen) ++green;
    else ++none;
  }
  // "Of the five areas, two are rated red, one amber and one green; one has
  // no figures this quarter."
  std::vector<std::string> counts;
  for (const auto& [count, colour] : {std::pair<size_t, const char*>{red, "red"}, {amber, "amber"}, {green, "green"}}) {
    if (count == 0) continue;
    counts.push_back(numberWord(count) + (counts.empty() ? (count == 1 ? " is rated " : " are rated ") : " ") + colour);
  }
  std::string s = counts.empty() ? "None of the five areas has a rating" : "Of the five areas, " + listInWords(counts);
  if (none > 0) {
    s += "; " + numberWord(none) + (none == 1 ? " has" : " have") + " no figures this " + periodNoun(model.period);
  }
  return s + ".";
}

std::vector<const MetricFigure*> redFigures(const AreaFigures& area) {
  std::vector<const MetricFigure*> out;
  for (const MetricFigure& f : area.metrics)
    if (f.value && f.status == Status::kRed) out.push_back(&f);
  return out;
}

// "Workload management is rated red: 18.2% of permanent staff left in the
// last 12 months and the largest caseload is 31 cases."
std::string concernLine(const AreaFigures& area) {
  std::vector<std::string> reasons;
  for (const MetricFigure* f : redFigures(area)) {
    if (reasons.size() == kReasons) break;
    reasons.push_back(figurePhrase(*f->info, *f->value));
  }
  std::string s = "<strong>" + escapeHtml(area.info->label) + "</strong> " + ratingBadge(area.status);
  if (!reasons.empty()) s += " " + escapeHtml(capitalised(listInWords(reasons))) + ".";
  return s;
}

// The services with the most red areas, worst first: "Children's services
// are rated red in workload management, case allocation and ...".
std::vector<std::string> serviceConcerns(const ReportModel& model) {
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const ScopeFigures* s : model.services()) {
    std::vector<const AreaFigures*> red;
    for (const AreaFigures& a : s->areas)
      if (a.status == Status::kRed) red.push_back(&a);
    if (red.empty()) continue;
    ranked.emplace_back(red.size(), "<strong>" + escapeHtml(s->name) + "</strong>: " +
                                        (red.size() == 1 ? std::string("one area") : numberWord(red.size()) + " areas") +
                                        " rated red (" + escapeHtml(listInWords(areaNames(red))) + ").");
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (const auto& [count, line] : ranked) out.push_back(line);
  return out;
}

// The teams first in the engine's order of attention (lowest score first).
std::string teamConcerns(const ReportModel& model) {
  std::vector<const ScopeFigures*> ranked;
  for (const ScopeFigures* t : model.teams())
    if (t->rank && *t->rank <= int(kTeamsNamed)) ranked.push_back(t);
  std::sort(ranked.begin(), ranked.end(), [](const ScopeFigures* a, const ScopeFigures* b) { return *a->rank < *b->rank; });
  if (ranked.empty()) return "";
  std::vector<std::string> names;
  for (const ScopeFigures* t : ranked) {
    names.push_back(escapeHtml(t->name) + " (a score of " + formatNumber(t->score.value_or(0), 0) + ")");
  }
  return "<strong>Teams most in need of attention</strong>, lowest score first: " + listInWords(names) + ".";
}

// What changed: areas whose rating moved, and figures that moved into or
// out of red (last period's value rated with today's limits).
std::vector<std::string> changes(const ReportModel& model, const ScopeFigures& council) {
  const std::string last = lastPeriod(model.period);
  std::vector<std::string> out;
  std::vector<std::string> area_moves;
  for (const AreaFigures& a : council.areas) {
    if (a.status == Status::kNone || a.previous_status == Status::kNone || a.status == a.previous_status) continue;
    area_moves.push_back(lowerFirst(a.info->label) + " from " + colourWord(a.previous_status) + " to " +
                         colourWord(a.status));
  }
  if (area_moves.empty()) {
    out.push_back("No area's rating has changed since " + last + ".");
  } else {
    out.push_back("Ratings moved for " + listInWords(area_moves) + ".");
  }
  std::vector<std::string> into_red, out_of_red;
  for (const AreaFigures& a : council.areas) {
    for (const MetricFigure& f : a.metrics) {
      if (!f.value || !f.previous) continue;
      const Status before = metrics::rate(f.info->metric, *f.previous, model.thresholds);
      const std::string move = figureName(*f.info) + " (" + formatValue(f.info->unit, *f.previous) + " to " +
                               formatValue(f.info->unit, *f.value) + ")";
      if (f.status == Status::kRed && before != Status::kRed) into_red.push_back(move);
      if (f.status != Status::kRed && before == Status::kRed) out_of_red.push_back(move);
    }
  }
  if (!into_red.empty()) out.push_back("Now rated red: " + listInWords(into_red) + ".");
  if (!out_of_red.empty()) out.push_back("No longer red: " + listInWords(out_of_red) + ".");
  return out;
}

std::string doneSentence(const ReportModel& model) {
  size_t open = 0, overdue = 0, decisions = 0;
  for (const Action& a : model.actions) {
    if (!a.open()) continue;
    ++open;
    if (a.overdue(model.written)) ++overdue;
    if (a.needs_decision) ++decisions;
  }
  if (open == 0) return "No actions have been agreed yet in response to these findings.";
  std::string s = capitalised(numberWord(open)) + (open == 1 ? " action is" : " actions are") + " open";
  if (overdue > 0) s += ", " + numberWord(overdue) + " of them overdue";
  s += ".";
  if (decisions > 0) {
    s += " " + capitalised(numberWord(decisions)) + (decisions == 1 ? " needs" : " need") +
         " a decision by members (see \u201cDecisions for members\u201d).";
  }
  return s;
}

// The actions the summary names: the overdue ones, then the soonest due,
// up to kSummaryActions.
std::vector<const Action*> summaryActions(const ReportModel& model) {
  std::vector<const Action*> open;
  for (const Action& a : model.actions)
    if (a.open()) open.push_back(&a);
  std::stable_sort(open.begin(), open.end(), [&](const Action* a, const Action* b) {
    const bool la = a->overdue(model.written), lb = b->overdue(model.written);
    if (la != lb) return la;
    return a->due < b->due;
  });
  std::vector<const Action*> shown;
  for (const Action* a : open)
    if (shown.size() < kSummaryActions || a->overdue(model.written)) shown.push_back(a);
  return shown;
}

std::string list(const std::vector<std::string>& items_html) {
  std::string h = "<ul>\n";
  for (const std::string& item : items_html) h += "<li>" + item + "</li>\n";
  return h + "</ul>\n";
}

// The five areas at a glance: rating, score and last period's rating.
std::string glanceTable(const ReportModel& model, const ScopeFigures& council) {
  std::string h = "<table>\n<caption>The five areas for the whole council</caption>\n<thead><tr><th scope=\"col\">"
                  "Area</th><th scope=\"col\">Rating</th><th scope=\"col\">Score out of 100</th><th scope=\"col\">" +
                  escapeHtml(capitalised(lastPeriod(model.period))) + "</th></tr></thead>\n<tbody>\n";
  for (const AreaFigures& a : council.areas) {
    h += "<tr><th scope=\"row\"><a href=\"#area-" + escapeHtml(a.info->id) + "\">" + escapeHtml(a.info->label) +
         "</a></th><td>" + ratingBadge(a.status) + "</td><td class=\"num\">" +
         (a.score ? escapeHtml(formatNumber(*a.score, 0)) : std::string("<span class=\"note\">No score</span>")) +
         "</td><td>" + ratingBadge(a.previous_status) + "</td></tr>\n";
  }
  return h + "</tbody>\n</table>\n";
}

}  // namespace

std::string summaryPage(const ReportModel& model) {
  std::string h = "<section class=\"page\" id=\"summary\">\n<header class=\"cover\">\n"
                  "<p class=\"kicker\">Report to elected members</p>\n<h1>Social work health check</h1>\n";
  h += "<p class=\"council\">" + escapeHtml(model.council_name) + "</p>\n";
  h += "<p class=\"subtitle\">" + escapeHtml(model.period.label) + ": " + escapeHtml(periodPhrase(model.period, model.records_up_to)) +
       ". Written " + escapeHtml(longDate(model.written)) + ".</p>\n</header>\n";
  h += "<h2>Summary</h2>\n";
  const ScopeFigures* council = model.council();
  if (!council) return h + "<p>There are no figures for this period.</p>\n</section>\n";

  std::vector<const AreaFigures*> red;
  for (const AreaFigures& a : council->areas)
    if (a.status == Status::kRed) red.push_back(&a);
  std::string picture = overallSentence(model, *council);
  if (!red.empty()) picture += " The most pressing concerns are " + listInWords(areaNames(red)) + ".";
  picture += " " + doneSentence(model);
  h += "<p class=\"lead\">" + escapeHtml(picture) + " The rest of this page says why, what has changed and what is "
       "being done; the sections after it take each area in turn.</p>\n";

  h += glanceTable(model, *council);
  h += "<h3>Of most concern</h3>\n";
  std::vector<std::string> concerns;
  // The red areas; with none, the amber ones are the ones to watch.
  std::vector<const AreaFigures*> worst = red;
  if (worst.empty()) {
    for (const AreaFigures& a : council->areas)
      if (a.status == Status::kAmber) worst.push_back(&a);
  }
  for (const AreaFigures* a : worst) concerns.push_back(concernLine(*a));
  for (const std::string& s : serviceConcerns(model)) concerns.push_back(s);
  if (const std::string teams = teamConcerns(model); !teams.empty()) concerns.push_back(teams);
  if (concerns.empty()) concerns.push_back("No area or service is rated red or amber.");
  h += list(concerns);

  h += "<h3>What changed since " + escapeHtml(lastPeriod(model.period)) + "</h3>\n";
  std::vector<std::string> changed;
  for (const std::string& s : changes(model, *council)) changed.push_back(escapeHtml(s));
  h += list(changed);

  h += "<h3>What is being done</h3>\n";
  const std::vector<const Action*> shown = summaryActions(model);
  size_t open = 0;
  for (const Action& a : model.actions) open += a.open() ? 1 : 0;
  if (open == 0) {
    h += "<p>No actions have been agreed yet.</p>\n";
  } else {
    h += std::string("<p>") + (shown.size() < open ? "The most urgent, overdue first" : "Every open action") +
         "; each is described under &ldquo;What we are doing&rdquo;.</p>\n";
  }
  if (!shown.empty()) {
    std::vector<std::string> lines;
    for (const Action* a : shown) lines.push_back(actionLine(model, *a));
    h += list(lines);
  }
  std::vector<std::string> unanswered;
  for (const AreaFigures* a : red) {
    bool acted = false;
    for (const Action& act : model.actions) acted = acted || (act.open() && act.area == a->info->id);
    if (!acted) unanswered.push_back(lowerFirst(a->info->label));
  }
  if (!unanswered.empty()) {
    h += "<p>No action has been agreed yet for " + escapeHtml(listInWords(unanswered)) + ", although " +
         (unanswered.size() == 1 ? "it is" : "they are") + " rated red.</p>\n";
  }
  return h + "</section>\n";
}

}  // namespace hc::reports::members
