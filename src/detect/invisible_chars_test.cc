#include "detect/invisible_chars.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(InvisibleCharsTest, ZeroWidthSplittersCount) {
  EXPECT_EQ(CountInvisibleChars("Pass\u200Bword exp\u200Bired").word_splitters, 2u);
  EXPECT_EQ(CountInvisibleChars("Pay\u00ADPal").word_splitters, 1u);
  EXPECT_EQ(CountInvisibleChars("Micro\u200Dsoft").word_splitters, 1u);
}

TEST(InvisibleCharsTest, OverridesAndControls) {
  InvisibleChars c = CountInvisibleChars("invoice\u202Efdp.exe");
  EXPECT_EQ(c.bidi_overrides, 1u);
  EXPECT_EQ(CountInvisibleChars("a\u2067b\u2069").bidi_controls, 2u);
}

TEST(InvisibleCharsTest, OrdinaryTextIsClean) {
  EXPECT_FALSE(CountInvisibleChars("Our winter menu is here").any());
  // Emoji ZWJ sequence, BOM at the start, RTL marks in Hebrew.
  EXPECT_FALSE(CountInvisibleChars("\U0001F468\u200D\U0001F469\u200D\U0001F467 family").any());
  EXPECT_FALSE(CountInvisibleChars("\uFEFFHello").any());
  EXPECT_FALSE(CountInvisibleChars("\u05E9\u05DC\u05D5\u05DD\u200F world").any());
  EXPECT_FALSE(CountInvisibleChars("\xff\xfe broken \xe2\x80").any());
}

}  // namespace
}  // namespace phishscan
