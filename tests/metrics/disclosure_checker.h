// The subtraction checker: plays a viewer who tries to work out every
// hidden people-based figure from the figures they are shown, written
// independently of the suppression code. A figure is a share (0..100) of
// a base: its n people, whom the viewer sees counted beside "not shown",
// or for sickness FTE x working days, and for stress the FTE-days lost,
// which the viewer is taken to know only where the figure is shown. The
// totals (value x base) and the bases add up from teams to services to
// the council (and so from teams to the council directly), and the
// checker repeats until it learns nothing more:
//   - one unknown total (or base) in a sum: it is the difference;
//   - an all-or-nothing remainder: what the known parts leave of a sum is
//     0 (then each unknown part is 0%), or is all of the unknown parts'
//     bases (then each is 100%);
//   - a hidden figure is worked out where its total and base are known,
//     or its total is known to be 0, or it is known to be 100%;
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
// `base`: what the value is a share of where not n, as shown (nullopt
// where hidden); `share_of_n` false for such figures.
struct SeenFigure {
  std::string scope;
  std::optional<double> value;
  long long n = 0;
  int parent = -1;
  bool hidden = false;
  std::optional<double> base;
  bool share_of_n = true;
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
