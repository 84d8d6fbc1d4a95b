#include "surveys/response_store.h"

#include "surveys/tokens.h"

namespace hc::surveys {

bool isScaleAnswer(const std::string& value) { return value.size() == 1 && value[0] >= '1' && value[0] <= '5'; }

std::vector<const Question*> unanswered(const SurveyDefinition& survey, const Answers& answers) {
  std::vector<const Question*> out;
  for (const Question* q : survey.questions()) {
    if (q->kind != Question::Kind::kScale) continue;
    auto it = answers.find(q->id);
    if (it == answers.end() || !isScaleAnswer(it->second)) out.push_back(q);
  }
  return out;
}

Link ResponseStore::resolve(const std::string& token) {
  if (!looksLikeToken(token)) return Link{};
  return resolveHash(tokenHash(token));
}

Link ResponseStore::resolveHash(const std::string& token_hash) {
  Link link;
  link.token_hash = token_hash;
  auto st = db_.prepare(
      "SELECT i.used, r.state, r.run_id, r.survey_id, i.team_id FROM survey_invitations i "
      "JOIN survey_runs r ON r.run_id = i.run_id WHERE i.token_hash = ?");
  st->bindText(0, link.token_hash);
  while (st->step()) {
    link.state = st->getInt(0) ? LinkState::kUsed : st->getText(1) == "open" ? LinkState::kOpen : LinkState::kClosed;
    link.run_id = st->getText(2);
    link.survey_id = st->getText(3);
    link.team_id = st->getText(4);
  }
  return link;
}

LinkState ResponseStore::lookupOpenLink(const std::string& open_token, std::string& run_id, std::string& team_id,
                                         std::string& survey_id) {
  LinkState state = LinkState::kUnknown;
  if (!looksLikeToken(open_token)) return state;
  auto st = db_.prepare(
      "SELECT t.run_id, t.team_id, r.state, r.survey_id FROM survey_run_teams t "
      "JOIN survey_runs r ON r.run_id = t.run_id WHERE t.open_link_hash = ?");
  st->bindText(0, tokenHash(open_token));
  while (st->step()) {
    run_id = st->getText(0);
    team_id = st->getText(1);
    state = st->getText(2) == "open" ? LinkState::kOpen : LinkState::kClosed;
    survey_id = st->getText(3);
  }
  return state;
}

LinkState ResponseStore::peekOpenLink(const std::string& open_token, std::string& survey_id) {
  std::string run_id, team_id;
  return lookupOpenLink(open_token, run_id, team_id, survey_id);
}

std::string ResponseStore::startFromOpenLink(const std::string& open_token, LinkState& state) {
  std::string run_id, team_id, survey_id;
  state = lookupOpenLink(open_token, run_id, team_id, survey_id);
  if (state != LinkState::kOpen) return "";
  const std::string token = newToken();
  auto insert = db_.prepare(
      "INSERT INTO survey_invitations (token_hash, run_id, team_id, kind, used) VALUES (?, ?, ?, 'open_link', 0)");
  insert->bindText(0, tokenHash(token));
  insert->bindText(1, run_id);
  insert->bindText(2, team_id);
  insert->execute();
  return token;
}

Answers ResponseStore::draft(const Link& link) {
  auto st = db_.prepare("SELECT question_id, value FROM survey_drafts WHERE token_hash = ?");
  st->bindText(0, link.token_hash);
  Answers out;
  while (st->step()) out[st->getText(0)] = st->getText(1);
  return out;
}

void ResponseStore::saveDraft(const Link& link, const std::vector<std::string>& question_ids, const Answers& answers) {
  // Only rows that exist are deleted, and answers are upserted: deleting
  // absent rows would take InnoDB gap locks, on which concurrent first-time
  // saves of other links deadlock.
  store::Transaction tx(db_);
  const Answers before = draft(link);
  auto remove = db_.prepare("DELETE FROM survey_drafts WHERE token_hash = ? AND question_id = ?");
  auto upsert = db_.prepare(
      store::upsertSql(db_.dialect(), "survey_drafts", {"token_hash", "question_id", "value"}, {"token_hash", "question_id"}));
  remove->bindText(0, link.token_hash);
  upsert->bindText(0, link.token_hash);
  for (const auto& id : question_ids) {
    auto it = answers.find(id);
    auto was = before.find(id);
    if (it == answers.end() || it->second.empty()) {
      if (was == before.end()) continue;
      remove->bindText(1, id);
      remove->execute();
    } else if (was == before.end() || was->second != it->second) {
      upsert->bindText(1, id);
      upsert->bindText(2, it->second);
      upsert->execute();
    }
  }
  tx.commit();
}

SubmitOutcome ResponseStore::submit(const Link& link, const SurveyDefinition& survey) {
  store::Transaction tx(db_);
  // The write comes first so that the transaction holds the write lock
  // from its first statement (SQLite cannot upgrade a reader safely).
  auto claim = db_.prepare(
      "UPDATE survey_invitations SET used = 1 WHERE token_hash = ? AND used = 0 AND run_id IN "
      "(SELECT run_id FROM survey_runs WHERE state = 'open')");
  claim->bindText(0, link.token_hash);
  if (claim->execute() != 1) {
    const Link now = resolveHash(link.token_hash);
    return now.state == LinkState::kUsed ? SubmitOutcome::kUsed
           : now.state == LinkState::kClosed ? SubmitOutcome::kClosed
                                             : SubmitOutcome::kUnknown;
  }
  const Answers answers = draft(link);
  if (!unanswered(survey, answers).empty()) return SubmitOutcome::kIncomplete;  // rolls back the claim

  const std::string response_id = newToken();
  auto response = db_.prepare("INSERT INTO survey_responses (response_id, run_id, team_id) VALUES (?, ?, ?)");
  response->bindText(0, response_id);
  response->bindText(1, link.run_id);
  response->bindText(2, link.team_id);
  response->execute();
  auto answer = db_.prepare("INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)");
  answer->bindText(0, response_id);
  std::unique_ptr<store::Statement> comment;
  for (const Question* q : survey.questions()) {
    auto it = answers.find(q->id);
    if (it == answers.end() || it->second.empty()) continue;
    if (q->kind == Question::Kind::kScale) {
      answer->bindText(1, q->id);
      answer->bindInt(2, it->second[0] - '0');
      answer->execute();
      continue;
    }
    if (!comment)
      comment = db_.prepare(
          "INSERT INTO survey_comments (comment_id, run_id, team_id, question_id, body) VALUES (?, ?, ?, ?, ?)");
    comment->bindText(0, newToken());  // its own id: not joinable to the answers
    comment->bindText(1, link.run_id);
    comment->bindText(2, link.team_id);
    comment->bindText(3, q->id);
    comment->bindText(4, it->second);
    comment->execute();
  }
  auto clear = db_.prepare("DELETE FROM survey_drafts WHERE token_hash = ?");
  clear->bindText(0, link.token_hash);
  clear->execute();
  tx.commit();
  return SubmitOutcome::kStored;
}

}  // namespace hc::surveys
