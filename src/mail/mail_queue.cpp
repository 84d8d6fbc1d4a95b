#include "mail/mail_queue.h"

#include "store/sql_text.h"

namespace hc::mail {
namespace {

std::string query(std::string_view name) {
  return store::internal::sqlSection(store::internal::sqlFile("queries/mail_queue.sql"), name);
}

QueuedMail readRow(store::Statement& st) {
  QueuedMail m;
  m.id = st.getInt(0);
  m.kind = st.getText(1);
  m.ref = st.getText(2);
  m.recipient = st.getText(3);
  m.subject = st.getText(4);
  if (!st.isNull(5)) m.body = st.getBlob(5);
  m.status = st.getText(6);
  m.attempts = static_cast<int>(st.getInt(7));
  m.next_attempt_at = st.getInt(8);
  m.last_error = st.getText(9);
  m.queued_by = st.getText(10);
  m.queued_at = st.getInt(11);
  if (!st.isNull(12)) m.sent_at = st.getInt(12);
  m.message_id = st.getText(13);
  return m;
}

}  // namespace

int64_t MailQueue::enqueue(const NewMail& mail, const std::string& queued_by, int64_t now) {
  auto st = db_.prepare(query("insert"));
  st->bindText(0, mail.kind);
  st->bindText(1, mail.ref);
  st->bindText(2, mail.recipient);
  st->bindText(3, mail.subject);
  if (mail.body) st->bindBlob(4, *mail.body); else st->bindNull(4);
  st->bindInt(5, now);
  st->bindText(6, queued_by);
  st->bindInt(7, now);
  st->execute();
  auto last = db_.prepare(query(db_.dialect() == store::Dialect::kSqlite ? "last_id_sqlite" : "last_id_mysql"));
  last->step();
  return last->getInt(0);
}

std::optional<QueuedMail> MailQueue::claimDue(int64_t now) {
  auto next = db_.prepare(query("next_due"));
  next->bindInt(0, now);
  if (!next->step()) return std::nullopt;
  return claim(next->getInt(0));
}

std::vector<int64_t> MailQueue::dueIds(int64_t now) {
  auto st = db_.prepare(query("due_ids"));
  st->bindInt(0, now);
  std::vector<int64_t> ids;
  while (st->step()) ids.push_back(st->getInt(0));
  return ids;
}

std::optional<QueuedMail> MailQueue::claim(int64_t id) {
  auto st = db_.prepare(query("claim"));
  st->bindInt(0, id);
  if (st->execute() != 1) return std::nullopt;  // another sender's now
  return find(id);
}

void MailQueue::markSent(int64_t id, int64_t now, const std::string& message_id) {
  auto st = db_.prepare(query("sent"));
  st->bindInt(0, now);
  st->bindText(1, message_id);
  st->bindInt(2, id);
  st->execute();
}

void MailQueue::markRetry(int64_t id, int64_t next_attempt_at, const std::string& error) {
  auto st = db_.prepare(query("retry"));
  st->bindInt(0, next_attempt_at);
  st->bindText(1, error);
  st->bindInt(2, id);
  st->execute();
}

void MailQueue::markGivenUp(int64_t id, bool refused, const std::string& error) {
  auto st = db_.prepare(query("give_up"));
  st->bindText(0, refused ? "refused" : "failed");
  st->bindText(1, error);
  st->bindInt(2, id);
  st->execute();
}

int64_t MailQueue::interruptSending() {
  auto st = db_.prepare(query("interrupt"));
  st->bindText(0, "the server stopped while handing it to the relay: it may have arrived");
  return st->execute();
}

bool MailQueue::sendAgain(int64_t id, int64_t now) {
  auto st = db_.prepare(query("send_again"));
  st->bindInt(0, now);
  st->bindInt(1, id);
  return st->execute() == 1;
}

std::optional<QueuedMail> MailQueue::find(int64_t id) {
  auto st = db_.prepare(query("select_one"));
  st->bindInt(0, id);
  if (!st->step()) return std::nullopt;
  return readRow(*st);
}

std::vector<QueuedMail> MailQueue::list(const std::string& status, const std::string& kind, int limit) {
  auto st = db_.prepare(query("list"));
  st->bindText(0, status);
  st->bindText(1, status);
  st->bindText(2, kind);
  st->bindText(3, kind);
  st->bindInt(4, limit);
  std::vector<QueuedMail> out;
  while (st->step()) out.push_back(readRow(*st));
  return out;
}

std::map<std::string, int64_t> MailQueue::countsByStatus() {
  auto st = db_.prepare(query("counts"));
  std::map<std::string, int64_t> out;
  while (st->step()) out[st->getText(0)] = st->getInt(1);
  return out;
}

int64_t MailQueue::removeAbout(const std::string& kind, const std::string& ref) {
  auto st = db_.prepare(query("delete_kind_ref"));
  st->bindText(0, kind);
  st->bindText(1, ref);
  return st->execute();
}

}  // namespace hc::mail
