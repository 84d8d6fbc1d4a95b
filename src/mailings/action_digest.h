// The weekly action digest: actions that chase themselves. Once a week, at
// a configured day and time in the server's local time (digest-day,
// digest-time; Monday 08:00 by default), each owner address given on an
// open action is sent one message listing that owner's actions due in the
// next 14 days and those overdue; and the director is sent a copy of every
// overdue action (to `director_address` when mail-director is set, else to
// every enabled director account whose username is an email address: the
// accounts have no email column of their own).
//
// Queuing a week's digest records the week in action_digests (sql/*/
// 0023_action_digests.sql) in the same transaction as its messages, so a
// week is never sent twice, whether by the schedule or by "send now". The
// queue rows (kind "action-digest", ref "<week> owner" or "<week>
// director") hold the recipient only: the message is written when sent
// (action_digest_mail.h), from the actions as they are then.
//
//   DigestOptions o;                     // schedule, director_address
//   DigestQueued q = queueDigest(db, o, nowSeconds(), "admin");
//   if (!q.ok()) ...;                    // q.refused: already queued this week
//
// Thread-safety: functions of the caller's Database; no state of their own.
#ifndef HC_MAILINGS_ACTION_DIGEST_H_
#define HC_MAILINGS_ACTION_DIGEST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "store/database.h"

namespace hc::mailings {

inline constexpr const char* kDigestKind = "action-digest";
inline constexpr int kDueSoonDays = 14;

// When the week's digest goes: weekday 0 = Monday ... 6 = Sunday (as
// Date::weekday), minute of the day 0..1439, in the server's local time.
struct DigestSchedule {
  int weekday = 0;
  int minute_of_day = 8 * 60;
};

// "monday" .. "sunday" (any case) -> 0 .. 6; "08:00" (HH:MM, 24 hours) -> 480.
std::optional<int> parseWeekday(std::string_view text);
std::optional<int> parseTimeOfDay(std::string_view text);
// "Monday 08:00"
std::string describe(const DigestSchedule& schedule);

struct DigestOptions {
  DigestSchedule schedule;
  std::string director_address;  // mail-director; empty: the directors whose username is an address
};

// The local date and the ISO week ("2026-W50") of `now` (Unix seconds).
Date localDate(int64_t now);
std::string weekOf(Date local_date);
// Whether this week's scheduled moment has come at `now` (local time).
bool digestDue(const DigestSchedule& schedule, int64_t now);

// The addresses the director's copy goes to, as `options` says.
std::vector<std::string> directorAddresses(store::Database& db, const DigestOptions& options);

// Open actions (planned or in progress), by owner address: those due by
// today + 14 days, overdue ones included. Owners with no address are left
// out. What a digest to `owner` lists, and who is sent one.
struct OwnerActions {
  std::string owner_email;
  int overdue = 0, due_soon = 0;
};
std::vector<OwnerActions> ownersToChase(store::Database& db, Date today);
int overdueCount(store::Database& db, Date today);

struct DigestQueued {
  std::string week;
  int owners = 0;           // messages queued to owners
  int director_copies = 0;  // messages queued to the director
  std::string refused;      // why nothing was queued ("already queued ..."); empty when done
  bool ok() const { return refused.empty(); }
};

// Queues the digest of the week of `now` unless that week's was queued
// already; records the week with its counts and audits it (action-digest:
// the week and the counts, never an address), in one transaction. `actor`
// is "schedule", an admin's account or "cli:<login>".
DigestQueued queueDigest(store::Database& db, const DigestOptions& options, int64_t now, const std::string& actor);

// The schedule's job (mail::MailSenderOptions::schedules): queues the
// week's digest once its moment has come, if it has not been queued.
// Quick when nothing is due (one small read); logs, never throws, for a
// failure. Returns the week queued, or nullopt.
std::optional<DigestQueued> runDigestSchedule(store::Database& db, const DigestOptions& options, int64_t now);

struct DigestRecord {
  std::string week;
  int64_t queued_at = 0;
  std::string queued_by;
  int owners = 0, director_copies = 0;
};
std::optional<DigestRecord> digestOfWeek(store::Database& db, const std::string& week);
std::vector<DigestRecord> recentDigests(store::Database& db, int limit);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_ACTION_DIGEST_H_
