#include "detect/filler_tokens.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

std::string Repeat(std::string_view token, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += std::string(token) + " ";
  return out;
}

TEST(FillerTokens, NonsenseTokens) {
  for (const char* t : {"abcdef.12345.678.xyz", "a8f3k2qz", "qzvkdwpxt", "x7k2-m9p4", "rt5ee_9kq1"})
    EXPECT_TRUE(IsNonsenseToken(t)) << t;
  for (const char* t : {"python3.7", "mp3", "2024-11-18", "newsletter", "bestellung", "covid-19", "3f9a0c1e7b",
                        "order#12345", "€49,99", "windows10", "https://example.com/a8f3k2qz", "ütf8ühk3"})
    EXPECT_FALSE(IsNonsenseToken(t)) << t;
}

TEST(FillerTokens, NonsenseDependsOnPlaceAndHexSeparators) {
  // One letter/digit turn is enough only where no reader looks.
  EXPECT_FALSE(IsNonsenseToken("maktal11", FillerPlace::kShownText));
  EXPECT_TRUE(IsNonsenseToken("maktal11", FillerPlace::kUnshownHtml));
  // A separator makes a token no plain checksum; its turns then count.
  EXPECT_FALSE(IsNonsenseToken("3f9a0c1e", FillerPlace::kUnshownHtml));
  EXPECT_TRUE(IsNonsenseToken("3f9a.0c1e", FillerPlace::kShownText));
  EXPECT_FALSE(IsNonsenseToken("123456-789", FillerPlace::kUnshownHtml));
}

TEST(FillerTokens, RepeatedNonsenseToken) {
  const Filler f = FindFiller("Unsubscribe here. " + Repeat("abcdef.12345.678.xyz", 40) + "Thanks.");
  EXPECT_EQ(f.kind, "repeated token");
  EXPECT_EQ(f.sample, "abcdef.12345.678.xyz");
  EXPECT_EQ(f.count, 40u);
}

TEST(FillerTokens, PunctuationAroundTokensIsTrimmed) {
  const Filler f = FindFiller(Repeat("(abcdef.12345.678.xyz),", 10) + Repeat("\"abcdef.12345.678.xyz\"|", 10));
  EXPECT_EQ(f.kind, "repeated token");
  EXPECT_EQ(f.sample, "abcdef.12345.678.xyz");
  EXPECT_EQ(f.count, 20u);
  // A slash or a hash is no edge: the token keeps it and is no longer nonsense.
  EXPECT_TRUE(FindFiller(Repeat("/abcdef.12345.678.xyz#", 20)).kind.empty());
}

TEST(FillerTokens, RunOfRandomTokens) {
  std::string run;
  for (int i = 0; i < 20; ++i) run += "k" + std::to_string(i * 7 + 3) + "qz" + std::to_string(i) + "w ";
  const Filler f = FindFiller("Your order. " + run + "End.");
  EXPECT_EQ(f.kind, "random tokens");
  EXPECT_EQ(f.count, 20u);
}

TEST(FillerTokens, OrdinaryTextAndIdsAreNotFiller) {
  // A few tracking numbers among words, a repeated word, a log with
  // identifiers repeated between other words, a short list of codes.
  EXPECT_EQ(FindFiller("Tracking number 1z999aa10123456784, order a8f3k2qz, ref x7k2-m9p4. Thank you!").kind, "");
  EXPECT_EQ(FindFiller(Repeat("buffalo", 40)).kind, "");
  EXPECT_EQ(FindFiller(Repeat("[info] [n3xx_core] init done", 50)).kind, "");
  EXPECT_EQ(FindFiller(Repeat("2024-11-18", 40)).kind, "");
  EXPECT_EQ(FindFiller("codes: ab12cd ef34gh ij56kl mn78op qr90st, valid until friday").kind, "");
  EXPECT_EQ(FindFiller(Repeat("a8f3k2qz", 7)).kind, "");  // below the repetition bound
}

TEST(FillerTokens, HugeInputIsBounded) {
  const Filler f = FindFiller(Repeat("word", 500000) + Repeat("a8f3k2qz", 40));
  EXPECT_EQ(f.kind, "");  // beyond the token bound
}

TEST(FillerTokens, ReadableWordsLeaveFillerOut) {
  std::string filler = "_____________ ";
  for (int i = 0; i < 40; ++i) filler += "dw" + std::to_string(i) + "lij8qeo/izcb nj8z aw3b.l9we7t0 ";
  EXPECT_EQ(CountReadableWords(filler, 5), 0u);
  EXPECT_EQ(CountReadableWords(Repeat("abcdef.12345.678.xyz", 40), 5), 0u);
  EXPECT_EQ(CountReadableWords("https://a.example/x info@a.example Click here", 5), 2u);
}

TEST(FillerTokens, ReadableWordsCountDistinctWordsUpToEnough) {
  EXPECT_EQ(CountReadableWords("Your order has shipped and will arrive on Tuesday.", 5), 5u);
  EXPECT_EQ(CountReadableWords("Hello hello HELLO world", 5), 2u);
  EXPECT_EQ(CountReadableWords("Votre commande arrive jeudi", 10), 4u);
  EXPECT_EQ(CountReadableWords("", 5), 0u);
}

TEST(FillerTokens, PictographsAreNotWords) {
  // "🔔 Mensaje importante para Ana 🔔": four words between two bells.
  EXPECT_EQ(CountReadableWords("\xF0\x9F\x94\x94 Mensaje importante para Ana \xF0\x9F\x94\x94", 10), 4u);
  // "✔️ ➡" : a tick with its variation selector and an arrow.
  EXPECT_EQ(CountReadableWords("\xE2\x9C\x94\xEF\xB8\x8F \xE2\x9E\xA1", 5), 0u);
  // Accented and non-Latin words still count: "Prüfung", "доставка", "配送状況".
  EXPECT_EQ(CountReadableWords("Pr\xC3\xBC" "fung \xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB0 "
                               "\xE9\x85\x8D\xE9\x80\x81\xE7\x8A\xB6\xE6\xB3\x81", 5), 3u);
  // A truncated sequence at the end is read without going past the token.
  EXPECT_EQ(CountReadableWords("ok \xF0\x9F", 5), 1u);
}

TEST(FillerTokens, UnshownHtmlTextFindsTitleAndStyleInAnyCase) {
  EXPECT_EQ(UnshownHtmlText("<HTML><TiTlE lang=de>Rechnung</TITLE><p>shown</p>"
                            "<STYLE type=\"text/css\">p{color:red}</style></HTML>"),
            "Rechnung\np{color:red}\n");
  // An element left open runs to the end of the document.
  EXPECT_EQ(UnshownHtmlText("<style>a{}"), "a{}\n");
}

TEST(FillerTokens, UnshownHtmlTextIgnoresOtherMarkup) {
  EXPECT_EQ(UnshownHtmlText("<p>Votre commande est en route</p>"), "");
  EXPECT_EQ(UnshownHtmlText("<p>subtitle &lt;tit</p><titl"), "");  // "<titl" is cut short of "<title"
  EXPECT_EQ(UnshownHtmlText("<title"), "");                         // no '>' after the tag name
}

}  // namespace
}  // namespace phishscan
