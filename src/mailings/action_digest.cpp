#include "mailings/action_digest.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "actions/action_store.h"
#include "mail/mail_queue.h"
#include "mail/mail_settings.h"
#include "store/sql_text.h"

namespace hc::mailings {
namespace {

constexpr const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

std::string query(std::string_view name) {
  return store::internal::sqlSection(store::internal::sqlFile("queries/action_digests.sql"), name);
}

// Local wall-clock time of `now`: the date and the minute of the day.
std::pair<Date, int> localClock(int64_t now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  localtime_r(&t, &tm);
  return {Date::fromCivil(tm.tm_year + 1900, static_cast<unsigned>(tm.tm_mon + 1), static_cast<unsigned>(tm.tm_mday)),
          tm.tm_hour * 60 + tm.tm_min};
}

DigestRecord readRecord(store::Statement& st) {
  return {st.getText(0), st.getInt(1), st.getText(2), static_cast<int>(st.getInt(3)), static_cast<int>(st.getInt(4))};
}

}  // namespace

std::optional<int> parseWeekday(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 7; ++i)
    if (lower == kDays[i]) return i;
  return std::nullopt;
}

std::optional<int> parseTimeOfDay(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0'), minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (hour > 23 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

std::string describe(const DigestSchedule& s) {
  std::string day = kDays[std::clamp(s.weekday, 0, 6)];
  day[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(day[0])));
  const int h = s.minute_of_day / 60, m = s.minute_of_day % 60;
  return day + " " + (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

Date localDate(int64_t now) { return localClock(now).first; }

std::string weekOf(Date d) {
  // ISO 8601: the week belongs to the year of its Thursday.
  const Date thursday = d.plusDays(3 - static_cast<int>(d.weekday()));
  const int year = thursday.year();
  const int week = (thursday - Date::fromCivil(year, 1, 1)) / 7 + 1;
  return std::to_string(year) + "-W" + (week < 10 ? "0" : "") + std::to_string(week);
}

bool digestDue(const DigestSchedule& s, int64_t now) {
  const auto [date, minute] = localClock(now);
  const int weekday = static_cast<int>(date.weekday());
  return weekday > s.weekday || (weekday == s.weekday && minute >= s.minute_of_day);
}

std::vector<std::string> directorAddresses(store::Database& db, const DigestOptions& options) {
  if (!options.director_address.empty()) return {options.director_address};
  std::vector<std::string> out;
  for (const access::Credentials& c : access::UserStore(db).accounts())
    if (c.user.role == access::Role::kDirector && !c.disabled && mail::plausibleAddress(c.user.username))
      out.push_back(c.user.username);
  return out;
}

std::vector<OwnerActions> ownersToChase(store::Database& db, Date today) {
  actions::ActionFilter open;
  open.open_only = true;
  std::map<std::string, OwnerActions> by_owner;
  for (const actions::StoredAction& s : actions::ActionStore(db).list(open)) {
    const Action& a = s.action;
    if (a.owner_email.empty() || a.due > today.plusDays(kDueSoonDays)) continue;
    OwnerActions& o = by_owner[a.owner_email];
    o.owner_email = a.owner_email;
    ++(a.overdue(today) ? o.overdue : o.due_soon);
  }
  std::vector<OwnerActions> out;
  for (auto& [email, o] : by_owner) out.push_back(std::move(o));
  return out;
}

int overdueCount(store::Database& db, Date today) {
  actions::ActionFilter open;
  open.open_only = true;
  int n = 0;
  for (const actions::StoredAction& s : actions::ActionStore(db).list(open)) n += s.action.overdue(today) ? 1 : 0;
  return n;
}

DigestQueued queueDigest(store::Database& db, const DigestOptions& options, int64_t now, const std::string& actor) {
  const Date today = localDate(now);
  DigestQueued q;
  q.week = weekOf(today);
  store::Transaction tx(db);
  if (const auto done = digestOfWeek(db, q.week)) {
    q.refused = "this week's digest (" + q.week + ") was queued already, by " + done->queued_by +
                ": a week's digest goes once";
    return q;
  }
  mail::MailQueue queue(db);
  for (const OwnerActions& o : ownersToChase(db, today)) {
    queue.enqueue({kDigestKind, q.week + " owner", o.owner_email, "Your health check actions this week", std::nullopt},
                  actor, now);
    ++q.owners;
  }
  if (overdueCount(db, today) > 0)
    for (const std::string& to : directorAddresses(db, options)) {
      queue.enqueue({kDigestKind, q.week + " director", to, "Overdue health check actions", std::nullopt}, actor, now);
      ++q.director_copies;
    }
  auto st = db.prepare(query("insert"));
  st->bindText(0, q.week);
  st->bindInt(1, now);
  st->bindText(2, actor);
  st->bindInt(3, q.owners);
  st->bindInt(4, q.director_copies);
  st->execute();  // the week's key: a second server racing for it fails here, and its messages with it
  // Counts only: the log keeps no staff addresses.
  access::AuditLog(db).record(actor, access::audit_action::kActionDigest, q.week,
                              std::to_string(q.owners) + " owner message(s), " + std::to_string(q.director_copies) +
                                  " director copy(ies)");
  tx.commit();
  return q;
}

std::optional<DigestQueued> runDigestSchedule(store::Database& db, const DigestOptions& options, int64_t now) {
  if (!digestDue(options.schedule, now)) return std::nullopt;
  if (digestOfWeek(db, weekOf(localDate(now)))) return std::nullopt;
  DigestQueued q = queueDigest(db, options, now, "schedule");
  if (!q.ok()) return std::nullopt;
  return q;
}

std::optional<DigestRecord> digestOfWeek(store::Database& db, const std::string& week) {
  auto st = db.prepare(query("find"));
  st->bindText(0, week);
  if (!st->step()) return std::nullopt;
  DigestRecord r = readRecord(*st);
  while (st->step()) {
  }
  return r;
}

std::vector<DigestRecord> recentDigests(store::Database& db, int limit) {
  auto st = db.prepare(query("recent"));
  st->bindInt(0, limit);
  std::vector<DigestRecord> out;
  while (st->step()) out.push_back(readRecord(*st));
  return out;
}

}  // namespace hc::mailings
