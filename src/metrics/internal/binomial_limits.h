// Exact binomial limits for a funnel plot where the normal approximation
// does not hold (signals.h): of a count X ~ Binomial(n, p), which counts
// are as unlikely as the limits say, in one tail or the other.
//
// Example: n 5, p 0.091, tail 0.001: P(X >= 4) = 0.00032 but P(X >= 3) =
// 0.0066, so counts above 3 (4 or 5 of 5) are beyond; P(X <= 0) = 0.62, so
// no count is beyond the lower side: {below 0, above 3}.
//
// Thread-safety: pure function.
#ifndef HC_METRICS_INTERNAL_BINOMIAL_LIMITS_H_
#define HC_METRICS_INTERNAL_BINOMIAL_LIMITS_H_

#include <cstdint>

namespace hc::metrics::internal {

struct CountLimits {
  int64_t below = 0;  // a count under it has P(X <= count) <= tail; 0: none has
  int64_t above = 0;  // a count over it has P(X >= count) <= tail; n: none has
};

// For n >= 1 and 0 < p < 1. Walks the distribution from its far end, so it
// is meant for the small n x p x (1 - p) where the normal approximation
// fails (a few dozen steps); it stays exact up to n x min(p, 1 - p) of
// several hundred.
CountLimits binomialCountLimits(int64_t n, double p, double tail);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_BINOMIAL_LIMITS_H_
