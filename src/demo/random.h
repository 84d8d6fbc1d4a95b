// Random: the demo generator's own pseudo-random numbers (xoshiro256**
// seeded through splitmix64).
//
// The demo must write byte-identical files for a seed on every machine, so
// nothing here uses <random>'s distributions (their algorithms differ between
// standard libraries) or transcendental functions (libm may differ in the
// last bit). Everything is integer arithmetic, or one IEEE multiplication
// and comparison, which every conforming compiler rounds the same way.
//
// Thread-safety: a Random is a plain value; use one per thread.
#ifndef HC_DEMO_RANDOM_H_
#define HC_DEMO_RANDOM_H_

#include <cstdint>

namespace hc::demo {

class Random {
 public:
  // Independent streams from one seed: Random(seed, team, kStaffStream) does
  // not depend on how many numbers any other stream has drawn, so changing
  // how visits are generated never changes the staff of a team.
  explicit Random(uint64_t seed, uint64_t a = 0, uint64_t b = 0);

  uint64_t next();
  // Uniform in [0, n); n > 0. Lemire's multiply-shift: no modulo bias worth
  // mentioning for the small n used here, and no rejection loop to vary.
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
  // Uniform in [lo, hi], inclusive.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1))); }
  // Uniform in [0, 1) with 53 bits.
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return unit() < p; }
  // A long-tailed positive value with the given mean: mean x 4 x u1 x u2
  // (density -ln x on [0, 4 x mean]); stands in for an exponential without
  // needing log().
  int skewed(int mean);
  // Successes in `trials` draws of probability p: counts of events per day.
  int binomial(int trials, double p);

  // A stateless hash of a key, for choices that must not depend on the
  // order of generation (is week W a referral peak for team T?).
  static uint64_t mix(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0);

 private:
  uint64_t s_[4];
};

// Linear interpolation between the healthy (h = 0) and struggling (h = 1)
// value of a team parameter.
inline double lerp(double healthy, double struggling, double h) { return healthy + (struggling - healthy) * h; }

}  // namespace hc::demo

#endif  // HC_DEMO_RANDOM_H_
