// The audit log as CSV (the audit page's download): a header, then one
// line per entry, each cell quoted where it must be, and a cell starting
// with = + - @ (or a tab or carriage return) prefixed with an apostrophe,
// so that a spreadsheet shows what someone typed (a username, a council
// name) as text rather than running it as a formula.
//
// Example:
//   auditCsv({{1, "2026-12-07T10:00:00Z", "=HYPERLINK(...)", "login", "", ""}})
//   // "at,actor,action,subject,detail\r\n2026-12-07T10:00:00Z,'=HYPERLINK(...),login,,\r\n"
//
// Thread-safety: pure functions.
#ifndef HC_ACCESS_AUDIT_CSV_H_
#define HC_ACCESS_AUDIT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "access/audit_log.h"

namespace hc::access {

// One cell, safe to open in a spreadsheet: csvCell("-1") == "'-1",
// csvCell("a,b") == "\"a,b\"".
std::string csvCell(std::string_view text);

std::string auditCsv(const std::vector<AuditEntry>& entries);

}  // namespace hc::access

#endif  // HC_ACCESS_AUDIT_CSV_H_
