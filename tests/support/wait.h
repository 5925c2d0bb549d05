#pragma once
// Polling instead of sleeping: a test that waits for the server to notice a
// new index generation (it looks twice a second) asks until the answer is
// there, so it is as fast as the server and never flaky on a slow machine.
//
//   REQUIRE(qonun::testing::WaitFor([&] { return Health()["generation"] == "gen-000002"; }));

#include <chrono>
#include <thread>

namespace qonun::testing {

// Calls `predicate` until it returns true (then true) or `timeout` has
// passed (then false), pausing `interval` between calls.
template <typename Predicate>
bool WaitFor(Predicate&& predicate,
             std::chrono::milliseconds timeout = std::chrono::milliseconds(20000),
             std::chrono::milliseconds interval = std::chrono::milliseconds(20)) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (predicate()) {
      return true;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      return false;
    }
    std::this_thread::sleep_for(interval);
  }
}

}  // namespace qonun::testing
