// The reference cache's hash set: answers survive growth and clearing.
#include "ingest/key_set.h"

#include <gtest/gtest.h>

#include <string>

namespace hc::ingest {
namespace {

TEST(KeySet, RemembersYesAndNoThroughGrowth) {
  KeySet set;
  for (int i = 0; i < 50000; ++i) set.add("C" + std::to_string(i), i % 3 != 0);
  EXPECT_EQ(set.size(), 50000u);
  for (int i = 0; i < 50000; ++i) {
    const auto want = i % 3 != 0 ? KeySet::Answer::kYes : KeySet::Answer::kNo;
    ASSERT_EQ(set.find("C" + std::to_string(i)), want) << i;
  }
  EXPECT_EQ(set.find("C50000"), KeySet::Answer::kAbsent);
  EXPECT_EQ(set.find("c1"), KeySet::Answer::kAbsent);  // identifiers are case-sensitive
  set.add("C1", false);                                // a second answer for a key is ignored
  EXPECT_EQ(set.find("C1"), KeySet::Answer::kYes);
  set.clear();
  EXPECT_EQ(set.size(), 0u);
  EXPECT_EQ(set.find("C2"), KeySet::Answer::kAbsent);
}

}  // namespace
}  // namespace hc::ingest
