#include "metrics/internal/binomial_limits.h"

#include <cmath>

namespace hc::metrics::internal {
namespace {

// For p <= 0.5, where P(X = 0) = (1 - p)^n is not too small to hold in a
// double: the probabilities from 0 upwards, each from the one before.
CountLimits fromTheLowEnd(int64_t n, double p, double tail) {
  CountLimits c{-1, -1};
  double pk = std::exp(double(n) * std::log1p(-p));  // P(X = 0)
  double cdf = 0;
  for (int64_t k = 0; k <= n; ++k) {
    cdf += pk;
    if (c.below < 0 && cdf > tail) c.below = k;
    if (1 - cdf <= tail) {
      c.above = k;
      break;
    }
    pk *= double(n - k) / double(k + 1) * p / (1 - p);
  }
  if (c.below < 0) c.below = n;
  if (c.above < 0) c.above = n;
  return c;
}

}  // namespace

CountLimits binomialCountLimits(int64_t n, double p, double tail) {
  if (p <= 0.5) return fromTheLowEnd(n, p, tail);
  // Mirrored: X = n - Y with Y ~ Binomial(n, 1 - p). P(X <= x) = P(Y >= n -
  // x), beyond when n - x > Y's above; P(X >= x) = P(Y <= n - x), beyond
  // when n - x < Y's below.
  const CountLimits y = fromTheLowEnd(n, 1 - p, tail);
  return {n - y.above, n - y.below};
}

}  // namespace hc::metrics::internal
