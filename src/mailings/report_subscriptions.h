// ReportSubscriptions: who receives the members' report by email, the
// schedule it goes on, and each sending, in the tables of
// sql/sqlite/0022_report_mail.sql.
//
// A subscription is one address (an elected member's, as the council's
// democratic services give it) or one role: accounts have no email column,
// so a role reaches every enabled account of that role whose username is
// an email address (accounts named "jsmith" are left out, and recipients()
// says how many).
//
//   ReportSubscriptions subs(db);
//   subs.addAddress("cllr.jones@northshire.gov.uk", "admin", now);
//   subs.addRole(access::Role::kMember, "admin", now);
//   Recipients r = subs.recipients();   // addresses and role accounts, each once
//
// Thread-safety: as the Database it is given (one thread at a time).
#ifndef HC_MAILINGS_REPORT_SUBSCRIPTIONS_H_
#define HC_MAILINGS_REPORT_SUBSCRIPTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/user.h"
#include "store/database.h"

namespace hc::mailings {

struct ReportSubscription {
  int64_t id = 0;
  std::string address;  // "" for a role
  std::string role;     // "" for an address; "member", "director"...
  std::string added_by;
  int64_t added_at = 0;
};

// When the report goes on its own.
enum class ReportScheduleMode {
  kReady,  // when a new quarter's figures are imported (the default)
  kDay,    // on a chosen day of the month after each quarter ends
  kOff,    // only when an admin sends it
};
const char* scheduleModeName(ReportScheduleMode mode);  // "ready", "day", "off"
std::optional<ReportScheduleMode> parseScheduleMode(const std::string& name);

struct ReportSchedule {
  ReportScheduleMode mode = ReportScheduleMode::kReady;
  int day_of_month = 1;  // 1..28, for kDay
  // The latest complete quarter the schedule has seen; nullopt before it
  // first looked (it then only notes the quarter: a report is sent when a
  // newer one arrives, or by an admin).
  std::optional<std::string> seen_period;
};
// "When a new quarter's figures are imported", "On day 5 of the month after
// each quarter ends", "Only when an administrator sends it".
std::string describeSchedule(const ReportSchedule& schedule);

struct ReportSending {
  int64_t id = 0;
  std::string period;  // "2026-Q3"
  std::string reason;  // ready, day, now
  int64_t queued_at = 0;
  int recipients = 0;
  std::string created_by;
};

struct Recipients {
  std::vector<std::string> addresses;  // each once, lower case, sorted
  int accounts_without_address = 0;    // of subscribed roles, named otherwise
};

class ReportSubscriptions {
 public:
  explicit ReportSubscriptions(store::Database& db) : db_(db) {}

  // False when it was there already. The address must be plausible
  // (mail::plausibleAddress) and is kept in lower case.
  bool addAddress(const std::string& address, const std::string& actor, int64_t now);
  bool addRole(access::Role role, const std::string& actor, int64_t now);
  bool removeAddress(const std::string& address);
  bool removeRole(access::Role role);
  std::vector<ReportSubscription> list();
  // Who a sending queued now would reach.
  Recipients recipients();

  ReportSchedule schedule();
  void setSchedule(ReportScheduleMode mode, int day_of_month, const std::string& actor, int64_t now);
  void setSeenPeriod(const std::string& period);

  int64_t addSending(const ReportSending& sending);
  std::optional<ReportSending> sending(int64_t id);
  std::vector<ReportSending> sendings(int limit);
  // True when the schedule has already sent `period` (ready or day).
  bool sentAutomatically(const std::string& period);
  // The sending's messages by status ("sent" -> 12, "queued" -> 3).
  std::vector<std::pair<std::string, int64_t>> outcomes(int64_t sending_id);

 private:
  store::Database& db_;
};

// "Cllr.Jones@Northshire.gov.uk " -> "cllr.jones@northshire.gov.uk".
std::string normalAddress(const std::string& address);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_REPORT_SUBSCRIPTIONS_H_
