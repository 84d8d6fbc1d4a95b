#include "core/action.h"

#include <gtest/gtest.h>

namespace hc {
namespace {

TEST(ActionTest, StatusNamesRoundTripAndAcceptTheSpacedSpelling) {
  for (ActionStatus s : {ActionStatus::kPlanned, ActionStatus::kInProgress, ActionStatus::kDone,
                         ActionStatus::kDropped}) {
    EXPECT_EQ(parseActionStatus(name(s)), s);
  }
  EXPECT_EQ(parseActionStatus("in progress"), ActionStatus::kInProgress);
  EXPECT_FALSE(parseActionStatus("finished").has_value());
}

TEST(ActionTest, OnlyAnOpenActionPastItsDueDateIsOverdue) {
  Action a;
  a.due = *Date::parse("2027-03-31");
  EXPECT_FALSE(a.overdue(*Date::parse("2027-03-31")));  // due today is not late
  EXPECT_TRUE(a.overdue(*Date::parse("2027-04-01")));
  a.status = ActionStatus::kDone;
  EXPECT_FALSE(a.overdue(*Date::parse("2027-04-01")));
  a.status = ActionStatus::kDropped;
  EXPECT_FALSE(a.open());
}

}  // namespace
}  // namespace hc
