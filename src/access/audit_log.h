// AuditLog: the append-only record of who did what, when: imports, survey
// changes, user changes, sign-ins (successful and failed) and report
// exports. Rows are only ever inserted; the schema's triggers refuse UPDATE
// and DELETE (sql/*/0004_access.sql).
//
// What is never written: passwords, session ids, survey links or answers
// (a timestamped survey row would undo the survey's anonymity).
//
// Thread-safety: an AuditLog uses its Database on one thread at a time.
#ifndef HC_ACCESS_AUDIT_LOG_H_
#define HC_ACCESS_AUDIT_LOG_H_

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::access {

struct AuditEntry {
  int64_t id = 0;
  std::string at;       // "YYYY-MM-DDTHH:MM:SSZ", UTC
  std::string actor;    // a username, or "cli:<login>"
  std::string action;   // e.g. "login", "login-failed", "user-add", "import"
  std::string subject;  // what it was done to
  std::string detail;
};

// Standard action names, so the log reads the same whoever writes it.
namespace audit_action {
constexpr const char* kLogin = "login";
constexpr const char* kLoginFailed = "login-failed";
constexpr const char* kLogout = "logout";
constexpr const char* kUserAdd = "user-add";
constexpr const char* kUserRemove = "user-remove";
constexpr const char* kPasswordReset = "password-reset";
constexpr const char* kUserChange = "user-change";    // role or scope
constexpr const char* kUserDisable = "user-disable";
constexpr const char* kUserEnable = "user-enable";
constexpr const char* kUserUnlock = "user-unlock";
constexpr const char* kPasswordLink = "password-link";  // a set-password link issued
constexpr const char* kPasswordSet = "password-set";    // set by its owner (a link, or their own page)
constexpr const char* kImport = "import";
constexpr const char* kUpload = "upload";              // files uploaded in the browser, before any check
constexpr const char* kImportCheck = "import-check";   // an upload checked, nothing stored
constexpr const char* kSurveyChange = "survey-change";
constexpr const char* kReportExport = "report-export";
constexpr const char* kBackup = "backup";
constexpr const char* kSettingsChange = "settings-change";  // subject: the setting; detail: from what to what
constexpr const char* kMailTest = "mail-test";              // a test message to the relay
constexpr const char* kMailSendAgain = "mail-send-again";   // a failed message queued again
constexpr const char* kDirectoryTest = "directory-test";    // an admin's test of a directory's connection
constexpr const char* kActionDigest = "action-digest";      // a week's action digest queued (counts only)
}  // namespace audit_action

// Which entries to show: every field left empty matches everything.
struct AuditFilter {
  std::string from;    // first day, "YYYY-MM-DD" (UTC), or a full timestamp
  std::string to;      // last day, "YYYY-MM-DD", included whole
  std::string actor;   // exactly this person ("admin", "cli:root")
  std::string action;  // exactly this kind of event ("settings-change")
};

class AuditLog {
 public:
  explicit AuditLog(store::Database& db) : db_(db) {}

  // Appends a row stamped with the current time. Text is stored as given
  // but for invalid UTF-8 (replaced by U+FFFD) and a 4 kB cap per field.
  // Call inside the caller's transaction when the audited change must
  // stand or fall with its record.
  void record(const std::string& actor, const std::string& action, const std::string& subject,
              const std::string& detail = "");

  // Entries at or after `since` ("YYYY-MM-DD" or a full timestamp), oldest
  // first, at most `limit`.
  std::vector<AuditEntry> since(const std::string& since, size_t limit = 10000);

  // The entries `filter` matches, newest first (or oldest first when
  // `oldest_first`), skipping `offset` of them, at most `limit`: the audit
  // page's pages, its CSV and `healthcheck audit` all ask here.
  std::vector<AuditEntry> find(const AuditFilter& filter, size_t offset, size_t limit, bool oldest_first = false);
  // How many entries `filter` matches.
  int64_t count(const AuditFilter& filter);
  // The kinds of event (actions) the log holds, in alphabetical order.
  std::vector<std::string> kinds();

 private:
  store::Database& db_;
};

// The actor for the command line: "cli:" and the login name of the process
// (LOGNAME / USER), "cli:unknown" when neither is set.
std::string cliActor();

// `text` with invalid UTF-8 sequences replaced by U+FFFD and control
// characters (tab and newline too: the log is shown a line per entry) by a
// space, cut to at most `max_bytes`.
std::string cleanForLog(const std::string& text, size_t max_bytes = 4096);

}  // namespace hc::access

#endif  // HC_ACCESS_AUDIT_LOG_H_
