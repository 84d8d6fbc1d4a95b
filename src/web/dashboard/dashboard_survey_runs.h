// The staff survey page's account of how each run is going: open or
// closed, the period it covers, and per team the single-use links issued
// and used, the responses and the response rate (responses / staff in post
// on the period's last day); then, in plain words, the teams too small
// ever to reach the minimum group size and what happens to their answers.
// Also the page's way to every run, and the run it opens on.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_SURVEY_RUNS_H_
#define HC_WEB_DASHBOARD_DASHBOARD_SURVEY_RUNS_H_

#include <map>
#include <string>
#include <vector>

#include "html/html.h"
#include "surveys/survey_runs.h"

namespace hc::web::dashboard {

struct RunProgress {
  surveys::SurveyRun run;
  std::vector<surveys::TeamStatus> teams;
};

// A section per run (empty when `runs` is). `team_names`: team_id ->
// name (ids shown where missing).
html::Html surveyRunsHtml(const std::vector<RunProgress>& runs, const std::map<std::string, std::string>& team_names,
                          int64_t min_group_size);

// The period the staff survey page opens on when the address names none:
// the open run's (of several open, the one asking about the latest
// period); "" when no run is open (the page then opens on the figures'
// default period).
std::string surveyDefaultPeriod(const std::vector<surveys::SurveyRun>& runs);

// "Survey runs": every run, newest period first, each a link to the page
// for its period ("Social work health check 2026-Q4, open"), the one
// shown (`shown_period`) marked as the current page. Empty when there are
// no runs.
html::Html surveyRunLinksHtml(std::vector<surveys::SurveyRun> runs, const std::string& shown_period);

// A response rate as the page shows it: "12.5%", or "No staff in post".
std::string rateText(int64_t responses, int64_t staff);

// The teams of a run with fewer staff in post than `min_group_size`: they
// can never show results of their own.
std::vector<std::string> teamsTooSmall(const RunProgress& run, int64_t min_group_size);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_SURVEY_RUNS_H_
