#include "extract/percent_decode.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(PercentDecodeTest, DecodesEscapes) {
  EXPECT_EQ(PercentDecode("a%20b%2Fc%2fd"), "a b/c/d");
  EXPECT_EQ(PercentDecode("%C3%A9t%C3%A9"), "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(PercentDecode("plain"), "plain");
}

TEST(PercentDecodeTest, KeepsMalformedEscapes) {
  EXPECT_EQ(PercentDecode("100%"), "100%");
  EXPECT_EQ(PercentDecode("%zz%4"), "%zz%4");
  EXPECT_EQ(PercentDecode("%%41"), "%A");
}

TEST(PercentDecodeTest, OutputIsAlwaysValidUtf8) {
  EXPECT_EQ(PercentDecode("%FF%FEx"), "\xEF\xBF\xBD\xEF\xBF\xBDx");
  EXPECT_EQ(PercentDecode("%C3"), "\xEF\xBF\xBD");
  EXPECT_EQ(ToValidUtf8("ok\xC3\xA9"), "ok\xC3\xA9");
  EXPECT_EQ(ToValidUtf8("a\x80" "b"), "a\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace phishscan
