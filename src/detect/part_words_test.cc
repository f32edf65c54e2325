#include "detect/part_words.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace phishscan
