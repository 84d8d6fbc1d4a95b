#include "mailings/report_subscriptions.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "access/user_store.h"
#include "mail/mail_settings.h"
#include "store/sql_text.h"

namespace hc::mailings {
namespace {

std::string query(std::string_view name) {
  return store::internal::sqlSection(store::internal::sqlFile("queries/report_mail.sql"), name);
}

int64_t countOf(store::Database& db, const char* name, const std::string& value) {
  auto st = db.prepare(query(name));
  st->bindText(0, value);
  st->step();
  return st->getInt(0);
}

bool removeWhere(store::Database& db, const char* name, const std::string& value) {
  auto st = db.prepare(query(name));
  st->bindText(0, value);
  return st->execute() > 0;
}

ReportSending readSending(store::Statement& st) {
  return {st.getInt(0), st.getText(1), st.getText(2), st.getInt(3), static_cast<int>(st.getInt(4)), st.getText(5)};
}

}  // namespace

const char* scheduleModeName(ReportScheduleMode mode) {
  switch (mode) {
    case ReportScheduleMode::kReady: return "ready";
    case ReportScheduleMode::kDay: return "day";
    case ReportScheduleMode::kOff: return "off";
  }
  return "ready";
}

std::optional<ReportScheduleMode> parseScheduleMode(const std::string& name) {
  for (ReportScheduleMode m : {ReportScheduleMode::kReady, ReportScheduleMode::kDay, ReportScheduleMode::kOff})
    if (name == scheduleModeName(m)) return m;
  return std::nullopt;
}

std::string describeSchedule(const ReportSchedule& schedule) {
  switch (schedule.mode) {
    case ReportScheduleMode::kReady: return "When a new quarter's figures are imported";
    case ReportScheduleMode::kDay:
      return "On day " + std::to_string(schedule.day_of_month) + " of the month after each quarter ends";
    case ReportScheduleMode::kOff: return "Only when an administrator sends it";
  }
  return "";
}

std::string normalAddress(const std::string& address) {
  const size_t a = address.find_first_not_of(" \t\r\n"), b = address.find_last_not_of(" \t\r\n");
  std::string s = a == std::string::npos ? "" : address.substr(a, b - a + 1);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool ReportSubscriptions::addAddress(const std::string& address, const std::string& actor, int64_t now) {
  const std::string a = normalAddress(address);
  if (!mail::plausibleAddress(a)) throw std::invalid_argument("not an email address: '" + address + "'");
  if (countOf(db_, "has_address", a) > 0) return false;
  auto st = db_.prepare(query("insert_address"));
  st->bindText(0, a);
  st->bindText(1, actor);
  st->bindInt(2, now);
  st->execute();
  return true;
}

bool ReportSubscriptions::addRole(access::Role role, const std::string& actor, int64_t now) {
  const std::string name = access::roleName(role);
  if (countOf(db_, "has_role", name) > 0) return false;
  auto st = db_.prepare(query("insert_role"));
  st->bindText(0, name);
  st->bindText(1, actor);
  st->bindInt(2, now);
  st->execute();
  return true;
}

bool ReportSubscriptions::removeAddress(const std::string& address) {
  return removeWhere(db_, "delete_address", normalAddress(address));
}

bool ReportSubscriptions::removeRole(access::Role role) { return removeWhere(db_, "delete_role", access::roleName(role)); }

std::vector<ReportSubscription> ReportSubscriptions::list() {
  auto st = db_.prepare(query("list"));
  std::vector<ReportSubscription> out;
  while (st->step())
    out.push_back({st->getInt(0), st->isNull(1) ? "" : st->getText(1), st->isNull(2) ? "" : st->getText(2),
                   st->getText(3), st->getInt(4)});
  return out;
}

Recipients ReportSubscriptions::recipients() {
  std::set<std::string> addresses, roles;
  for (const ReportSubscription& s : list()) {
    if (!s.address.empty()) addresses.insert(s.address);
    if (!s.role.empty()) roles.insert(s.role);
  }
  Recipients r;
  if (!roles.empty()) {
    for (const access::Credentials& c : access::UserStore(db_).accounts()) {
      if (c.disabled || !roles.count(access::roleName(c.user.role))) continue;
      const std::string a = normalAddress(c.user.username);
      if (mail::plausibleAddress(a))
        addresses.insert(a);
      else
        ++r.accounts_without_address;
    }
  }
  r.addresses.assign(addresses.begin(), addresses.end());
  return r;
}

ReportSchedule ReportSubscriptions::schedule() {
  auto st = db_.prepare(query("schedule"));
  ReportSchedule s;
  if (!st->step()) return s;
  s.mode = parseScheduleMode(st->getText(0)).value_or(ReportScheduleMode::kReady);
  s.day_of_month = static_cast<int>(st->getInt(1));
  if (!st->isNull(2)) s.seen_period = st->getText(2);
  return s;
}

void ReportSubscriptions::setSchedule(ReportScheduleMode mode, int day_of_month, const std::string& actor,
                                      int64_t now) {
  if (day_of_month < 1 || day_of_month > 28) throw std::invalid_argument("the day must be 1 to 28");
  auto update = db_.prepare(query("update_schedule"));
  update->bindText(0, scheduleModeName(mode));
  update->bindInt(1, day_of_month);
  update->bindText(2, actor);
  update->bindInt(3, now);
  if (update->execute() > 0) return;
  // MySQL counts only changed rows: an unchanged schedule is a row too.
  auto st = db_.prepare(query("schedule"));
  if (st->step()) return;
  auto insert = db_.prepare(query("insert_schedule"));
  insert->bindText(0, scheduleModeName(mode));
  insert->bindInt(1, day_of_month);
  insert->bindNull(2);
  insert->bindText(3, actor);
  insert->bindInt(4, now);
  insert->execute();
}

void ReportSubscriptions::setSeenPeriod(const std::string& period) {
  auto st = db_.prepare(query("schedule"));
  if (!st->step()) {
    auto insert = db_.prepare(query("insert_schedule"));
    insert->bindText(0, scheduleModeName(ReportScheduleMode::kReady));
    insert->bindInt(1, 1);
    insert->bindText(2, period);
    insert->bindText(3, "schedule");
    insert->bindInt(4, 0);
    insert->execute();
    return;
  }
  auto update = db_.prepare(query("update_seen"));
  update->bindText(0, period);
  update->execute();
}

int64_t ReportSubscriptions::addSending(const ReportSending& s) {
  auto st = db_.prepare(query("insert_sending"));
  st->bindText(0, s.period);
  st->bindText(1, s.reason);
  st->bindInt(2, s.queued_at);
  st->bindInt(3, s.recipients);
  st->bindText(4, s.created_by);
  st->execute();
  auto last = db_.prepare(query(db_.dialect() == store::Dialect::kSqlite ? "last_id_sqlite" : "last_id_mysql"));
  last->step();
  return last->getInt(0);
}

std::optional<ReportSending> ReportSubscriptions::sending(int64_t id) {
  auto st = db_.prepare(query("sending"));
  st->bindInt(0, id);
  if (!st->step()) return std::nullopt;
  return readSending(*st);
}

std::vector<ReportSending> ReportSubscriptions::sendings(int limit) {
  auto st = db_.prepare(query("sendings"));
  st->bindInt(0, limit);
  std::vector<ReportSending> out;
  while (st->step()) out.push_back(readSending(*st));
  return out;
}

bool ReportSubscriptions::sentAutomatically(const std::string& period) {
  return countOf(db_, "automatic_sendings_of", period) > 0;
}

std::vector<std::pair<std::string, int64_t>> ReportSubscriptions::outcomes(int64_t sending_id) {
  auto st = db_.prepare(query("sending_outcomes"));
  st->bindText(0, std::to_string(sending_id));
  std::vector<std::pair<std::string, int64_t>> out;
  while (st->step()) out.emplace_back(st->getText(0), st->getInt(1));
  return out;
}

}  // namespace hc::mailings
