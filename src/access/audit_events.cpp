#include "access/audit_events.h"

#include "access/audit_log.h"
#include "store/schema.h"

namespace hc::access {
namespace {

void recordIfMigrated(store::Database& db, const std::string& actor, const char* action, const std::string& subject,
                      const std::string& detail) {
  if (store::schemaVersion(db) < 4) return;
  AuditLog(db).record(actor, action, subject, detail);
}

}  // namespace

void auditSurveyChange(store::Database& db, const std::string& actor, const std::string& change,
                       const std::string& run, const std::string& detail) {
  recordIfMigrated(db, actor, audit_action::kSurveyChange, run, detail.empty() ? change : change + ": " + detail);
}

void auditReportExport(store::Database& db, const std::string& actor, const std::string& what,
                       const std::string& detail) {
  recordIfMigrated(db, actor, audit_action::kReportExport, what, detail);
}

void auditReportMail(store::Database& db, const std::string& actor, const std::string& change,
                     const std::string& subject, const std::string& detail) {
  recordIfMigrated(db, actor, audit_action::kReportMail, subject, change + ": " + detail);
}

}  // namespace hc::access
