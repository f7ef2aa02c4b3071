// Work spread over the machine's cores, for loops whose items are independent.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace concord {

/// Calls `work(k)` for every k below `count`, on as many threads as there are cores (at most
/// one per item). When calls throw, rethrows the exception of the lowest k, so that which
/// error a caller sees does not depend on timing.
template <typename Work>
void for_each_in_parallel(std::size_t count, const Work& work) {
  const std::size_t threads =
      std::min<std::size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
  if (threads <= 1) {
    for (std::size_t k = 0; k < count; ++k) work(k);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failures(count);
  auto run = [&] {
    for (std::size_t k; (k = next++) < count;) {
      try {
        work(k);
      } catch (...) {
        failures[k] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(run);
    run();
  }  // joins
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

/// Calls `work(begin, end)` for contiguous slices that cover [0, count), one per core, on
/// every core: for items that share a helper worth keeping within a slice (a stemmer and its
/// memory of the words it has stemmed).
template <typename Work>
void for_each_slice_in_parallel(std::size_t count, const Work& work) {
  const std::size_t slices = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                     std::max<std::size_t>(count, 1));
  for_each_in_parallel(slices, [&](std::size_t slice) {
    work(count * slice / slices, count * (slice + 1) / slices);
  });
}

}  // namespace concord
