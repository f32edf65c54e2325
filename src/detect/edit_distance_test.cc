#include "detect/edit_distance.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(EditDistanceTest, Basics) {
  EXPECT_EQ(BoundedEditDistance("paypal", "paypal", 2), 0u);
  EXPECT_EQ(BoundedEditDistance("paypa1", "paypal", 2), 1u);   // substitution
  EXPECT_EQ(BoundedEditDistance("payal", "paypal", 2), 1u);    // deletion
  EXPECT_EQ(BoundedEditDistance("paypall", "paypal", 2), 1u);  // insertion
  EXPECT_EQ(BoundedEditDistance("pyapal", "paypal", 2), 1u);   // transposition
  EXPECT_EQ(BoundedEditDistance("rnicrosoft", "microsoft", 2), 2u);
}

TEST(EditDistanceTest, BoundIsRespected) {
  EXPECT_EQ(BoundedEditDistance("amazon", "paypal", 2), 3u);
  EXPECT_EQ(BoundedEditDistance("a", "abcdef", 2), 3u);
  EXPECT_EQ(BoundedEditDistance("", "ab", 2), 2u);
  EXPECT_EQ(BoundedEditDistance("", "", 0), 0u);
  EXPECT_EQ(BoundedEditDistance("abc", "abd", 0), 1u);
}

TEST(EditDistanceTest, LongInputsStayCheap) {
  std::string a(5000, 'a'), b(5000, 'a');
  b[2500] = 'b';
  EXPECT_EQ(BoundedEditDistance(a, b, 2), 1u);
}

}  // namespace
}  // namespace phishscan
