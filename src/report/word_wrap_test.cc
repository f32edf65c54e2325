#include "report/word_wrap.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

std::string Wrap(std::string_view text, std::size_t width, std::string_view first = "",
                 std::string_view indent = "") {
  std::string out;
  AppendWrapped(text, first, indent, width, out);
  return out;
}

TEST(WordWrapTest, BreaksAtSpacesWithinWidth) {
  EXPECT_EQ(Wrap("one two three four", 9), "one two\nthree\nfour\n");
}

TEST(WordWrapTest, IndentsFirstAndFollowingLines) {
  EXPECT_EQ(Wrap("aa bb cc", 7, "- ", "  "), "- aa bb\n  cc\n");
}

TEST(WordWrapTest, WordLongerThanALineIsNeitherCutNorMoved) {
  EXPECT_EQ(Wrap("href: https://very-long.example/path now", 10),
            "href: https://very-long.example/path\nnow\n");
  EXPECT_EQ(Wrap("https://very-long.example/path", 10, "  ", "  "),
            "  https://very-long.example/path\n");
}

TEST(WordWrapTest, CountsCharactersNotBytes) {
  EXPECT_EQ(TextColumns("éé"), 2u);
  EXPECT_EQ(Wrap("ééé ééé", 7), "ééé ééé\n");
}

TEST(WordWrapTest, CollapsesRepeatedSpacesAndHandlesEmpty) {
  EXPECT_EQ(Wrap("a    b  ", 10), "a b\n");
  EXPECT_EQ(Wrap("", 10, "> "), "> \n");
}

}  // namespace
}  // namespace phishscan
