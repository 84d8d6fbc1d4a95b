#include "surveys/email_invitations.h"

#include "store/sql_text.h"
#include "surveys/tokens.h"

namespace hc::surveys {

std::string emailInvitationQuery(const std::string& name) {
  return store::internal::sqlSection(store::internal::sqlFile("queries/email_invitations.sql"), name);
}

namespace {

std::unique_ptr<store::Statement> prepare(store::Database& db, const std::string& name) {
  return db.prepare(emailInvitationQuery(name));
}

}  // namespace

std::optional<int64_t> EmailInvitations::add(const std::string& run_id, const std::string& team_id,
                                             const std::string& address) {
  auto exists = prepare(db_, "exists");
  exists->bindText(0, run_id);
  exists->bindText(1, address);
  if (exists->step()) return std::nullopt;
  auto insert = prepare(db_, "insert");
  insert->bindText(0, run_id);
  insert->bindText(1, team_id);
  insert->bindText(2, address);
  insert->execute();
  auto last = prepare(db_, db_.dialect() == store::Dialect::kSqlite ? "last_id_sqlite" : "last_id_mysql");
  last->step();
  return last->getInt(0);
}

std::optional<EmailInvitation> EmailInvitations::find(int64_t id) {
  auto st = prepare(db_, "select_one");
  st->bindInt(0, id);
  if (!st->step()) return std::nullopt;
  EmailInvitation i;
  i.id = st->getInt(0);
  i.run_id = st->getText(1);
  i.team_id = st->getText(2);
  i.address = st->getText(3);
  if (!st->isNull(4)) i.token_hash = st->getText(4);
  i.used = st->getInt(5) != 0;
  i.reminders_sent = static_cast<int>(st->getInt(6));
  i.run_open = st->getText(7) == "open";
  return i;
}

LinkIssue EmailInvitations::issueLink(int64_t id, std::string& token) {
  store::Transaction tx(db_);
  const std::optional<EmailInvitation> inv = find(id);
  if (!inv) return LinkIssue::kUnknown;
  if (!inv->run_open) return LinkIssue::kClosed;
  if (inv->used) return LinkIssue::kUsed;
  if (inv->token_hash) {
    // The earlier link, locked in the order a submission takes it (the
    // link first), so that a submission racing this either lands before
    // (used: no new link) or finds the link gone.
    auto used = prepare(db_, db_.dialect() == store::Dialect::kMysql ? "link_used_mysql" : "link_used_sqlite");
    used->bindText(0, *inv->token_hash);
    bool was_used = false;
    while (used->step()) was_used = used->getInt(0) != 0;
    if (was_used) return LinkIssue::kUsed;
  }
  token = newToken();
  const std::string hash = tokenHash(token);
  auto insert = prepare(db_, "insert_link");
  insert->bindText(0, hash);
  insert->bindText(1, inv->run_id);
  insert->bindText(2, inv->team_id);
  insert->execute();
  if (inv->token_hash) {
    // Answers saved on the earlier link follow the person to the new one.
    auto move = prepare(db_, "move_draft");
    move->bindText(0, hash);
    move->bindText(1, *inv->token_hash);
    move->execute();
    auto remove = prepare(db_, "delete_link");
    remove->bindText(0, *inv->token_hash);
    remove->execute();
  }
  auto set = prepare(db_, "set_link");
  set->bindText(0, hash);
  set->bindInt(1, id);
  set->execute();
  tx.commit();
  // The earlier link's hash, deleted, must not linger in SQLite's log.
  if (inv->token_hash) db_.eraseDeletedRows();
  return LinkIssue::kIssued;
}

void EmailInvitations::markUsed(const std::string& token_hash) {
  auto st = prepare(db_, "mark_used");
  st->bindText(0, token_hash);
  st->execute();
}

std::vector<EmailTeamCounts> EmailInvitations::counts(const std::string& run_id) {
  auto st = prepare(db_, "team_counts");
  st->bindText(0, run_id);
  std::vector<EmailTeamCounts> out;
  while (st->step()) out.push_back({st->getText(0), st->getInt(1), st->getInt(2), st->getInt(3)});
  return out;
}

int64_t EmailInvitations::countOfRun(const std::string& run_id) {
  auto st = prepare(db_, "count_run");
  st->bindText(0, run_id);
  return st->step() ? st->getInt(0) : 0;
}

int64_t EmailInvitations::eraseRun(const std::string& run_id) {
  std::vector<std::pair<int64_t, std::optional<std::string>>> links;
  {
    auto st = prepare(db_, "run_links");
    st->bindText(0, run_id);
    while (st->step()) links.emplace_back(st->getInt(0), st->isNull(1) ? std::nullopt : std::optional(st->getText(1)));
  }
  auto replace = prepare(db_, "replace_link_hash");
  auto messages = prepare(db_, "delete_messages");
  for (const auto& [id, hash] : links) {
    if (hash) {
      // The row keeps counting in the run's status (issued, used) under a
      // hash of nothing anyone holds.
      replace->bindText(0, tokenHash(newToken()));
      replace->bindText(1, *hash);
      replace->execute();
    }
    messages->bindText(0, std::to_string(id));
    messages->execute();
  }
  for (const char* name : {"delete_invitations", "delete_batches"}) {
    auto st = prepare(db_, name);
    st->bindText(0, run_id);
    st->execute();
  }
  return static_cast<int64_t>(links.size());
}

}  // namespace hc::surveys
