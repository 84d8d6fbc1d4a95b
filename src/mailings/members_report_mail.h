// The members' report by email: the latest complete quarter's members'
// report sent as a PDF attachment, with a short covering message, to
// everyone subscribed (report_subscriptions.h), when the quarter's figures
// arrive, on a chosen day, or when an admin says "send now".
//
// A sending is one report_sendings row and one queued message per
// recipient (kind "members-report", ref the sending's id), with no stored
// body: the writer prints the report when the first of them is sent, so
// the PDF holds the figures as they are at that moment, and keeps the PDF
// in memory for that sending's other messages, so that 30 members do not
// start Chromium 30 times. The PDF is never stored in the database; it is
// dropped once none of the sending's messages is waiting (a server
// restart prints it once more).
//
// The report is always the published view (the small-numbers rule
// applied, membersReportHtml refuses anything else): what a member sees
// signed in, so nothing suppressed travels by email.
//
// The schedule (MailSenderOptions::schedules): "ready" sends a quarter
// when it becomes the latest complete quarter (its records imported);
// "day" sends the latest complete quarter on or after the chosen day of
// the month after it ends; "off" never. Either way a period is sent by the
// schedule at most once. The first look only notes the latest quarter, so
// subscribing does not mail out a quarter members already had.
//
// Thread-safety: queueMembersReport and runMembersReportSchedule use the
// caller's Database on the caller's thread; the writer's PDF cache is
// guarded by a mutex.
#ifndef HC_MAILINGS_MEMBERS_REPORT_MAIL_H_
#define HC_MAILINGS_MEMBERS_REPORT_MAIL_H_

#include <cstdint>
#include <optional>
#include <string>

#include "mail/mail_sender.h"
#include "metrics/period.h"
#include "store/database.h"

namespace hc::mailings {

// The mail queue's kind of these messages.
constexpr const char* kMembersReportKind = "members-report";
// The path of the members' report on the site, for the message's link.
constexpr const char* kMembersReportPath = "/report/members";
// Who queued what the schedule queued (audit rows, the queue's queued_by).
constexpr const char* kScheduleActor = "schedule";

struct QueuedSending {
  int64_t sending_id = 0;
  std::string period;
  int recipients = 0;
  int accounts_without_address = 0;
};

struct SendingOutcome {
  std::optional<QueuedSending> queued;
  std::string problem;  // when nothing was queued: "No one is subscribed..."
};

// Queues the members' report of `period` (nullopt: the latest complete
// quarter) to every subscriber, in one transaction with its audit row;
// `reason` is "now", "ready" or "day".
SendingOutcome queueMembersReport(store::Database& db, const std::optional<metrics::Period>& period,
                                  const std::string& reason, const std::string& actor, int64_t now);

// The latest complete quarter, or why there is none.
std::optional<metrics::Period> latestCompleteQuarter(store::Database& db, std::string* problem);

// One look of the schedule at `now`: queues a sending when one is due and
// returns it (nullopt: nothing due). Throws DatabaseError.
std::optional<QueuedSending> runMembersReportSchedule(store::Database& db, int64_t now);

struct MembersReportMailOptions {
  std::string db_url;
  std::string base_url;  // "" : the message says to sign in, without a link
  std::string chromium;  // "" : found on the PATH
  int min_group_size = 5;
};

// Adds the writer and the schedule to the sender.
void addMembersReportMail(mail::MailSenderOptions& sender, const MembersReportMailOptions& options);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_MEMBERS_REPORT_MAIL_H_
