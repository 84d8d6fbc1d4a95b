#include "access/audit_csv.h"

namespace hc::access {

std::string csvCell(std::string_view text) {
  std::string cell;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell = "'";
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string auditCsv(const std::vector<AuditEntry>& entries) {
  std::string out = "at,actor,action,subject,detail\r\n";
  for (const AuditEntry& e : entries)
    out += csvCell(e.at) + "," + csvCell(e.actor) + "," + csvCell(e.action) + "," + csvCell(e.subject) + "," +
           csvCell(e.detail) + "\r\n";
  return out;
}

}  // namespace hc::access
