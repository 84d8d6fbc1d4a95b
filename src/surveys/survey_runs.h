// SurveyRuns: the council's side of running a survey (healthcheck survey
// open|close|invite|status). A run is one survey definition asked of a set
// of teams for a reporting period; its id is "<survey>-<period>", e.g.
// "health-check-2025-Q3". Opening a run copies what scoring needs from the
// definition into the database.
//
// Invitations are single-use links, one per person, issued per team; the
// token is returned once (to print or mail-merge) and only its hash is
// stored. An open link per team is the alternative: anyone holding it gets a
// fresh single-use link of their own.
//
// Thread-safety: one SurveyRuns per Database, one thread at a time.
#ifndef HC_SURVEYS_SURVEY_RUNS_H_
#define HC_SURVEYS_SURVEY_RUNS_H_

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/database.h"
#include "surveys/survey_definition.h"

namespace hc::surveys {

struct SurveyRun {
  std::string run_id;
  std::string survey_id;
  std::string survey_version;
  std::string title;
  std::string period_label;
  Date period_from, period_to;
  bool open = false;
  bool imported = false;  // responses come from `survey import`, not the form
  std::optional<Date> closes_on;  // the planned closing date, when one was given
};

// What an administrator gives besides survey, period and teams.
struct RunDetails {
  std::string contact;            // who staff should ask (survey_publication.h); "" for none
  std::optional<Date> closes_on;  // the planned closing date
};

struct TeamStatus {
  std::string team_id;
  int64_t invitations = 0;   // single-use links issued (open-link starts included)
  int64_t used = 0;          // of them, submitted
  int64_t responses = 0;     // stored responses (form or import)
  int64_t staff_in_post = 0; // on the last day of the period
  int64_t reviewed_responses = 0;  // responses an administrator accepted (excess_responses.h)
};

// What closing a run does (SurveyRuns::close), counted beforehand for a
// confirmation page to say exactly.
struct ClosingEffect {
  int64_t drafts = 0;        // links started but not submitted: their saved answers are deleted
  int64_t unused_links = 0;  // single-use links not submitted (drafts included): they stop working
  int64_t open_links = 0;    // teams' open links: they stop working
  int64_t responses = 0;     // submitted responses: kept
  int64_t email_addresses = 0;  // addresses given for invitations by email: deleted
};

// Wrong use that the CLI reports as such: unknown run or team, a run
// already open, a closed run.
class SurveyRunError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SurveyRuns {
 public:
  explicit SurveyRuns(store::Database& db) : db_(db) {}

  static std::string runIdFor(const std::string& survey_id, const std::string& period_label);

  // Opens a run of `survey` for the period and teams (each must be a stored
  // team). Throws SurveyRunError when the run exists, a team is unknown, or
  // the survey has no wording to show (council_wording definitions).
  SurveyRun open(const SurveyDefinition& survey, const std::string& period_label, Date from, Date to,
                 const std::vector<std::string>& team_ids, const RunDetails& details = {});
  // Why `survey` cannot be opened whatever the teams ("" when it can): it
  // has no wording to show.
  static std::string wordingProblem(const SurveyDefinition& survey);
  // The first of `team_ids` that is not a stored team, or "" when all are.
  std::string firstUnknownTeam(const std::vector<std::string>& team_ids);
  // Finds or creates the run that imported responses go into (state closed).
  SurveyRun openForImport(const SurveyDefinition& survey, const std::string& period_label, Date from, Date to);
  // Stops the run taking answers and deletes the answers saved on links
  // that were never submitted.
  void close(const std::string& run_id);
  // What close(run_id) would do now. Throws SurveyRunError when unknown.
  ClosingEffect closingEffect(const std::string& run_id);

  std::optional<SurveyRun> find(const std::string& run_id);
  SurveyRun get(const std::string& run_id);  // throws SurveyRunError when unknown
  std::vector<SurveyRun> list();
  std::vector<std::string> teams(const std::string& run_id);
  bool hasTeam(const std::string& run_id, const std::string& team_id);
  void addTeam(const std::string& run_id, const std::string& team_id);  // no-op when present

  // Issues `count` single-use links for a team of an open run.
  std::vector<std::string> invite(const std::string& run_id, const std::string& team_id, int count);
  // A new open link for the team (replacing any earlier one, which stops
  // working); returns its token.
  std::string openLink(const std::string& run_id, const std::string& team_id);

  std::vector<TeamStatus> status(const std::string& run_id);

 private:
  void requireOpenRunAndTeam(const std::string& run_id, const std::string& team_id);
  void storeQuestions(const std::string& run_id, const SurveyDefinition& survey);
  SurveyRun insertRun(const SurveyDefinition& survey, const std::string& period_label, Date from, Date to,
                      bool imported);

  store::Database& db_;
};

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_RUNS_H_
