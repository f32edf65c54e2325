#include "parse/html_meta_charset.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(HtmlMetaCharsetTest, FindsBothMetaForms) {
  EXPECT_EQ(HtmlMetaCharset("<html><head><META CHARSET=\"Windows-1251\"></head>"), "windows-1251");
  EXPECT_EQ(HtmlMetaCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=koi8-r\">"),
            "koi8-r");
}

TEST(HtmlMetaCharsetTest, IgnoresCharsetOutsideMeta) {
  EXPECT_EQ(HtmlMetaCharset("<p>charset=utf-8</p>"), "");
  EXPECT_EQ(HtmlMetaCharset("<meta name=\"x\" content=\"y\">"), "");
  EXPECT_EQ(HtmlMetaCharset(""), "");
}

TEST(HtmlMetaCharsetTest, LooksOnlyAtTheStart) {
  const std::string late = std::string(8000, ' ') + "<meta charset=\"koi8-r\">";
  EXPECT_EQ(HtmlMetaCharset(late), "");
}

}  // namespace
}  // namespace phishscan
