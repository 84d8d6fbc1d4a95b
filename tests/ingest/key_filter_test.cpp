// KeyFilter never forgets a key it was given, across its growth, and
// rarely claims one it was not.
#include "ingest/key_filter.h"

#include <gtest/gtest.h>

#include <string>

namespace hc::ingest {
namespace {

TEST(KeyFilter, EmptyContainsNothing) {
  const KeyFilter filter;
  EXPECT_FALSE(filter.mayContain("V1"));
  EXPECT_FALSE(filter.mayContain(""));
}

TEST(KeyFilter, KeepsEveryKeyAcrossLayersAndRarelyClaimsOthers) {
  KeyFilter filter;
  const int kKeys = 300000;  // past the first three layers
  for (int i = 0; i < kKeys; ++i) filter.add("V" + std::to_string(i));
  for (int i = 0; i < kKeys; ++i) ASSERT_TRUE(filter.mayContain("V" + std::to_string(i))) << i;
  int claimed = 0;
  for (int i = 0; i < kKeys; ++i) claimed += filter.mayContain("W" + std::to_string(i));
  EXPECT_LT(claimed, kKeys / 300);  // some 1 in 800 expected: two full layers and part of a third
}

}  // namespace
}  // namespace hc::ingest
