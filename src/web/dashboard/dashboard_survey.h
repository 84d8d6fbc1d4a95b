// The dashboard's staff survey page (GET /dashboard/survey?period&team):
// for each survey run of the period, the response rate (responses / staff
// in post) and area scores of the council and every team, then each
// question's distribution of answers for the council or the chosen team as
// a table, and the free-text comments where the results allow them.
//
// Suppression is the results' own (surveys/survey_results.h): a suppressed
// scope says why ("fewer than 5 responses: not shown") instead of figures.
// Comments are shown only where the results carry them (groups of at
// least 10) and only when `sees_comments(team_id, service)` says the
// viewer sees that scope unsuppressed (access::seesUnsuppressed: the
// council's comments with team_id "" are for directors).
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_SURVEY_H_
#define HC_WEB_DASHBOARD_DASHBOARD_SURVEY_H_

#include <functional>
#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/period.h"
#include "surveys/period_surveys.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

using SeesComments = std::function<bool(const std::string& team_id, const std::string& service)>;

// The contents of <main>. `team`: the scope whose questions are shown
// ("" or unknown: the council's). `runs_nav`, under the period links:
// the way to every survey run (surveyRunLinksHtml).
html::Html surveyHtml(const surveys::PeriodSurveys& data, const DashboardQuery& q, const std::string& team,
                      const std::vector<metrics::Period>& quarters, const SeesComments& sees_comments,
                      const html::Html& runs_nav = {});

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_SURVEY_H_
