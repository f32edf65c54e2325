#include "parse/utf8_repair.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(RepairUtf8Test, KeepsValidText) {
  EXPECT_EQ(RepairUtf8("caf\xC3\xA9 \xE2\x82\xAC"), "caf\xC3\xA9 \xE2\x82\xAC");
  EXPECT_EQ(RepairUtf8(""), "");
}

TEST(RepairUtf8Test, ReplacesInvalidBytesAndNul) {
  EXPECT_EQ(RepairUtf8("caf\xE9!"), "caf\xEF\xBF\xBD!");
  EXPECT_EQ(RepairUtf8(std::string_view("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8("\xC3"), "\xEF\xBF\xBD");  // truncated sequence
  EXPECT_EQ(RepairUtf8("\xFF\xFE"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8PrefixTest, NeverSplitsACodePoint) {
  const std::string text = "ab\xE2\x82\xAC";  // "ab€"
  EXPECT_EQ(Utf8Prefix(text, 10), text);
  EXPECT_EQ(Utf8Prefix(text, 4), "ab");
  EXPECT_EQ(Utf8Prefix(text, 2), "ab");
  EXPECT_EQ(Utf8Prefix(text, 0), "");
}

TEST(UnixNewlinesTest, TurnsCrlfAndLoneCrIntoLf) {
  EXPECT_EQ(UnixNewlines("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(UnixNewlines("\r"), "\n");
  EXPECT_EQ(UnixNewlines("plain"), "plain");
  EXPECT_EQ(UnixNewlines("x\r\r\ny\r\n\r\n"), "x\n\ny\n\n");
  EXPECT_EQ(UnixNewlines(""), "");
}

}  // namespace
}  // namespace phishscan
