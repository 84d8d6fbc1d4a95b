#include "surveys/response_store.h"

#include "store/stored_figures.h"
#include "surveys/answer_text.h"
#include "surveys/email_invitations.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

// "INSERT INTO table (columns) VALUES (?, ...), (?, ...)" for `rows` rows.
std::string multiRowInsert(const std::string& table, const std::vector<std::string>& columns, size_t rows) {
  std::string sql = "INSERT INTO " + table + " (";
  std::string row = "(";
  for (size_t i = 0; i < columns.size(); ++i) {
    sql += (i ? ", " : "") + columns[i];
    row += i ? ", ?" : "?";
  }
  sql += ") VALUES ";
  row += ")";
  for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + row;
  return sql;
}

}  // namespace

bool isScaleAnswer(const std::string& value) { return value.size() == 1 && value[0] >= '1' && value[0] <= '5'; }

bool isScaleChoice(const std::string& value) { return isScaleAnswer(value) || value == kPreferNotToSay; }

std::vector<const Question*> unanswered(const SurveyDefinition& survey, const Answers& answers) {
  std::vector<const Question*> out;
  for (const auto& s : survey.sections)
    for (const Question& q : s.questions) {
      if (q.kind != Question::Kind::kScale) continue;
      auto it = answers.find(q.id);
      if (it == answers.end() || !isScaleChoice(it->second)) out.push_back(&q);
    }
  return out;
}

ResponseStore::ResponseStore(store::Database& db)
    : own_statements_(std::make_unique<store::StatementCache>(db)), statements_(*own_statements_), db_(db) {}

ResponseStore::ResponseStore(store::StatementCache& statements) : statements_(statements), db_(statements.db()) {}

Link ResponseStore::resolve(const std::string& token, Answers* draft) {
  if (!looksLikeToken(token)) return Link{};
  return resolveHash(tokenHash(token), draft);
}

Link ResponseStore::resolveHash(const std::string& token_hash, Answers* draft) {
  Link link;
  link.token_hash = token_hash;
  // With the draft: one row per answer kept (or one with NULLs when none).
  store::Statement& st =
      draft ? statement("SELECT i.used, r.state, r.run_id, r.survey_id, i.team_id, d.question_id, d.value "
                        "FROM survey_invitations i JOIN survey_runs r ON r.run_id = i.run_id "
                        "LEFT JOIN survey_drafts d ON d.token_hash = i.token_hash WHERE i.token_hash = ?")
            : statement("SELECT i.used, r.state, r.run_id, r.survey_id, i.team_id FROM survey_invitations i "
                        "JOIN survey_runs r ON r.run_id = i.run_id WHERE i.token_hash = ?");
  st.bindText(0, link.token_hash);
  while (st.step()) {
    link.state = st.getInt(0) ? LinkState::kUsed : st.getTextView(1) == "open" ? LinkState::kOpen : LinkState::kClosed;
    link.run_id = st.getText(2);
    link.survey_id = st.getText(3);
    link.team_id = st.getText(4);
    if (draft && !st.isNull(5)) (*draft)[st.getText(5)] = st.getText(6);
  }
  return link;
}

