// Opening a survey run from what an administrator typed or chose: the one
// check of `healthcheck survey open` and of the admin area's "Open a
// survey" form, so that the two accept and refuse the same things with
// the same words. Each problem names its field, for an error summary that
// links to it or a message that names the option.
//
//   RunOpening o{"health-check", "2026-Q3", true, {}, "Workforce team", "2026-10-31"};
//   OpeningOutcome r = openRun(db, catalogue, o, utcToday());
//   if (r.run) ... else for (auto& p : r.problems) show(p.field, p.message);
//
// Thread-safety: uses the caller's Database, one thread at a time.
#ifndef HC_SURVEYS_RUN_OPENING_H_
#define HC_SURVEYS_RUN_OPENING_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/database.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_runs.h"

namespace hc::surveys {

struct RunOpening {
  std::string survey_id;
  std::string period;              // "2026-Q3", "2026-07", "2026", "2026/27", "csww-2026"
  bool all_teams = false;          // every stored team, else team_ids
  std::vector<std::string> team_ids;
  std::string contact;             // "" for none
  std::string closes;              // YYYY-MM-DD, "" for none
};

// The fields, as the form names them; the CLI shows "--" + field.
namespace opening_field {
inline constexpr const char* kSurvey = "survey";
inline constexpr const char* kPeriod = "period";
inline constexpr const char* kTeams = "teams";
inline constexpr const char* kContact = "contact";
inline constexpr const char* kCloses = "closes";
}  // namespace opening_field

// Longest contact kept: a name and an address, not a letter.
inline constexpr size_t kMaxContactChars = 200;

struct OpeningProblem {
  std::string field;    // one of opening_field
  std::string message;  // what is wrong and what to do, in plain words
};

struct OpeningOutcome {
  std::optional<SurveyRun> run;  // set when opened
  size_t teams = 0;              // how many teams it was opened for
  std::vector<OpeningProblem> problems;  // set when not: nothing was stored
};

// Every problem with `opening`, in field order; empty when it can be opened.
std::vector<OpeningProblem> checkOpening(store::Database& db, const SurveyCatalogue& catalogue,
                                         const RunOpening& opening, Date today);

// Checks, then opens the run with its contact and closing date; on any
// problem nothing is stored.
OpeningOutcome openRun(store::Database& db, const SurveyCatalogue& catalogue, const RunOpening& opening, Date today);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_RUN_OPENING_H_
