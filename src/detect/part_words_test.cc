#include "detect/part_words.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

TEST(PartWordsTest, PlainText) {
  auto words = DistinctWords("Hello Alice, the winter menu is here. Menu!", false);
  EXPECT_TRUE(words.count("hello"));
  EXPECT_TRUE(words.count("menu"));
  EXPECT_FALSE(words.count("is"));  // too short
  EXPECT_EQ(words.size(), 5u);
}

TEST(PartWordsTest, HtmlDropsMarkupScriptsAndStyles) {
  auto words = DistinctWords(
      "<html><head><style>.body{color:red}</style><script>var secret=1;</script></head>"
      "<body><!-- hidden comment --><p>Réinitialisez votre mot de passe</p></body></html>",
      true);
  EXPECT_TRUE(words.count("réinitialisez"));
  EXPECT_TRUE(words.count("passe"));
  EXPECT_FALSE(words.count("secret"));
  EXPECT_FALSE(words.count("color"));
  EXPECT_FALSE(words.count("comment"));
  EXPECT_FALSE(words.count("body"));
}

TEST(PartWordsTest, UnclosedMarkupIsSafe) {
  EXPECT_TRUE(DistinctWords("<script>never closed", true).empty());
  EXPECT_TRUE(DistinctWords("<p", true).empty());
  EXPECT_EQ(DistinctWords("word word word", false, 4, 1).size(), 1u);
}

TEST(PartWordsTest, WordsTextIsWhatDistinctWordsSplits) {
  const std::string html = "<p>Verify YOUR Account</p><script>var x;</script><p>today</p>";
  EXPECT_EQ(DistinctWordsIn(WordsText(html, true)), DistinctWords(html, true));
  EXPECT_EQ(DistinctWordsIn(WordsText(html, true), 2, 2), DistinctWords(html, true, 2, 2));
  EXPECT_EQ(WordsText("Hello  World", false), NormalizeText("Hello  World"));
}

TEST(PartWordsTest, PartTextsOfAContextMadeOnceAndMatchTheHelpers) {
  testing::TestMail m;
  m.text = "Your parcel is waiting.";
  m.html = "<html><body><p>Your <b>parcel</b> is waiting.</p><style>p{}</style></body></html>";
  auto scanned = testing::ScanForTest(m.Build());
  const ScanContext& ctx = *scanned->ctx;
  ASSERT_EQ(ctx.message.text_parts.size(), 2u);
  for (std::size_t i = 0; i < ctx.message.text_parts.size(); ++i) {
    const TextPart& part = ctx.message.text_parts[i];
    const std::string_view shown = ShownPartText(ctx, i);
    EXPECT_EQ(shown, part.is_html ? StripHtml(part.text) : part.text);
    EXPECT_EQ(PartWordsText(ctx, i), WordsText(part.text, part.is_html));
    // A second call reads the same text, not a new one.
    EXPECT_EQ(ShownPartText(ctx, i).data(), shown.data());
  }
}

}  // namespace
}  // namespace phishscan
