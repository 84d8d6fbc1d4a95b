// The engine's internal helpers: id index, medians, scope roll-up.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "metrics/internal/id_index.h"
#include "metrics/internal/rollup.h"

namespace hc::metrics::internal {
namespace {

using namespace hc::metrics::testing;

TEST(IdIndexTest, FindsEveryIdAndTheFirstOfDuplicatesWins) {
  std::vector<Staff> staff;
  for (int i = 0; i < 1000; ++i) staff.push_back(permanent(("S" + std::to_string(i)).c_str(), "T"));
  staff.push_back(permanent("S7", "T"));  // duplicate of index 7
  IdIndex<IdOf<Staff, &Staff::staff_id>> index(staff.size(), {&staff});
  index.insertAll(staff.size());
  EXPECT_EQ(index.find("S0"), 0);
  EXPECT_EQ(index.find("S999"), 999);
  EXPECT_EQ(index.find("S7"), 7);
  EXPECT_EQ(index.find("S1000"), -1);
  EXPECT_EQ(index.find(""), -1);
  const std::vector<std::string> keys = {"S3", "nope", "S500"};
  int32_t out[3];
  index.findAll(3, [&](size_t i) -> std::string_view { return keys[i]; }, out);
  EXPECT_EQ(out[0], 3);
  EXPECT_EQ(out[1], -1);
  EXPECT_EQ(out[2], 500);
}

TEST(MedianTest, OddEvenAndEmpty) {
  std::vector<double> odd = {5, 1, 3};
  EXPECT_EQ(medianInPlace(odd.data(), odd.data() + 3), 3);
  std::vector<double> even = {4, 1, 3, 10};
  EXPECT_EQ(medianInPlace(even.data(), even.data() + 4), 3.5);  // (3 + 4) / 2
  EXPECT_FALSE(medianInPlace(even.data(), even.data()));
}

TEST(RollupTest, ServiceAndCouncilValuesAreTheirTeamsValuesPooled) {
  const std::vector<Team> teams = {team("B", Service::kAdults), team("A"), team("C")};
  const ScopeLayout layout(teams, "X");
  // Scopes: council, children (A, C), adults (B), then teams A, C, B.
  ASSERT_EQ(layout.scopeCount(), 6);
  const int a = layout.findTeam("A"), b = layout.findTeam("B"), c = layout.findTeam("C");
  ScopeValues values(layout);
  values.add(a, 1);
  values.add(a, 2);
  values.add(c, 10);
  values.add(b, 7);
  const auto medians = values.medians();
  EXPECT_EQ(*medians[size_t(layout.teamScope(a))].first, 1.5);
  EXPECT_EQ(*medians[size_t(layout.serviceScopeOfTeam(a))].first, 2);  // of 1, 2, 10 - not of 1.5 and 10
  EXPECT_EQ(medians[size_t(layout.serviceScopeOfTeam(a))].second, 3);
  EXPECT_EQ(*medians[0].first, 4.5);  // of 1, 2, 7, 10
  ScopeSums sums(layout, 1);
  sums.add(a, 0, 2);
  sums.add(b, 0, 3);
  sums.rollUp();
  EXPECT_EQ(sums.get(0, 0), 5);
  EXPECT_EQ(sums.get(layout.serviceScopeOfTeam(b), 0), 3);
}

}  // namespace
}  // namespace hc::metrics::internal
