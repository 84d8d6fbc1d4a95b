// The two limits sign-in puts in front of its Argon2 hashing (issue 26):
// the queue of sign-ins in progress and the failures per address.
#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "access/address_failures.h"
#include "access/sign_in_queue.h"

namespace hc::access {
namespace {

TEST(SignInQueue, RefusesBeyondTheHashesRunningPlusAFewWaitingAndGivesPlacesBack) {
  std::vector<SignInQueue::Place> places;
  for (int i = 0; i < kMaxConcurrentHashes + kMaxWaitingSignIns; ++i) {
    auto place = SignInQueue::enter();
    ASSERT_TRUE(place) << "place " << i;
    places.push_back(std::move(*place));
  }
  EXPECT_FALSE(SignInQueue::enter());
  places.pop_back();
  EXPECT_TRUE(SignInQueue::enter());  // given back as it goes
  places.clear();
  EXPECT_TRUE(SignInQueue::enter());
}

TEST(AddressFailures, BlocksAnAddressForTheRestOfItsWindowAfterTooManyFailures) {
  AddressFailures failures;
  const int64_t start = 1'000'000;
  for (int i = 0; i < kAddressFailures - 1; ++i) failures.recordFailure("192.0.2.7", start + i);
  EXPECT_EQ(failures.blockedFor("192.0.2.7", start + 30), 0);
  failures.recordFailure("192.0.2.7", start + 30);
  EXPECT_EQ(failures.blockedFor("192.0.2.7", start + 30), kAddressWindowSeconds - 30);
  EXPECT_EQ(failures.blockedFor("192.0.2.8", start + 30), 0) << "another address is not blocked";
  EXPECT_EQ(failures.blockedFor("192.0.2.7", start + kAddressWindowSeconds), 0) << "the window has ended";
  failures.recordFailure("192.0.2.7", start + kAddressWindowSeconds + 1);
  EXPECT_EQ(failures.blockedFor("192.0.2.7", start + kAddressWindowSeconds + 1), 0) << "a fresh window";
  for (int i = 0; i < 100; ++i) failures.recordFailure("", start);
  EXPECT_EQ(failures.blockedFor("", start), 0) << "no address (in-process) is never blocked";
}

}  // namespace
}  // namespace hc::access
