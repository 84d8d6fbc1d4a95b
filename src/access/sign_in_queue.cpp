#include "access/sign_in_queue.h"

#include <atomic>

namespace hc::access {
namespace {

std::atomic<int>& inProgress() {
  static std::atomic<int> count{0};
  return count;
}

}  // namespace

SignInQueue::Place::~Place() {
  if (held_) --inProgress();
}

std::optional<SignInQueue::Place> SignInQueue::enter() {
  constexpr int kCap = kMaxConcurrentHashes + kMaxWaitingSignIns;
  int now = inProgress().load();
  do {
    if (now >= kCap) return std::nullopt;
  } while (!inProgress().compare_exchange_weak(now, now + 1));
  return Place();
}

}  // namespace hc::access
