// Reminder batches: reminders to the addresses whose survey links are
// still unused, sent only at times an admin chooses ("Monday 09:00", or
// now) and never within the quiet window (a minute) of a change to which
// links are unused, so that "who was just reminded" or "who just stopped
// being reminded" cannot be paired with "which response just arrived".
//
// A batch due is checked on every run of the mail sender's schedules: the
// first look records a fingerprint of the run's unused invitations (a
// SHA-256 of their ids) and the time; a later look that finds the same
// fingerprint at least `quiet` after it queues one reminder for each
// unused invitation with fewer than `max_reminders` reminders (and no
// message of its own still waiting) and marks the batch sent; a different
// fingerprint starts the window again. Closing the run deletes its batches.
//
//   scheduleReminders(db, "health-check-2026-Q3", dueAt, "admin");
//   runDueReminderBatches(db, nowSeconds(), 2, std::chrono::seconds(60));  // the sender does this
//
// Thread-safety: functions over the Database given, one thread at a time.
#ifndef HC_MAILINGS_REMINDER_BATCHES_H_
#define HC_MAILINGS_REMINDER_BATCHES_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::mailings {

struct ReminderBatch {
  int64_t id = 0;
  std::string run_id;
  int64_t due_at = 0;  // Unix seconds
  std::string state;   // waiting, sent
  int64_t sent_count = 0;
  std::string created_by;
};

// The quiet window's least length: the service never sends reminders
// sooner after a change (tests may set a shorter one: README).
inline constexpr std::chrono::seconds kReminderQuiet{60};

// A batch of the open run, due at `due_at`; its id. Throws
// surveys::SurveyRunError for an unknown or closed run.
int64_t scheduleReminders(store::Database& db, const std::string& run_id, int64_t due_at,
                          const std::string& created_by);

// The run's batches, earliest first.
std::vector<ReminderBatch> reminderBatches(store::Database& db, const std::string& run_id);

// The sender's schedule (see above); returns how many reminders it queued.
int64_t runDueReminderBatches(store::Database& db, int64_t now, int max_reminders, std::chrono::seconds quiet);

// "2026-12-14 09:00" in the server's local time as Unix seconds, or nullopt.
std::optional<int64_t> parseLocalTime(const std::string& text);
// The reverse, for pages and the command line.
std::string localTimeText(int64_t seconds);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_REMINDER_BATCHES_H_
