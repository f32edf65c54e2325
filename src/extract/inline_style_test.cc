#include "extract/inline_style.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ParseCssColorTest, ParsesCommonForms) {
  EXPECT_EQ(ParseCssColor("#fff")->rgb, 0xFFFFFFu);
  EXPECT_EQ(ParseCssColor("#FF6C2C")->rgb, 0xFF6C2Cu);
  EXPECT_EQ(ParseCssColor(" white ")->rgb, 0xFFFFFFu);
  EXPECT_EQ(ParseCssColor("rgb(255, 255, 255)")->rgb, 0xFFFFFFu);
  EXPECT_EQ(ParseCssColor("rgb(100%,0%,0%)")->rgb, 0xFF0000u);
  EXPECT_EQ(ParseCssColor("ffffff")->rgb, 0xFFFFFFu);
  EXPECT_TRUE(ParseCssColor("rgba(0,0,0,0)")->transparent);
  EXPECT_TRUE(ParseCssColor("transparent")->transparent);
  EXPECT_TRUE(ParseCssColor("#00000000")->transparent);
  EXPECT_FALSE(ParseCssColor("rgba(0,0,0,0.8)")->transparent);
}

TEST(ParseCssColorTest, RejectsUnknown) {
  EXPECT_FALSE(ParseCssColor(""));
  EXPECT_FALSE(ParseCssColor("#ggg"));
  EXPECT_FALSE(ParseCssColor("#12345"));
  EXPECT_FALSE(ParseCssColor("cornflowerblue-ish"));
  EXPECT_FALSE(ParseCssColor("rgb(1,2)"));
}

TEST(ColoursIndistinguishableTest, SmallTolerance) {
  EXPECT_TRUE(ColoursIndistinguishable(0xFFFFFF, 0xFFFFFF));
  EXPECT_TRUE(ColoursIndistinguishable(0xFEFEFE, 0xFFFFFF));
  EXPECT_FALSE(ColoursIndistinguishable(0xFFFFFF, 0xFF6C2C));
  EXPECT_FALSE(ColoursIndistinguishable(0x333333, 0xFFFFFF));
}

TEST(ParseInlineStyleTest, HidingDeclarations) {
  EXPECT_EQ(ParseInlineStyle("display:none").hidden_reason, "display:none");
  EXPECT_EQ(ParseInlineStyle("DISPLAY : NONE !important").hidden_reason, "display:none");
  EXPECT_EQ(ParseInlineStyle("visibility:hidden").hidden_reason, "visibility:hidden");
  EXPECT_EQ(ParseInlineStyle("font-size:0").hidden_reason, "font-size:0");
  EXPECT_EQ(ParseInlineStyle("font-size:0px").hidden_reason, "font-size:0");
  EXPECT_EQ(ParseInlineStyle("font-size:1px").hidden_reason, "tiny font-size");
  EXPECT_EQ(ParseInlineStyle("opacity:0").hidden_reason, "opacity:0");
  EXPECT_EQ(ParseInlineStyle("opacity:0.0").hidden_reason, "opacity:0");
  EXPECT_EQ(ParseInlineStyle("max-height:0;overflow:hidden").hidden_reason,
            "zero size with overflow:hidden");
  EXPECT_EQ(ParseInlineStyle("mso-hide:all").hidden_reason, "mso-hide:all");
  EXPECT_EQ(ParseInlineStyle("color:rgba(0,0,0,0)").hidden_reason, "transparent text");
  EXPECT_EQ(ParseInlineStyle("position:absolute;left:-9999px").hidden_reason,
            "off-screen position");
  EXPECT_EQ(ParseInlineStyle("text-indent:-10000px").hidden_reason, "off-screen text-indent");
}

TEST(ParseInlineStyleTest, FontSizeHidingIsToldApart) {
  EXPECT_TRUE(ParseInlineStyle("font-size:0px").hidden_by_font_size);
  EXPECT_TRUE(ParseInlineStyle("font-size:1px").hidden_by_font_size);
  // Another reason is not undone by a readable size below it.
  const InlineStyle both = ParseInlineStyle("font-size:0;display:none");
  EXPECT_EQ(both.hidden_reason, "display:none");
  EXPECT_FALSE(both.hidden_by_font_size);
  EXPECT_FALSE(ParseInlineStyle("display:none").hidden_by_font_size);
}

TEST(ParseInlineStyleTest, ReadableAbsoluteFontSize) {
  for (const char* style : {"font-size:13px", "font-size: 11pt !important", "font-size:1rem", "font-size:medium"}) {
    EXPECT_TRUE(ParseInlineStyle(style).readable_font_size) << style;
  }
  for (const char* style : {"font-size:0", "font-size:1px", "font-size:1.2em", "font-size:120%", "font-size:larger",
                            "color:#000", "font-size:px"}) {
    EXPECT_FALSE(ParseInlineStyle(style).readable_font_size) << style;
  }
}

TEST(ParseInlineStyleTest, VisibleDeclarations) {
  for (const char* style :
       {"", "display:block", "font-size:12px", "font-size:0.9em", "opacity:0.9",
        "max-height:0", "overflow:hidden", "display:none;display:block", "left:-9999px",
        "font-family:Arial,sans-serif;color:#333", ";;;:::", "display"}) {
    EXPECT_EQ(ParseInlineStyle(style).hidden_reason, "") << style;
  }
}

TEST(ParseInlineStyleTest, ColoursAndBackgrounds) {
  const InlineStyle button =
      ParseInlineStyle("background:#ff6c2c;color:#fff;padding:12px 28px;border-radius:4px");
  ASSERT_TRUE(button.color);
  EXPECT_EQ(button.color->rgb, 0xFFFFFFu);
  ASSERT_TRUE(button.background);
  EXPECT_EQ(button.background->rgb, 0xFF6C2Cu);
  EXPECT_FALSE(button.background_image);

  const InlineStyle image = ParseInlineStyle("background:url(x.png) #fff no-repeat");
  EXPECT_TRUE(image.background_image);
  const InlineStyle bgcolor = ParseInlineStyle("background-color: rgb(0, 112, 186)");
  EXPECT_EQ(bgcolor.background->rgb, 0x0070BAu);
}

}  // namespace
}  // namespace phishscan
