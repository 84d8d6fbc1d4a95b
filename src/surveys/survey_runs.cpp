#include "surveys/survey_runs.h"

#include <map>

#include "surveys/email_invitations.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

Date dateColumn(store::Statement& st, int column) {
  std::string text = st.getText(column);
  if (text.size() > 10) text.resize(10);  // a DATETIME rendering, should a driver give one
  auto d = Date::parse(text);
  if (!d) throw store::DatabaseError(store::DatabaseError::Kind::kOther, "bad stored date '" + text + "'");
  return *d;
}

bool teamExists(store::Database& db, const std::string& team_id) {
  auto st = db.prepare("SELECT 1 FROM teams WHERE team_id = ?");
  st->bindText(0, team_id);
  bool found = st->step();
  while (found && st->step()) {
  }
  return found;
}

}  // namespace

std::string SurveyRuns::runIdFor(const std::string& survey_id, const std::string& period_label) {
  return survey_id + "-" + period_label;
}

SurveyRun SurveyRuns::insertRun(const SurveyDefinition& survey, const std::string& period_label, Date from, Date to,
                                bool imported) {
  SurveyRun run{runIdFor(survey.id, period_label), survey.id, survey.version, survey.title, period_label, from, to,
                !imported, imported};
  auto st = db_.prepare(
      "INSERT INTO survey_runs (run_id, survey_id, survey_version, title, period_label, period_from, period_to, "
      "state, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st->bindText(0, run.run_id);
  st->bindText(1, run.survey_id);
  st->bindText(2, run.survey_version);
  st->bindText(3, run.title);
  st->bindText(4, run.period_label);
  st->bindText(5, from.iso());
  st->bindText(6, to.iso());
  st->bindText(7, run.open ? "open" : "closed");
  st->bindText(8, imported ? "import" : "form");
  st->execute();
  storeQuestions(run.run_id, survey);
  return run;
}

void SurveyRuns::storeQuestions(const std::string& run_id, const SurveyDefinition& survey) {
  auto st = db_.prepare(
      "INSERT INTO survey_run_questions (run_id, question_id, position, kind, area, grp, reverse) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  st->bindText(0, run_id);
  int position = 0;
  for (const Question* q : survey.questions()) {
    st->bindText(1, q->id);
    st->bindInt(2, ++position);
    st->bindText(3, q->kind == Question::Kind::kText ? "text" : "scale");
    st->bindOptionalText(4, q->area.empty() ? std::nullopt : std::optional<std::string>(q->area));
    st->bindOptionalText(5, q->group.empty() ? std::nullopt : std::optional<std::string>(q->group));
    st->bindInt(6, q->reverse ? 1 : 0);
    st->execute();
  }
}

std::string SurveyRuns::wordingProblem(const SurveyDefinition& survey) {
  if (survey.hasWording()) return "";
  return "survey '" + survey.id + "' has no wording for its questions (" + survey.file +
         "): add a 'text' to each question in your copy of the file before using the form";
}

std::string SurveyRuns::firstUnknownTeam(const std::vector<std::string>& team_ids) {
  for (const auto& team : team_ids)
    if (!teamExists(db_, team)) return team;
  return "";
}

SurveyRun SurveyRuns::open(const SurveyDefinition& survey, const std::string& period_label, Date from, Date to,
                           const std::vector<std::string>& team_ids, const RunDetails& details) {
  if (const std::string problem = wordingProblem(survey); !problem.empty()) throw SurveyRunError(problem);
  if (team_ids.empty()) throw SurveyRunError("give at least one team");
  store::Transaction tx(db_);
  if (find(runIdFor(survey.id, period_label)))
    throw SurveyRunError("survey run '" + runIdFor(survey.id, period_label) + "' already exists");
  if (const std::string team = firstUnknownTeam(team_ids); !team.empty())
    throw SurveyRunError("'" + team + "' is not a known team");
  SurveyRun run = insertRun(survey, period_label, from, to, false);
  for (const auto& team : team_ids) addTeam(run.run_id, team);
  auto st = db_.prepare("UPDATE survey_runs SET contact = ?, closes_on = ? WHERE run_id = ?");
  st->bindText(0, details.contact);
  st->bindOptionalText(1, details.closes_on ? std::optional<std::string>(details.closes_on->iso()) : std::nullopt);
  st->bindText(2, run.run_id);
  st->execute();
  run.closes_on = details.closes_on;
  tx.commit();
  return run;
}

SurveyRun SurveyRuns::openForImport(const SurveyDefinition& survey, const std::string& period_label, Date from,
                                    Date to) {
  if (auto run = find(runIdFor(survey.id, period_label))) {
    if (!run->imported)
      throw SurveyRunError("survey run '" + run->run_id +
                           "' collects its responses through the form; imported responses need a period of their own");
    return *run;
  }
  return insertRun(survey, period_label, from, to, true);
}

void SurveyRuns::close(const std::string& run_id) {
  store::Transaction tx(db_);
  get(run_id);
  auto st = db_.prepare("UPDATE survey_runs SET state = 'closed' WHERE run_id = ?");
  st->bindText(0, run_id);
  st->execute();
  // Answers saved on links never submitted go: kept, they would tie
  // answers to a link, and so to whoever the council sent it to.
  auto drafts = db_.prepare(
      "DELETE FROM survey_drafts WHERE token_hash IN (SELECT token_hash FROM survey_invitations WHERE run_id = ?)");
  drafts->bindText(0, run_id);
  drafts->execute();
  // Addresses sent invitations, their links' hashes and used marks, their
  // messages and reminder batches go too (email_invitations.h).
  EmailInvitations(db_).eraseRun(run_id);
  tx.commit();
  db_.eraseDeletedRows();
}

ClosingEffect SurveyRuns::closingEffect(const std::string& run_id) {
  get(run_id);
  auto count = [&](const char* sql) {
    auto st = db_.prepare(sql);
    st->bindText(0, run_id);
    return st->step() ? st->getInt(0) : int64_t{0};
  };
  ClosingEffect e;
  // The same rows close() deletes.
  e.drafts = count(
      "SELECT COUNT(DISTINCT token_hash) FROM survey_drafts WHERE token_hash IN "
      "(SELECT token_hash FROM survey_invitations WHERE run_id = ?)");
  e.unused_links = count("SELECT COUNT(*) FROM survey_invitations WHERE run_id = ? AND used = 0");
  e.open_links = count("SELECT COUNT(*) FROM survey_run_teams WHERE run_id = ? AND open_link_hash IS NOT NULL");
  e.responses = count("SELECT COUNT(*) FROM survey_responses WHERE run_id = ?");
  e.email_addresses = EmailInvitations(db_).countOfRun(run_id);
  return e;
}

std::optional<SurveyRun> SurveyRuns::find(const std::string& run_id) {
  auto st = db_.prepare(
      "SELECT run_id, survey_id, survey_version, title, period_label, period_from, period_to, state, source, "
      "closes_on FROM survey_runs WHERE run_id = ?");
  st->bindText(0, run_id);
  std::optional<SurveyRun> run;
  while (st->step()) {
    run = SurveyRun{st->getText(0), st->getText(1), st->getText(2), st->getText(3), st->getText(4),
                    dateColumn(*st, 5), dateColumn(*st, 6), st->getText(7) == "open", st->getText(8) == "import"};
    if (!st->isNull(9)) run->closes_on = dateColumn(*st, 9);
  }
  return run;
}

SurveyRun SurveyRuns::get(const std::string& run_id) {
  if (auto run = find(run_id)) return *run;
  throw SurveyRunError("no survey run '" + run_id + "' (see 'healthcheck survey status')");
}

std::vector<SurveyRun> SurveyRuns::list() {
  auto st = db_.prepare("SELECT run_id FROM survey_runs ORDER BY period_to, run_id");
  std::vector<std::string> ids;
  while (st->step()) ids.push_back(st->getText(0));
  std::vector<SurveyRun> runs;
  for (const auto& id : ids) runs.push_back(get(id));
  return runs;
}

std::vector<std::string> SurveyRuns::teams(const std::string& run_id) {
  auto st = db_.prepare("SELECT team_id FROM survey_run_teams WHERE run_id = ? ORDER BY team_id");
  st->bindText(0, run_id);
  std::vector<std::string> out;
  while (st->step()) out.push_back(st->getText(0));
  return out;
}

// One key lookup: reading the run's every team for each team added made
// an import of 5,000 teams' responses read 12 million rows.
bool SurveyRuns::hasTeam(const std::string& run_id, const std::string& team_id) {
  auto st = db_.prepare("SELECT 1 FROM survey_run_teams WHERE run_id = ? AND team_id = ?");
  st->bindText(0, run_id);
  st->bindText(1, team_id);
  const bool found = st->step();
  while (found && st->step()) {
  }
  return found;
}

void SurveyRuns::addTeam(const std::string& run_id, const std::string& team_id) {
  if (hasTeam(run_id, team_id)) return;
  auto st = db_.prepare("INSERT INTO survey_run_teams (run_id, team_id) VALUES (?, ?)");
  st->bindText(0, run_id);
  st->bindText(1, team_id);
  st->execute();
}

void SurveyRuns::requireOpenRunAndTeam(const std::string& run_id, const std::string& team_id) {
  const SurveyRun run = get(run_id);
  if (!run.open) throw SurveyRunError("survey run '" + run_id + "' is closed");
  if (hasTeam(run_id, team_id)) return;
  throw SurveyRunError("team '" + team_id + "' is not part of survey run '" + run_id + "'");
}

std::vector<std::string> SurveyRuns::invite(const std::string& run_id, const std::string& team_id, int count) {
  if (count < 1 || count > 10000) throw SurveyRunError("the number of invitations must be 1 to 10000");
  store::Transaction tx(db_);
  requireOpenRunAndTeam(run_id, team_id);
  auto st = db_.prepare(
      "INSERT INTO survey_invitations (token_hash, run_id, team_id, kind, used) VALUES (?, ?, ?, 'invitation', 0)");
  st->bindText(1, run_id);
  st->bindText(2, team_id);
  std::vector<std::string> tokens;
  for (int i = 0; i < count; ++i) {
    tokens.push_back(newToken());
    st->bindText(0, tokenHash(tokens.back()));
    st->execute();
  }
  tx.commit();
  return tokens;
}

std::string SurveyRuns::openLink(const std::string& run_id, const std::string& team_id) {
  store::Transaction tx(db_);
  requireOpenRunAndTeam(run_id, team_id);
  const std::string token = newToken();
  auto st = db_.prepare("UPDATE survey_run_teams SET open_link_hash = ? WHERE run_id = ? AND team_id = ?");
  st->bindText(0, tokenHash(token));
  st->bindText(1, run_id);
  st->bindText(2, team_id);
  st->execute();
  tx.commit();
  return token;
}

std::vector<TeamStatus> SurveyRuns::status(const std::string& run_id) {
  const SurveyRun run = get(run_id);
  std::map<std::string, TeamStatus> by_team;
  for (const auto& t : teams(run_id)) by_team[t].team_id = t;
  auto count = [&](const char* sql, auto field, bool by_date) {
    auto st = db_.prepare(sql);
    st->bindText(0, run_id);
    if (by_date) {
      st->bindText(1, run.period_to.iso());
      st->bindText(2, run.period_to.iso());
    }
    while (st->step()) {
      TeamStatus& s = by_team[st->getText(0)];
      s.team_id = st->getText(0);
      s.*field = st->getInt(1);
    }
  };
  count("SELECT team_id, COUNT(*) FROM survey_invitations WHERE run_id = ? GROUP BY team_id", &TeamStatus::invitations,
        false);
  count("SELECT team_id, COUNT(*) FROM survey_invitations WHERE run_id = ? AND used = 1 GROUP BY team_id",
        &TeamStatus::used, false);
  count("SELECT team_id, COUNT(*) FROM survey_responses WHERE run_id = ? GROUP BY team_id", &TeamStatus::responses,
        false);
  count("SELECT team_id, reviewed_responses FROM survey_run_teams WHERE run_id = ?", &TeamStatus::reviewed_responses,
        false);
  count("SELECT s.team_id, COUNT(*) FROM staff s JOIN survey_run_teams t ON t.team_id = s.team_id AND t.run_id = ? "
        "WHERE s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) GROUP BY s.team_id",
        &TeamStatus::staff_in_post, true);
  std::vector<TeamStatus> out;
  for (auto& [id, s] : by_team) out.push_back(s);
  return out;
}

}  // namespace hc::surveys
