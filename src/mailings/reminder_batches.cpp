#include "mailings/reminder_batches.h"

#include <ctime>

#include "mail/mail_queue.h"
#include "mailings/survey_invitation_mail.h"
#include "surveys/email_invitations.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"

namespace hc::mailings {
namespace {

std::unique_ptr<store::Statement> prepare(store::Database& db, const std::string& name) {
  return db.prepare(surveys::emailInvitationQuery(name));
}

struct DueBatch {
  int64_t id = 0;
  std::string run_id, fingerprint;
  std::optional<int64_t> checked_at;
};

std::string fingerprintOf(store::Database& db, const std::string& run_id) {
  auto st = prepare(db, "unused_ids");
  st->bindText(0, run_id);
  std::string ids;
  while (st->step()) ids += std::to_string(st->getInt(0)) + ",";
  return surveys::tokenHash(ids);
}

bool messageWaiting(store::Database& db, int64_t invitation_id) {
  auto st = prepare(db, "message_pending");
  st->bindText(0, std::to_string(invitation_id));
  return st->step() && st->getInt(0) > 0;
}

// Queues the batch's reminders and marks it sent, in one transaction.
int64_t sendBatch(store::Database& db, const DueBatch& batch, int max_reminders, int64_t now) {
  store::Transaction tx(db);
  const surveys::SurveyRun run = surveys::SurveyRuns(db).get(batch.run_id);
  std::vector<std::pair<int64_t, std::string>> due;
  {
    auto st = prepare(db, "to_remind");
    st->bindText(0, batch.run_id);
    st->bindInt(1, max_reminders);
    while (st->step()) due.emplace_back(st->getInt(0), st->getText(1));
  }
  mail::MailQueue queue(db);
  auto counted = prepare(db, "count_reminder");
  const std::string subject = reminderSubject(run.title + " " + run.period_label);
  int64_t queued = 0;
  for (const auto& [id, address] : due) {
    if (messageWaiting(db, id)) continue;  // its invitation or an earlier reminder is still to go
    queue.enqueue({surveys::kReminderMailKind, std::to_string(id), address, subject, std::nullopt}, "reminder batch",
                  now);
    counted->bindInt(0, id);
    counted->execute();
    ++queued;
  }
  auto done = prepare(db, "batch_sent");
  done->bindInt(0, queued);
  done->bindInt(1, batch.id);
  done->execute();
  tx.commit();
  return queued;
}

}  // namespace

int64_t scheduleReminders(store::Database& db, const std::string& run_id, int64_t due_at,
                          const std::string& created_by) {
  store::Transaction tx(db);
  const surveys::SurveyRun run = surveys::SurveyRuns(db).get(run_id);
  if (!run.open) throw surveys::SurveyRunError("survey run '" + run_id + "' is closed");
  auto st = prepare(db, "insert_batch");
  st->bindText(0, run_id);
  st->bindInt(1, due_at);
  st->bindText(2, created_by);
  st->execute();
  auto last = prepare(db, db.dialect() == store::Dialect::kSqlite ? "last_id_sqlite" : "last_id_mysql");
  last->step();
  const int64_t id = last->getInt(0);
  tx.commit();
  return id;
}

std::vector<ReminderBatch> reminderBatches(store::Database& db, const std::string& run_id) {
  auto st = prepare(db, "batches_of_run");
  st->bindText(0, run_id);
  std::vector<ReminderBatch> out;
  while (st->step())
    out.push_back({st->getInt(0), st->getText(1), st->getInt(2), st->getText(3), st->getInt(6), st->getText(7)});
  return out;
}

int64_t runDueReminderBatches(store::Database& db, int64_t now, int max_reminders, std::chrono::seconds quiet) {
  std::vector<DueBatch> due;
  {
    auto st = prepare(db, "batches_due");
    st->bindInt(0, now);
    while (st->step())
      due.push_back({st->getInt(0), st->getText(1), st->getText(4),
                     st->isNull(5) ? std::nullopt : std::optional<int64_t>(st->getInt(5))});
  }
  int64_t queued = 0;
  for (const DueBatch& batch : due) {
    const std::string now_fingerprint = fingerprintOf(db, batch.run_id);
    if (batch.checked_at && now_fingerprint == batch.fingerprint) {
      if (now - *batch.checked_at >= quiet.count()) queued += sendBatch(db, batch, max_reminders, now);
      continue;
    }
    // A first look, or a change since the last: the window starts now.
    auto st = prepare(db, "batch_checked");
    st->bindText(0, now_fingerprint);
    st->bindInt(1, now);
    st->bindInt(2, batch.id);
    st->execute();
  }
  return queued;
}

std::optional<int64_t> parseLocalTime(const std::string& text) {
  // YYYY-MM-DD HH:MM exactly.
  if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  std::tm tm{};
  tm.tm_year = std::stoi(text.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(text.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(text.substr(8, 2));
  tm.tm_hour = std::stoi(text.substr(11, 2));
  tm.tm_min = std::stoi(text.substr(14, 2));
  tm.tm_isdst = -1;
  if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_hour > 23 || tm.tm_min > 59) return std::nullopt;
  const std::tm asked = tm;
  const std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1) || tm.tm_mday != asked.tm_mday || tm.tm_mon != asked.tm_mon)
    return std::nullopt;  // 2026-02-30 and the like
  return static_cast<int64_t>(t);
}

std::string localTimeText(int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  localtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &tm);
  return out;
}

}  // namespace hc::mailings
