#include "surveys/run_opening.h"

#include "metrics/period.h"

namespace hc::surveys {
namespace {

namespace field = opening_field;

std::vector<std::string> storedTeams(store::Database& db) {
  auto st = db.prepare("SELECT team_id FROM teams ORDER BY team_id");
  std::vector<std::string> out;
  while (st->step()) out.push_back(st->getText(0));
  return out;
}

std::string knownSurveys(const SurveyCatalogue& catalogue) {
  std::string out;
  for (const auto& [id, s] : catalogue.all()) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "none" : out;
}

// The teams the opening names: every stored team, or those chosen.
std::vector<std::string> teamsOf(store::Database& db, const RunOpening& opening) {
  return opening.all_teams ? storedTeams(db) : opening.team_ids;
}

}  // namespace

std::vector<OpeningProblem> checkOpening(store::Database& db, const SurveyCatalogue& catalogue,
                                         const RunOpening& opening, Date today) {
  std::vector<OpeningProblem> problems;
  const SurveyDefinition* survey = nullptr;
  if (opening.survey_id.empty()) {
    problems.push_back({field::kSurvey, "Select the survey to open"});
  } else if (survey = catalogue.find(opening.survey_id); !survey) {
    problems.push_back({field::kSurvey, "'" + opening.survey_id + "' is not a survey of the catalogue (known: " +
                                            knownSurveys(catalogue) + ")"});
  } else if (std::string wording = SurveyRuns::wordingProblem(*survey); !wording.empty()) {
    problems.push_back({field::kSurvey, wording});
  }
  const auto period = metrics::Period::parse(opening.period);
  if (opening.period.empty()) {
    problems.push_back({field::kPeriod, "Enter the period the survey asks about, for example 2026-Q3"});
  } else if (!period) {
    problems.push_back({field::kPeriod, "Enter the period as 2026-Q3, 2026-07, 2026, 2026/27 or csww-2026: '" +
                                            opening.period + "' is not a period"});
  } else if (survey) {
    const std::string run_id = SurveyRuns::runIdFor(survey->id, period->label);
    if (SurveyRuns(db).find(run_id))
      problems.push_back({field::kPeriod, "A run of this survey for " + period->label + " already exists (" + run_id +
                                              "): choose another period"});
  }
  const std::vector<std::string> teams = teamsOf(db, opening);
  if (teams.empty()) {
    problems.push_back({field::kTeams, opening.all_teams
                                           ? "There are no teams yet: import the council's teams before opening a survey"
                                           : "Select at least one team, or all teams"});
  } else if (std::string unknown = SurveyRuns(db).firstUnknownTeam(teams); !unknown.empty()) {
    problems.push_back({field::kTeams, "'" + unknown + "' is not a known team"});
  }
  if (opening.contact.size() > kMaxContactChars)
    problems.push_back({field::kContact, "The contact must be " + std::to_string(kMaxContactChars) +
                                             " characters or fewer"});
  else if (opening.contact.find_first_of("\r\n\t") != std::string::npos)
    problems.push_back({field::kContact, "The contact must be on one line"});
  if (!opening.closes.empty()) {
    const auto closes = Date::parse(opening.closes);
    if (!closes)
      problems.push_back({field::kCloses, "Enter the closing date as YYYY-MM-DD, for example " +
                                              today.iso()});
    else if (*closes < today)
      problems.push_back({field::kCloses, "The closing date must be today (" + today.iso() + ") or later"});
  }
  return problems;
}

OpeningOutcome openRun(store::Database& db, const SurveyCatalogue& catalogue, const RunOpening& opening, Date today) {
  OpeningOutcome out;
  out.problems = checkOpening(db, catalogue, opening, today);
  if (!out.problems.empty()) return out;
  const auto period = metrics::Period::parse(opening.period);
  const std::vector<std::string> teams = teamsOf(db, opening);
  RunDetails details{opening.contact, opening.closes.empty() ? std::nullopt : Date::parse(opening.closes)};
  try {
    out.run = SurveyRuns(db).open(*catalogue.find(opening.survey_id), period->label, period->from, period->to, teams,
                                  details);
    out.teams = teams.size();
  } catch (const SurveyRunError& e) {  // opened meanwhile by someone else
    out.problems.push_back({field::kPeriod, e.what()});
  }
  return out;
}

}  // namespace hc::surveys
