// Reading a thresholds file (reports/thresholds.csv or a user's copy): the
// file's text handed to metrics::Thresholds::parse, which does no I/O, so
// the engine stays pure and the reading happens here, below its callers.
//
// Example:
//   std::vector<std::string> errors;
//   auto t = load::tryLoadThresholds("reports/thresholds.csv", &errors);
//   // errors: "reports/thresholds.csv:7: caseload_avg: green limit 22 is
//   //          worse than amber limit 20 (lower is better)"
//
// Thread-safety: free functions with no shared state.
#ifndef HC_LOAD_THRESHOLDS_FILE_H_
#define HC_LOAD_THRESHOLDS_FILE_H_

#include <optional>
#include <string>
#include <vector>

#include "metrics/thresholds.h"

namespace hc::load {

// The thresholds of the file at `path` over the defaults, named in messages
// as given; nullopt with the reasons appended to *errors.
std::optional<metrics::Thresholds> tryLoadThresholds(const std::string& path, std::vector<std::string>* errors);

// tryLoadThresholds() for callers that prefer exceptions: throws
// std::runtime_error whose what() is every message, one a line.
metrics::Thresholds loadThresholds(const std::string& path);

}  // namespace hc::load

#endif  // HC_LOAD_THRESHOLDS_FILE_H_
