#include "detect/explanation_text.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ExplanationTextTest, DisplayTextIsOneShortLine) {
  EXPECT_EQ(DisplayText("  AUTHENTICATE\r\n   IMAP  "), "AUTHENTICATE IMAP");
  std::string long_text(500, 'a');
  EXPECT_LE(DisplayText(long_text, 80).size(), 80u + 3);
  EXPECT_EQ(DisplayText(""), "");
  // Never cuts a UTF-8 character in half.
  std::string accents;
  for (int i = 0; i < 60; ++i) accents += "é";
  std::string cut = DisplayText(accents, 51);
  EXPECT_EQ(cut.find("\xc3\xe2"), std::string::npos);
}

TEST(ExplanationTextTest, QuotesAndLists) {
  EXPECT_EQ(QuoteEn("Log in"), "\"Log in\"");
  EXPECT_EQ(QuoteFr("Connexion"), "« Connexion »");
  EXPECT_EQ(JoinEn({"a", "b", "c"}), "a, b and c");
  EXPECT_EQ(JoinFr({"a", "b"}), "a et b");
  EXPECT_EQ(JoinEn({"a"}), "a");
  EXPECT_EQ(JoinFr({}), "");
}

}  // namespace
}  // namespace phishscan