LinkState ResponseStore::lookupOpenLink(const std::string& open_token, std::string& run_id, std::string& team_id,
                                         std::string& survey_id) {
  LinkState state = LinkState::kUnknown;
  if (!looksLikeToken(open_token)) return state;
  store::Statement& st = statement(
      "SELECT t.run_id, t.team_id, r.state, r.survey_id FROM survey_run_teams t "
      "JOIN survey_runs r ON r.run_id = t.run_id WHERE t.open_link_hash = ?");
  st.bindText(0, tokenHash(open_token));
  while (st.step()) {
    run_id = st.getText(0);
    team_id = st.getText(1);
    state = st.getTextView(2) == "open" ? LinkState::kOpen : LinkState::kClosed;
    survey_id = st.getText(3);
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
  store::Statement& insert = statement(
      "INSERT INTO survey_invitations (token_hash, run_id, team_id, kind, used) VALUES (?, ?, ?, 'open_link', 0)");
  insert.bindText(0, tokenHash(token));
  insert.bindText(1, run_id);
  insert.bindText(2, team_id);
  insert.execute();
  return token;
}

Link ResponseStore::earlierStart(const std::string& open_token, const std::string& own_token) {
  std::string run_id, team_id, survey_id;
  if (lookupOpenLink(open_token, run_id, team_id, survey_id) == LinkState::kUnknown) return Link{};
  Link own = resolve(own_token);
  if (own.run_id != run_id || own.team_id != team_id) return Link{};
  return own;
}

Answers ResponseStore::draft(const Link& link) {
  store::Statement& st = statement("SELECT question_id, value FROM survey_drafts WHERE token_hash = ?");
  st.bindText(0, link.token_hash);
  Answers out;
  while (st.step()) out[st.getText(0)] = st.getText(1);
  return out;
}

LinkState ResponseStore::saveDraft(const Link& link, const std::vector<std::string>& question_ids,
                                   const Answers& answers) {
  store::Transaction tx(db_);
  // The link as it is now, locked against a concurrent submit or close
  // until this commits (SQLite: the transaction already holds the write
  // lock). A shared lock: saves of different links never wait on it.
  store::Statement& now = statement(
      db_.dialect() == store::Dialect::kMysql
          ? "SELECT i.used, r.state FROM survey_invitations i JOIN survey_runs r ON r.run_id = i.run_id "
            "WHERE i.token_hash = ? LOCK IN SHARE MODE"
          : "SELECT i.used, r.state FROM survey_invitations i JOIN survey_runs r ON r.run_id = i.run_id "
            "WHERE i.token_hash = ?");
  now.bindText(0, link.token_hash);
  LinkState state = LinkState::kUnknown;
  while (now.step())
    state = now.getInt(0) ? LinkState::kUsed : now.getTextView(1) == "open" ? LinkState::kOpen : LinkState::kClosed;
  if (state != LinkState::kOpen) return state;  // rolls back: nothing saved

  std::vector<const std::string*> cleared;
  std::vector<std::pair<const std::string*, const std::string*>> given;
  for (const auto& id : question_ids) {
    auto it = answers.find(id);
    if (it == answers.end() || it->second.empty()) cleared.push_back(&id);
    else given.emplace_back(&id, &it->second);
  }
  if (!given.empty()) {
    store::Statement& upsert = statement(store::upsertSql(db_.dialect(), "survey_drafts",
                                                          {"token_hash", "question_id", "value"},
                                                          {"token_hash", "question_id"}, given.size()));
    int p = 0;
    for (const auto& [id, value] : given) {
      upsert.bindText(p++, link.token_hash);
      upsert.bindText(p++, *id);
      upsert.bindText(p++, *value);
    }
    upsert.execute();
  }
  if (!cleared.empty()) {
    // Only rows that exist are deleted: deleting absent rows would take
    // InnoDB gap locks, on which concurrent first-time saves of other links
    // deadlock.
    const Answers before = draft(link);
    store::Statement& remove = statement("DELETE FROM survey_drafts WHERE token_hash = ? AND question_id = ?");
    remove.bindText(0, link.token_hash);
    for (const std::string* id : cleared) {
      if (!before.count(*id)) continue;
      remove.bindText(1, *id);
      remove.execute();
    }
  }
  tx.commit();
  return LinkState::kOpen;
}

SubmitOutcome ResponseStore::submit(const Link& link, const SurveyDefinition& survey) {
  store::Transaction tx(db_);
  // The write comes first so that the transaction holds the write lock
  // from its first statement (SQLite cannot upgrade a reader safely).
  store::Statement& claim = statement(
      "UPDATE survey_invitations SET used = 1 WHERE token_hash = ? AND used = 0 AND run_id IN "
      "(SELECT run_id FROM survey_runs WHERE state = 'open')");
  claim.bindText(0, link.token_hash);
  if (claim.execute() != 1) {
    const Link now = resolveHash(link.token_hash, nullptr);
    return now.state == LinkState::kUsed ? SubmitOutcome::kUsed
           : now.state == LinkState::kClosed ? SubmitOutcome::kClosed
                                             : SubmitOutcome::kUnknown;
  }
  const Answers answers = draft(link);
  if (!unanswered(survey, answers).empty()) return SubmitOutcome::kIncomplete;  // rolls back the claim
  // An emailed link: its invitation is marked used, so no reminder follows
  // (no time is recorded).
  static const std::string mark_used = emailInvitationQuery("mark_used");
  store::Statement& used = statement(mark_used);
  used.bindText(0, link.token_hash);
  used.execute();

  const std::string response_id = newToken();
  store::Statement& response =
      statement("INSERT INTO survey_responses (response_id, run_id, team_id) VALUES (?, ?, ?)");
  response.bindText(0, response_id);
  response.bindText(1, link.run_id);
  response.bindText(2, link.team_id);
  response.execute();
  store::countSubmission(db_);  // the figures now rest on one more response

  std::vector<std::pair<const Question*, const std::string*>> scale, text;
  for (const auto& s : survey.sections)
    for (const Question& q : s.questions) {
      auto it = answers.find(q.id);
      if (it == answers.end() || it->second.empty()) continue;
      if (q.kind == Question::Kind::kScale && !isScaleAnswer(it->second)) continue;  // prefer not to say
      (q.kind == Question::Kind::kScale ? scale : text).emplace_back(&q, &it->second);
    }
  // All the answers in one statement: one round trip on MySQL.
  int p = 0;
  if (!scale.empty()) {
    store::Statement& answer =
        statement(multiRowInsert("survey_answers", {"response_id", "question_id", "value"}, scale.size()));
    for (const auto& [q, value] : scale) {
      answer.bindText(p++, response_id);
      answer.bindText(p++, q->id);
      answer.bindInt(p++, (*value)[0] - '0');
    }
    answer.execute();
  }
  if (!text.empty()) {
    store::Statement& comment = statement(
        multiRowInsert("survey_comments", {"comment_id", "run_id", "team_id", "question_id", "body"}, text.size()));
    p = 0;
    for (const auto& [q, value] : text) {
      comment.bindText(p++, newToken());  // its own id: not joinable to the answers
      comment.bindText(p++, link.run_id);
      comment.bindText(p++, link.team_id);
      comment.bindText(p++, q->id);
      comment.bindText(p++, cleanAnswer(*value));
    }
    comment.execute();
  }
  store::Statement& clear = statement("DELETE FROM survey_drafts WHERE token_hash = ?");
  clear.bindText(0, link.token_hash);
  clear.execute();
  tx.commit();
  // The draft's earlier copies in SQLite's write-ahead log tie the answers
  // to the link's hash: checkpoint and truncate it (a reader holding it
  // open leaves it to a retry in the background, never this request).
  db_.eraseDeletedRows();
  return SubmitOutcome::kStored;
}

}  // namespace hc::surveys
