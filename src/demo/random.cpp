#include "demo/random.h"

#include <initializer_list>

namespace hc::demo {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

uint64_t Random::mix(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  // Each key part goes through a full splitmix round so that neighbouring
  // keys (team 7 and team 8) give unrelated values.
  uint64_t state = seed;
  uint64_t h = splitmix64(state);
  for (const uint64_t part : {a, b, c}) {
    state = h ^ part;
    h = splitmix64(state);
  }
  return h;
}

Random::Random(uint64_t seed, uint64_t a, uint64_t b) {
  uint64_t state = mix(seed, a, b);
  for (uint64_t& s : s_) s = splitmix64(state);
}

uint64_t Random::next() {
  const uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

int Random::skewed(int mean) {
  // Two statements: the order of two calls in one expression is unspecified,
  // and the rounding of the product would follow it.
  const double u1 = unit();
  const double u2 = unit();
  return static_cast<int>(4.0 * mean * u1 * u2);
}

int Random::binomial(int trials, double p) {
  int n = 0;
  for (int i = 0; i < trials; ++i) n += chance(p);
  return n;
}

}  // namespace hc::demo
