#include "detect/shortener_owner.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ShortenerOwner, ServicesShortenTheirOwnLinks) {
  EXPECT_TRUE(SenderOwnsShortener("x.com", "t.co"));
  EXPECT_TRUE(SenderOwnsShortener("twitter.com", "t.co"));
  EXPECT_TRUE(SenderOwnsShortener("linkedin.com", "lnkd.in"));
  EXPECT_TRUE(SenderOwnsShortener("bitly.com", "bit.ly"));
}

TEST(ShortenerOwner, AnyoneElseDoesNot) {
  EXPECT_FALSE(SenderOwnsShortener("shop.example", "bit.ly"));
  EXPECT_FALSE(SenderOwnsShortener("x.com", "bit.ly"));
  EXPECT_FALSE(SenderOwnsShortener("t.co", "x.com"));
  EXPECT_FALSE(SenderOwnsShortener("", ""));
}

}  // namespace
}  // namespace phishscan
