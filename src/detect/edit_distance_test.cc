#include "detect/edit_distance.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

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

TEST(EditDistanceTest, CharacterSetsRejectOnlyFarStrings) {
  // Within the bound: the filter must never reject what the distance accepts.
  for (auto [a, b] : {std::pair{"paypal", "paypa1"}, {"paypal", "papyal"}, {"microsoft", "rnicrosoft"},
                      {"microsoft", "micros0ft"}, {"amazon", "amaz0n"}, {"telekom", "te1ekom"}}) {
    const std::size_t bound = 2;
    ASSERT_LE(BoundedEditDistance(a, b, bound), bound) << a << " " << b;
    EXPECT_TRUE(MayBeWithinEdits(CharacterSet(a), CharacterSet(b), bound)) << a << " " << b;
  }
  // "bxyk" brings in "x" and "y": two edits at least.
  EXPECT_FALSE(MayBeWithinEdits(CharacterSet("bank"), CharacterSet("bxyk"), 1));
  EXPECT_TRUE(MayBeWithinEdits(CharacterSet("bank"), CharacterSet("bxyk"), 2));
  EXPECT_FALSE(MayBeWithinEdits(CharacterSet("amazon"), CharacterSet("paypal"), 2));
  EXPECT_FALSE(MayBeWithinEdits(CharacterSet("bank"), CharacterSet("post-7"), 2));
  EXPECT_TRUE(MayBeWithinEdits(CharacterSet(""), CharacterSet("ab"), 2));
  // Bytes outside letters, digits and the hyphen share one bit.
  EXPECT_EQ(CharacterSet("a_b"), CharacterSet("a.b"));
  EXPECT_NE(CharacterSet("a-b"), CharacterSet("a.b"));
}

}  // namespace
}  // namespace phishscan
