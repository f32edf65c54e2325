#include "base/text.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

// Eight bytes at a time, then the tail: a high byte is found wherever it is.
TEST(IsAsciiTest, FindsAHighByteInEveryPosition) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii(std::string(37, 'a')));
  for (std::size_t at = 0; at < 37; ++at) {
    std::string s(37, 'a');
    s[at] = '\xC3';
    EXPECT_FALSE(IsAscii(s)) << at;
  }
  constexpr char kLowBytes[] = "tab\tand\0nul\x7F";  // an embedded NUL and DEL are still ASCII
  EXPECT_TRUE(IsAscii(std::string_view(kLowBytes, sizeof kLowBytes - 1)));
}

TEST(NormalizeTextTest, LowerCasesUnicodeAndKeepsAccents) {
  EXPECT_EQ(NormalizeText("V\xC3\x89RIFIEZ Votre Compte"), "v\xC3\xA9rifiez votre compte");
  EXPECT_EQ(NormalizeText("\xD0\x9F\xD0\xB0\xD1\x80\xD0\x9E\xD0\x9B\xD0\xac"),  // ПарОЛЬ
            "\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C");               // пароль
  EXPECT_EQ(NormalizeText("KONTO GESPERRT \xC3\x84NDERN"), "konto gesperrt \xC3\xA4ndern");
}

TEST(NormalizeTextTest, CollapsesAllUnicodeWhitespace) {
  EXPECT_EQ(NormalizeText("  a \t\r\n b  "), "a b");
  EXPECT_EQ(NormalizeText("a\xC2\xA0" "b"), "a b");                       // NBSP
  EXPECT_EQ(NormalizeText("a\xE2\x80\x83\xE2\x80\x8A" "b"), "a b");       // em + hair space
  EXPECT_EQ(NormalizeText("a\xE3\x80\x80" "b"), "a b");                   // ideographic space
  EXPECT_EQ(NormalizeText("a\xE2\x80\xAF" "b\xE2\x80\xA8" "c"), "a b c");  // NNBSP, line sep
  EXPECT_EQ(NormalizeText(" \xC2\xA0 "), "");
}

TEST(NormalizeTextTest, DropsZeroWidthAndBidiControls) {
  EXPECT_EQ(NormalizeText("pass\xE2\x80\x8Bword"), "password");            // ZWSP
  EXPECT_EQ(NormalizeText("pa\xC2\xADss\xE2\x81\xA0wo\xEF\xBB\xBFrd"), "password");
  EXPECT_EQ(NormalizeText("ab\xE2\x80\xAE" "cd\xE2\x80\xAC"), "abcd");       // RLO ... PDF
  EXPECT_EQ(NormalizeText("\xE2\x81\xA6x\xE2\x81\xA9"), "x");               // LRI ... PDI
  EXPECT_EQ(NormalizeText("a\x01" "b\x7F" "c"), "abc");
  EXPECT_EQ(NormalizeText("Se\xF3\xA0\x84\xB9r\xF3\xA0\x84\xB9vice"), "service");  // U+E0139 variation selector
  EXPECT_EQ(NormalizeText("pay\xF3\xA0\x81\x81pal"), "paypal");                        // U+E0041 tag A
}

TEST(NormalizeTextTest, LowerCasesOnlyLettersAmongPrintableAscii) {
  EXPECT_EQ(NormalizeText("@AZ[`az{~!09"), "@az[`az{~!09");
  EXPECT_EQ(NormalizeText("\x01" "Ab \x02 Cd\x1F\x7F"), "ab cd");  // controls never make a space
  EXPECT_EQ(NormalizeText("Wo\x01RD\xC3\x89T\xC3\xA9"), "word\xC3\xA9t\xC3\xA9");
}

TEST(NormalizeTextTest, FoldsTypographicPunctuation) {
  EXPECT_EQ(NormalizeText("don\xE2\x80\x99t \xE2\x80\x98x\xE2\x80\x9B"), "don't 'x'");
  EXPECT_EQ(NormalizeText("\xE2\x80\x9C" "Hi\xE2\x80\x9D \xE2\x80\x9E" "x"), "\"hi\" \"x");
  EXPECT_EQ(NormalizeText("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x80\x92" "d\xE2\x80\x95" "e"),
            "a-b-c-d-e");
  EXPECT_EQ(NormalizeText("wait\xE2\x80\xA6"), "wait...");
}

TEST(NormalizeTextTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(NormalizeText("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(NormalizeText("\xC3"), "\xEF\xBF\xBD");              // truncated sequence
  EXPECT_EQ(NormalizeText("\xED\xA0\x80"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
}

TEST(NormalizeTextTest, AppendsWithoutClearing) {
  std::string out = "x|";
  AppendNormalizedText(" A  B ", out);
  EXPECT_EQ(out, "x|a b");
}

TEST(NormalizeTextTest, HandlesLargeInputInLinearTime) {
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "Mot\xC2\xA0\xE2\x80\x8B ";
  const std::string out = NormalizeText(big);
  EXPECT_EQ(out.size(), 200000u * 4 - 1);
  EXPECT_EQ(out.substr(0, 8), "mot mot ");
}

TEST(AsciiLowerTest, OnlyTouchesAscii) {
  EXPECT_EQ(AsciiLower("Content-TYPE \xC3\x89"), "content-type \xC3\x89");
}

TEST(EqualsIgnoreCaseTest, ComparesAsciiCaseInsensitively) {
  EXPECT_TRUE(EqualsIgnoreCase("Reply-To", "reply-to"));
  EXPECT_FALSE(EqualsIgnoreCase("Reply-To", "reply-to:"));
  EXPECT_FALSE(EqualsIgnoreCase("abc", "abd"));
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
}

TEST(TrimWhitespaceTest, TrimsBothEnds) {
  EXPECT_EQ(TrimWhitespace(" \t x y \r\n"), "x y");
  EXPECT_EQ(TrimWhitespace("   "), "");
  EXPECT_EQ(TrimWhitespace(""), "");
}

TEST(EllipsizeTest, CutsOnCodePointBoundary) {
  EXPECT_EQ(Ellipsize("short", 10), "short");
  EXPECT_EQ(Ellipsize("abcdefghij", 6), "abc\xE2\x80\xA6");
  // "é" is two bytes; a cut inside it backs up to before it.
  EXPECT_EQ(Ellipsize("a\xC3\xA9\xC3\xA9\xC3\xA9", 6), "a\xC3\xA9\xE2\x80\xA6");
  EXPECT_EQ(Ellipsize("a\xC3\xA9\xC3\xA9\xC3\xA9", 5), "a\xE2\x80\xA6");
  EXPECT_LE(Ellipsize(std::string(100, 'x'), 10).size(), 10u);
  EXPECT_EQ(Ellipsize("abcdef", 2), "ab");
  EXPECT_EQ(Ellipsize("abcdef", 0), "");
}

}  // namespace
}  // namespace phishscan
