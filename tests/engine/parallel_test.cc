// Tests for work spread over the cores: every item done once, errors reported as in order.
#include "concord/engine/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace concord {
namespace {

TEST(ForEachInParallel, CallsTheWorkOnceForEveryItem) {
  std::vector<std::atomic<int>> calls(1000);
  for_each_in_parallel(calls.size(), [&](std::size_t k) { ++calls[k]; });
  for (const auto& c : calls) EXPECT_EQ(c.load(), 1);
}

TEST(ForEachInParallel, RethrowsTheErrorOfTheLowestItem) {
  try {
    for_each_in_parallel(100, [](std::size_t k) {
      if (k % 10 == 3) throw std::runtime_error(std::to_string(k));
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "3");
  }
}

TEST(ForEachSliceInParallel, SlicesCoverEveryItemOnceInOrder) {
  for (const std::size_t count : {0u, 1u, 2u, 5u, 1001u}) {
    std::vector<std::atomic<int>> calls(count);
    std::atomic<std::size_t> slices{0};
    for_each_slice_in_parallel(count, [&](std::size_t begin, std::size_t end) {
      EXPECT_LE(begin, end);
      ++slices;
      for (std::size_t k = begin; k < end; ++k) ++calls[k];
    });
    for (const auto& c : calls) EXPECT_EQ(c.load(), 1) << count;
    EXPECT_GE(slices.load(), 1u);
  }
}

}  // namespace
}  // namespace concord
