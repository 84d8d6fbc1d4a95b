// The glossary of the members' report: every term of art that the report's
// own sentences or the catalogue's definitions use, explained for readers
// who are not social work managers.
//
// Thread-safety: immutable static data.
#ifndef HC_REPORTS_GLOSSARY_H_
#define HC_REPORTS_GLOSSARY_H_

#include <string_view>
#include <vector>

namespace hc::reports {

struct GlossaryEntry {
  std::string_view term;         // "FTE (full-time equivalent)"
  std::string_view key;          // the word that marks its use: "FTE"
  std::string_view explanation;  // one or two plain sentences
};

// In alphabetical order of term.
const std::vector<GlossaryEntry>& glossary();

}  // namespace hc::reports

#endif  // HC_REPORTS_GLOSSARY_H_
