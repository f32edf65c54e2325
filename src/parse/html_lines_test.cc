#include "parse/html_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(HtmlLinesTest, OutlookHeaderBlockBecomesLines) {
  const std::string html =
      "<html><head><style>p{color:red}</style></head><body><div id=\"divRplyFwdMsg\">"
      "<font><b>De:</b> Banco &lt;<a href=\"mailto:x@y.example\">x@y.example</a>&gt;<br>"
      "<b>Enviado:</b>&nbsp;segunda<br><b>Assunto:</b> Conta&#32;&#x62;loqueada</font></div></body></html>";
  EXPECT_EQ(HtmlToLines(html, 10000), "\nDe: Banco <x@y.example>\nEnviado: segunda\nAssunto: Conta bloqueada\n");
}

TEST(HtmlLinesTest, ScriptsCommentsAndUnknownEntitiesAreHandled) {
  EXPECT_EQ(HtmlToLines("a<script>Subject: x</script>b<!-- From: c -->d &foo; &#0; &#xFFFFFFFF;", 1000),
            "abd &foo; &#0; &#xFFFFFFFF;");
  EXPECT_EQ(HtmlToLines("<SCRIPT>never closed", 1000), "");
  EXPECT_EQ(HtmlToLines("text <b unclosed", 1000), "text ");
  EXPECT_EQ(HtmlToLines("<!-- unclosed", 1000), "");
}

TEST(HtmlLinesTest, TextRunsKeepLoneAmpersandsAndFlattenBreaks) {
  EXPECT_EQ(HtmlToLines("a\r\nb\tc&d &amp; e & f&", 1000), "a  b c&d & e & f&");
  EXPECT_EQ(HtmlToLines("abcdef<br>gh", 3), "abc");
  EXPECT_EQ(HtmlToLines("ab&cd", 3), "ab&");
}

TEST(HtmlLinesTest, OutputIsBounded) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<style></style><br>abc";
  EXPECT_LE(HtmlToLines(html, 100).size(), 104u);
  EXPECT_EQ(HtmlToLines(std::string(100000, '<'), 1000), "");
}

}  // namespace
}  // namespace phishscan
