// The subtraction checker: plays a viewer who tries to work out every
// hidden people-based figure from the figures they are shown, written
// independently of the suppression code. It knows each figure's n (shown
// beside "not shown") and that value x n adds up from teams to services to
// the council, and it repeats until it learns nothing more:
//   - one unknown in a sum (a service and all its teams but one shown; a
//     service hidden and all its teams shown): it is the difference;
//   - an all-or-nothing remainder: the unknown teams' share left by the
//     service and the known teams is 0% (or 100%) of them: each is 0%
//     (or 100%);
//   - what it learns counts as shown from then on.
//
// Thread-safety: pure functions.
#ifndef HC_TESTS_METRICS_DISCLOSURE_CHECKER_H_
#define HC_TESTS_METRICS_DISCLOSURE_CHECKER_H_

#include <optional>
#include <string>
#include <vector>

#include "metrics/health_check.h"

namespace hc::metrics::testing {

// One figure as the viewer sees it: value (nullopt when hidden or absent)
// and n. `parent`: the index of the figure it sums into, -1 for the top.
struct SeenFigure {
  std::string scope;
  std::optional<double> value;
  long long n = 0;
  int parent = -1;
  bool hidden = false;
};

// A figure worked out: where, and the value recovered.
struct Recovered {
  std::string scope;
  double value = 0;
};

// Every hidden figure among `figures` the checker recovers.
std::vector<Recovered> recoverHidden(const std::vector<SeenFigure>& figures);

// One metric's figures from a shown health check.
std::vector<SeenFigure> seenFigures(const HealthCheck& shown, const std::string& metric);

}  // namespace hc::metrics::testing

#endif  // HC_TESTS_METRICS_DISCLOSURE_CHECKER_H_
