// Reading the members' report in the tests: its page sections and plain
// substring checks.
#ifndef HC_TESTS_REPORTS_REPORT_SECTIONS_H_
#define HC_TESTS_REPORTS_REPORT_SECTIONS_H_

#include <string>

namespace hc::reports::testing {

// The <section> with this id (whatever its class), or "" when absent.
inline std::string section(const std::string& doc, const std::string& id) {
  const size_t at = doc.find("\" id=\"" + id + "\">");
  if (at == std::string::npos) return "";
  const size_t start = doc.rfind("<section class=", at);
  if (start == std::string::npos) return "";
  return doc.substr(start, doc.find("</section>", start) - start);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace hc::reports::testing

#endif  // HC_TESTS_REPORTS_REPORT_SECTIONS_H_
