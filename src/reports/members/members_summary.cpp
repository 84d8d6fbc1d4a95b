// The members' report's summary, after the cover and the decisions: the
// overall picture in a few sentences, what is of most concern and why,
// what changed since last period and what is being done about it.
#include <algorithm>

#include "metrics/status.h"
#include "reports/figure_phrases.h"
#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;
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
Html concernLine(const AreaFigures& area) {
  std::vector<std::string> reasons;
  for (const MetricFigure* f : redFigures(area)) {
    if (reasons.size() == kReasons) break;
    reasons.push_back(figurePhrase(*f->info, *f->value));
  }
  Html h = el("strong").text(area.info->label) + " " + ratingBadge(area.status);
  if (!reasons.empty()) h += " " + capitalised(listInWords(reasons)) + ".";
  return h;
}

// The services with the most red areas, worst first: "Children's services
// are rated red in workload management, case allocation and ...".
std::vector<Html> serviceConcerns(const ReportModel& model) {
  std::vector<std::pair<size_t, Html>> ranked;
  for (const ScopeFigures* s : model.services()) {
    std::vector<const AreaFigures*> red;
    for (const AreaFigures& a : s->areas)
      if (a.status == Status::kRed) red.push_back(&a);
    if (red.empty()) continue;
    ranked.emplace_back(red.size(), el("strong").text(s->name) +
                                        (": " + (red.size() == 1 ? std::string("one area") : numberWord(red.size()) + " areas") +
                                         " rated red (" + listInWords(areaNames(red)) + ")."));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Html> out;
  for (const auto& [count, line] : ranked) out.push_back(line);
  return out;
}

// The teams first in the engine's order of attention (lowest score first).
Html teamConcerns(const ReportModel& model) {
  std::vector<const ScopeFigures*> ranked;
  for (const ScopeFigures* t : model.teams())
    if (t->rank && *t->rank <= int(kTeamsNamed)) ranked.push_back(t);
  std::sort(ranked.begin(), ranked.end(), [](const ScopeFigures* a, const ScopeFigures* b) { return *a->rank < *b->rank; });
  if (ranked.empty()) return Html();
  std::vector<std::string> names;
  for (const ScopeFigures* t : ranked) {
    names.push_back(t->name + " (a score of " + formatNumber(t->score.value_or(0), 0) + ")");
  }
  return el("strong").text("Teams most in need of attention") + (", lowest score first: " + listInWords(names) + ".");
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

Html list(const std::vector<Html>& items) {
  Html items_html = newline();
  for (const Html& item : items) items_html += el("li").add(item) + newline();
  return el("ul").add(items_html) + newline();
}

Html headerCell(std::string_view text) { return el("th").attr("scope", "col").text(text); }

// The five areas at a glance: rating, score and last period's rating.
Html glanceTable(const ReportModel& model, const ScopeFigures& council) {
  Html rows = newline();
  for (const AreaFigures& a : council.areas) {
    const Html score = a.score ? Html::text(formatNumber(*a.score, 0)) : el("span").cls("note").text("No score").html();
    rows += el("tr").add(el("th").attr("scope", "row").add(el("a").attr("href", "#area-" + std::string(a.info->id)).text(a.info->label)))
                .add(el("td").add(ratingBadge(a.status)))
                .add(el("td").cls("num").add(score))
                .add(el("td").add(ratingBadge(a.previous_status))) +
            newline();
  }
  const Html head = el("tr").add(headerCell("Area")).add(headerCell("Rating")).add(headerCell("Score out of 100"))
                        .add(headerCell(capitalised(lastPeriod(model.period))));
  return el("table").add(newline() + el("caption").text("The five areas for the whole council") + newline() +
                         el("thead").add(head) + newline() + el("tbody").add(rows) + newline()) +
         newline();
}

}  // namespace

Html summaryPage(const ReportModel& model) {
  Html h;
  h += newline() + el("h2").text("Summary") + newline();
  const auto page = [](const Html& content) { return el("section").cls("page").id("summary").add(content) + newline(); };
  const ScopeFigures* council = model.council();
  if (!council) return page(h + el("p").text("There are no figures for this period.") + newline());

  std::vector<const AreaFigures*> red;
  for (const AreaFigures& a : council->areas)
    if (a.status == Status::kRed) red.push_back(&a);
  std::string picture = overallSentence(model, *council);
  if (!red.empty()) picture += " The most pressing concerns are " + listInWords(areaNames(red)) + ".";
  picture += " " + doneSentence(model);
  h += el("p").cls("lead").text(picture + " The rest of this page says why, what has changed and what is "
                                          "being done; the sections after it take each area in turn.") +
       newline();

  h += glanceTable(model, *council);
  h += el("h3").text("Of most concern") + newline();
  std::vector<Html> concerns;
  // The red areas; with none, the amber ones are the ones to watch.
  std::vector<const AreaFigures*> worst = red;
  if (worst.empty()) {
    for (const AreaFigures& a : council->areas)
      if (a.status == Status::kAmber) worst.push_back(&a);
  }
  for (const AreaFigures* a : worst) concerns.push_back(concernLine(*a));
  for (const Html& s : serviceConcerns(model)) concerns.push_back(s);
  if (Html teams = teamConcerns(model); !teams.empty()) concerns.push_back(std::move(teams));
  if (concerns.empty()) concerns.push_back(Html::text("No area or service is rated red or amber."));
  h += list(concerns);

  h += el("h3").text("What changed since " + lastPeriod(model.period)) + newline();
  std::vector<Html> changed;
  for (const std::string& s : changes(model, *council)) changed.push_back(Html::text(s));
  h += list(changed);

  h += el("h3").text("What is being done") + newline();
  const std::vector<const Action*> shown = summaryActions(model);
  size_t open = 0;
  for (const Action& a : model.actions) open += a.open() ? 1 : 0;
  if (open == 0) {
    h += el("p").text("No actions have been agreed yet.") + newline();
  } else {
    h += el("p")
             .text(shown.size() < open ? "The most urgent, overdue first" : "Every open action")
             .text("; each is described under ")
             .add(Html::markup("&ldquo;What we are doing&rdquo;"))
             .text(".") +
         newline();
  }
  if (!shown.empty()) {
    std::vector<Html> lines;
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
    h += el("p").text("No action has been agreed yet for " + listInWords(unanswered) + ", although " +
                      (unanswered.size() == 1 ? "it is" : "they are") + " rated red.") +
         newline();
  }
  return page(h);
}

}  // namespace hc::reports::members
