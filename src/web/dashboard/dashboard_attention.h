// Which teams need attention, and why, in words: the overview's "Needs
// attention" list, its heat map's row order and each cell's reason, all
// from the engine's area scores, ranks and signals (metrics.md "Area
// scores and the order of attention", "Signals").
//
// Thread-safety: pure functions.
#ifndef HC_WEB_DASHBOARD_ATTENTION_H_
#define HC_WEB_DASHBOARD_ATTENTION_H_

#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/health_check.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// The teams a query shows, in its sort order: attention order (rank 1
// first, unranked teams last by name) unless q.sort is "name" or
// "service" (by service name, then attention order).
std::vector<const metrics::ScopeResult*> sortedTeams(const metrics::HealthCheck& hc, const DashboardQuery& q);

// Up to `limit` reasons a team needs attention, most telling first, in
// plain words: figures significantly worse than the council's ("Vacancy
// rate 24.0%, significantly worse than the council's 12.0%"), special
// causes pointing the worse way ("Sickness rate: a run of rising figures
// (special cause)"), then red figures of its lowest-scoring areas
// ("Agency rate red at 31.0%").
std::vector<std::string> teamReasons(const metrics::HealthCheck& hc, const metrics::ScopeResult& team,
                                     size_t limit);

// The measures that drove an area's rating, in words: its red measures
// (amber ones when none is red), up to two by name: "vacancy rate, agency
// rate and 1 more". "" for a green or unrated area.
std::string areaReason(const metrics::AreaResult& area);
// The measures areaReason names, in its order (every one, where it names
// two and counts the rest): a cell that names a measure links to the first.
std::vector<const metrics::MetricResult*> reasonMetrics(const metrics::AreaResult& area);

// Whether any metric of the area shows a significant "worse than the
// council" signal, or a special cause pointing the worse way.
bool hasWorseSignal(const metrics::AreaResult& area);
bool hasConcern(const metrics::AreaResult& area);

// The "Needs attention" section: the teams ranked 1 to 3 and every other
// team with a significant worse signal, each with up to three reasons;
// empty when no team is ranked.
html::Html needsAttentionHtml(const metrics::HealthCheck& hc, const DashboardQuery& q);

// The line under the heat map saying what the rank rests on: the
// published figures, one order for every viewer (metrics::ScopeResult::
// ranked_score), and, where this view's scores differ from those, that
// they do.
html::Html rankBasisHtml(const metrics::HealthCheck& hc);

// Beside a team's score where this view's score (a director's, a
// manager's own team) differs from the published one it is ranked on:
// "ranked on 62". Empty otherwise.
html::Html rankedScoreNote(const metrics::ScopeResult& team);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_ATTENTION_H_
