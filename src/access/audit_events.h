// The audited events other components report, one call each, so that every
// survey change and every export writes the same kind of row (README:
// "what is audited"). Each call is a no-op on a database not yet migrated
// to the audit log's schema (version 4), which is no error of the event.
//
// Example:
//   auditSurveyChange(*db, cliActor(), "close", "staff-2026-Q3");
//   auditSurveyChange(*db, cliActor(), "publish", run_id);   // survey publish
//   auditReportExport(*db, user.username, "dashboard.csv", "2026-Q3 as manager");
//
// Never pass a survey link, its hash or an answer: the log is timestamped.
//
// Thread-safety: as AuditLog, one thread per Database at a time.
#ifndef HC_ACCESS_AUDIT_EVENTS_H_
#define HC_ACCESS_AUDIT_EVENTS_H_

#include <string>

#include "store/database.h"

namespace hc::access {

// A survey run changed: `change` is "open", "invite", "review", "close", "import",
// "publish" or "unpublish"; `run` the run id; `detail` e.g. "20 links for T0001".
void auditSurveyChange(store::Database& db, const std::string& actor, const std::string& change,
                       const std::string& run, const std::string& detail = "");

// Figures left the service: `what` names the output ("members report",
// "workbook", "dashboard.csv"); `detail` says which period and whose view.
void auditReportExport(store::Database& db, const std::string& actor, const std::string& what,
                       const std::string& detail = "");

// The members' report by email (mailings/members_report_mail.h): `change`
// is "send" (subject: the period; detail: how many recipients and why),
// "subscribe" or "unsubscribe" (subject: "addresses" or the role; detail:
// how many), or "schedule" (detail: from what to what). Never an address.
namespace audit_action {
constexpr const char* kReportMail = "report-mail";
}  // namespace audit_action
void auditReportMail(store::Database& db, const std::string& actor, const std::string& change,
                     const std::string& subject, const std::string& detail);

}  // namespace hc::access

#endif  // HC_ACCESS_AUDIT_EVENTS_H_
