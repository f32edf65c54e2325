#include "extract/style_sheet.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(StyleSheetRulesTest, SimpleSelectorsThatHide) {
  StyleSheetRules rules;
  EXPECT_TRUE(rules.empty());
  rules.AddStyleText(
      "h4 { color: black } q{display:none} .pad, #filler { font-size: 0 }"
      "span.ghost{visibility:hidden} /* .commented{display:none} */ p{margin:0}");
  EXPECT_FALSE(rules.empty());
  EXPECT_EQ(rules.HiddenReason("q", "", ""), "display:none (style sheet)");
  EXPECT_EQ(rules.HiddenReason("div", "", "x pad"), "font-size:0 (style sheet)");
  EXPECT_EQ(rules.HiddenReason("div", "FILLER", ""), "font-size:0 (style sheet)");
  EXPECT_EQ(rules.HiddenReason("span", "", "ghost"), "visibility:hidden (style sheet)");
  EXPECT_EQ(rules.HiddenReason("div", "", "ghost"), "");
  EXPECT_EQ(rules.HiddenReason("h4", "", ""), "");
  EXPECT_EQ(rules.HiddenReason("p", "", "commented"), "");
}

TEST(StyleSheetRulesTest, IgnoresAtRulesAndComplexSelectors) {
  StyleSheetRules rules;
  rules.AddStyleText(
      "@media only screen and (max-width:600px) { .desktop { display:none } }"
      "div > p { display:none } a:hover{display:none} [hidden]{display:none} .a .b{display:none}");
  EXPECT_TRUE(rules.empty());
  EXPECT_EQ(rules.HiddenReason("div", "", "desktop"), "");
}

TEST(StyleSheetRulesTest, CommentsAreCutOutAndAnUnclosedOneHidesTheRest) {
  StyleSheetRules rules;
  rules.AddStyleText("q{dis/* a */play:/**/none} .x{display:none} /* .y{display:none}");
  EXPECT_EQ(rules.HiddenReason("q", "", ""), "display:none (style sheet)");
  EXPECT_EQ(rules.HiddenReason("div", "", "x"), "display:none (style sheet)");
  EXPECT_EQ(rules.HiddenReason("div", "", "y"), "");
}

TEST(StyleSheetRulesTest, MalformedCssDoesNotCrash) {
  StyleSheetRules rules;
  rules.AddStyleText("}}}{{{ .x{display:none");
  rules.AddStyleText("/* unterminated");
  rules.AddStyleText(std::string(200000, '{'));
  EXPECT_EQ(rules.HiddenReason("div", "", "x"), "");
}

}  // namespace
}  // namespace phishscan
