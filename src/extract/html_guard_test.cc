#include "extract/html_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

std::string Guard(std::string_view html) { return GuardHtml(html).html; }

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t i = haystack.find(needle); i != std::string_view::npos;
       i = haystack.find(needle, i + 1)) {
    ++n;
  }
  return n;
}

TEST(GuardHtmlTest, WellFormedMarkupOnlyLosesFormattingNames) {
  EXPECT_EQ(Guard("<p>Hello <b>you</b>, <a href=\"https://x.io/\">click</a></p>"),
            "<p>Hello <ps-b>you</ps-b>, <ps-a href=\"https://x.io/\">click</ps-a></p>");
  EXPECT_EQ(Guard("<font color=\"#fff\">x</font>"), "<ps-font color=\"#fff\">x</ps-font>");
  EXPECT_EQ(Guard("plain text, 1 < 2 > 0"), "plain text, 1 &lt; 2 > 0");
  const GuardedHtml plain = GuardHtml("<div><p>x</p></div>");
  EXPECT_FALSE(plain.dropped_tags);
  EXPECT_FALSE(plain.dropped_attributes);
}

TEST(GuardHtmlTest, ClosesWhatIsOpenAboveAnEndTag) {
  EXPECT_EQ(Guard("<div><span>x</div>y"), "<div><span>x</span></div>y");
  EXPECT_EQ(Guard("<ul><li>a<li>b</ul>"), "<ul><li>a<li>b</li></ul>");
}

TEST(GuardHtmlTest, DropsEndTagsTheParserWouldIgnore) {
  EXPECT_EQ(Guard("</x></p>text</div>"), "text");
  // An ordinary end tag does not close across a special element.
  EXPECT_EQ(Guard("<span><div>x</span>y"), "<span><div>xy");
}

TEST(GuardHtmlTest, AnAnchorClosesTheOpenAnchor) {
  EXPECT_EQ(Guard("<a href=1>one<a href=2>two</a>"),
            "<ps-a href=1>one</ps-a><ps-a href=2>two</ps-a>");
}

TEST(GuardHtmlTest, TablePartsOutsideATableAreDropped) {
  EXPECT_EQ(Guard("<td>x</td><tr>y"), "xy");
  EXPECT_EQ(Guard("<table><tr><td>a<td>b</table>"),
            "<table><tr><td>a<td>b</td></tr></table>");
}

TEST(GuardHtmlTest, CommentsLoseTheirText) {
  EXPECT_EQ(Guard("<!-- <div><b> --><i>x</i>"), "<!----><ps-i>x</ps-i>");
  EXPECT_EQ(Guard("<!--[if mso]><xml><o:x>1</o:x></xml><![endif]-->y"), "<!---->y");
  EXPECT_EQ(Guard("a<!-- unterminated <b>"), "a<!--");
  EXPECT_EQ(Guard("<!DOCTYPE html><?xml x?>z"), "<!DOCTYPE html><?xml x?>z");
}

// Where a comment ends decides what is markup after it, so the guard must end
// it where the HTML tokenizer does.
TEST(GuardHtmlTest, CommentsEndWhereTheTokenizerEndsThem) {
  EXPECT_EQ(Guard("<!--><b>y</b>"), "<!----><ps-b>y</ps-b>");
  EXPECT_EQ(Guard("<!---><b>y</b>"), "<!----><ps-b>y</ps-b>");
  EXPECT_EQ(Guard("<!---->y"), "<!---->y");
  EXPECT_EQ(Guard("<!-- a --!>y"), "<!---->y");
  EXPECT_EQ(Guard("<!-- a ---->y"), "<!---->y");
  // "<!--!>" opens a comment and does not close it: the link is inside it.
  EXPECT_EQ(Guard("<!--!> <a href=x>y</a> -->z"), "<!---->z");
  EXPECT_EQ(Guard("<!-- a --!-> b -->z"), "<!---->z");
}

TEST(GuardHtmlTest, CommentsAreCopiedWhereTheGuardCannotBeSure) {
  // In SVG, "<![CDATA[" may hide that "<!--" is text.
  EXPECT_EQ(Guard("<svg><![CDATA[ a > b <!-- ]]></svg><a href=x>y</a> -->"),
            "<svg><![CDATA[ a > b <!-- ]]></svg><a href=x>y</a> -->");
  // After a script, Gumbo may still be reading script text.
  EXPECT_EQ(Guard("<script>s</script><!-- c -->"), "<script>s</script><!-- c -->");
}

TEST(GuardHtmlTest, RawTextIsReadAsMarkupButClosedCleanly) {
  // Script content may be rewritten (it is never used), but the script ends
  // where the parser ends it and what follows is intact.
  const std::string out = Guard("<script>if (a<b) document.write('<div><b>')</script><p>x</p>");
  EXPECT_EQ(out.substr(0, 17), "<script>if (a<b) ");
  EXPECT_EQ(out.substr(out.size() - 17), "</script><p>x</p>");
  EXPECT_EQ(Guard("<title>p { color: red } <!-- q{} --></title>"),
            "<title>p { color: red } <!-- q{} --></title>");
  // "<!--" inside raw text does not hide an end tag from the guard.
  const std::string hidden = Guard("<title><!--</title><div><div>x-->");
  EXPECT_EQ(hidden, "<title><!--</title><div><div>x-->");
}

TEST(GuardHtmlTest, StyleTextIsHandedOverBesideTheMarkup) {
  const GuardedHtml out = GuardHtml("<p>a</p><style type=text/css>p { color: red }\r\n</style><p>b</p>");
  EXPECT_EQ(out.html, "<p>a</p><style type=text/css>x</style><p>b</p>");
  ASSERT_EQ(out.style_texts.size(), 1u);
  EXPECT_EQ(out.style_texts[0].first, 8u);  // where "<style" is in out.html
  EXPECT_EQ(out.style_texts[0].second, "p { color: red }\n");
  // The text ends where the tokenizer ends it, whatever it holds.
  const GuardedHtml tricky = GuardHtml("<style>a{}</styles><!-- </b> --></STYLE/ x='>'>y");
  EXPECT_EQ(tricky.html, "<style>x</style>y");
  ASSERT_EQ(tricky.style_texts.size(), 1u);
  EXPECT_EQ(tricky.style_texts[0].second, "a{}</styles><!-- </b> -->");
  EXPECT_EQ(GuardHtml("<style>a\rb\r\n</style>").style_texts[0].second, "a\nb\n");
}

TEST(GuardHtmlTest, StyleTextIsLeftWhereGumboMightReadItOtherwise) {
  for (const char* html : {
           "<style>a{}",                                  // no end tag
           "<style>a{}</style",                           // end tag cut short
           "<style>a{}/*\xC3\xA9*/</style>",              // not ASCII
           "<style>\x01" "a{}</style>",                   // a control Gumbo replaces
           "<svg><style>a{}</style></svg>",               // an SVG element
           "<select><style>a{}</style></select>",         // ignored inside <select>
           "<title><style>a{}</style></title>",           // text of the title
           "<script>s</script><style>a{}</style>",        // after a script
           "<frameset><style>a{}</style></frameset>",     // ignored in a frameset
       }) {
    const GuardedHtml out = GuardHtml(html);
    EXPECT_TRUE(out.style_texts.empty()) << html;
    EXPECT_NE(out.html.find("a{}"), std::string::npos) << html;
  }
  // Blank text makes a whitespace node, not a text node: left as it is.
  EXPECT_EQ(Guard("<style> \n </style>"), "<style> \n </style>");
}

// Inside raw text the guard still reads tags, but none may swallow the end
// of the raw text: Gumbo ends it at the first "</name" whatever precedes.
TEST(GuardHtmlTest, NoTagSwallowsTheEndOfRawText) {
  EXPECT_EQ(Guard("<title></t</title>k"), "<title></t</title>k");
  EXPECT_EQ(Guard("<textarea><a title=\"</textarea><b>x</b>"), "<textarea><a title=\"</textarea><ps-b>x</ps-b>");
  EXPECT_EQ(Guard("<style>\xC3\xA9</t</style>k"), "<style>\xC3\xA9</t</style>k");
  // Nor may the guard's idea of what is open inside it block its end.
  EXPECT_EQ(Guard("<style>\xC3\xA9<title></style>k"), "<style>\xC3\xA9<title></style>k");
  // The end lies past where an unterminated tag would run.
  EXPECT_EQ(Guard("<xmp><a title=\"</xmp>k"), "<xmp><a title=\"</xmp>k");
}

// A '<' that starts nothing stays text even when what follows it is dropped.
TEST(GuardHtmlTest, ALoneLessThanCannotStartATag) {
  EXPECT_EQ(Guard("a <</zz>b hidden>c"), "a &lt;b hidden>c");
  EXPECT_EQ(Guard("<</>x"), "&lt;x");
  EXPECT_EQ(Guard("<title>1 < 2</title>"), "<title>1 < 2</title>");  // raw text: as is
}

TEST(GuardHtmlTest, QuotedGreaterThanDoesNotEndATag) {
  EXPECT_EQ(Guard("<a alt=\"a>b\" href='x'>t</a>"), "<ps-a alt=\"a>b\" href='x'>t</ps-a>");
}

TEST(GuardHtmlTest, UnterminatedTagIsDropped) {
  EXPECT_EQ(Guard("text<a href=\"x"), "text");
  EXPECT_EQ(Guard("text<div"), "text");
  EXPECT_EQ(Guard("text<"), "text<");
}

TEST(GuardHtmlTest, NestingIsCappedButEvidenceKept) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<a href=x>y</a><img src=z><input type=password><form>";
  const GuardedHtml guarded = GuardHtml(html);
  EXPECT_TRUE(guarded.dropped_tags);
  EXPECT_EQ(Count(guarded.html, "<div>"), kMaxHtmlDepth);
  EXPECT_EQ(Count(guarded.html, "<ps-a href=x>y</ps-a>"), 1u);
  EXPECT_EQ(Count(guarded.html, "<img src=z>"), 1u);
  EXPECT_EQ(Count(guarded.html, "<input type=password>"), 1u);
  EXPECT_EQ(Count(guarded.html, "<form>"), 1u);
}

TEST(GuardHtmlTest, VoidNamesNestInsideSvgAndMath) {
  std::string html = "<math>";
  for (int i = 0; i < 5000; ++i) html += "<wbr>";
  const GuardedHtml guarded = GuardHtml(html);
  EXPECT_TRUE(guarded.dropped_tags);
  EXPECT_EQ(Count(guarded.html, "<wbr>"), kMaxHtmlDepth - 1);
}

TEST(GuardHtmlTest, AttributesAreCapped) {
  std::string html = "<div";
  for (int i = 0; i < 100; ++i) html += " id=\"v\"";
  html += ">x</div>";
  const GuardedHtml guarded = GuardHtml(html);
  EXPECT_TRUE(guarded.dropped_attributes);
  EXPECT_FALSE(guarded.dropped_tags);
  EXPECT_EQ(Count(guarded.html, "=\"v\""), kMaxHtmlAttributes);
  EXPECT_NE(guarded.html.find(">x</div>"), std::string::npos);
}

TEST(GuardHtmlTest, JunkTagNamesShareOneNameBeyondTheTable) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<junk" + std::to_string(i) + ">x</junk" + std::to_string(i) + ">";
  const std::string out = Guard(html);
  EXPECT_EQ(Count(out, "<junk"), 4096u);
  EXPECT_EQ(Count(out, "<ps-unknown>x</ps-unknown>"), 5000u - 4096u);
}

TEST(GuardHtmlTest, RepeatedRootElementsAreDropped) {
  EXPECT_EQ(Guard("<html id=a><body class=b><html id=c><body class=d>x"), "<html id=a><body class=b>x");
}

TEST(GuardHtmlTest, NestedFormsAreDropped) {
  EXPECT_EQ(Guard("<form name=a><form name=b><input></form>"), "<form name=a><input></form>");
}

TEST(GuardHtmlTest, UnreadAttributesAreLeftOut) {
  EXPECT_EQ(Guard("<div width=\"100%\" align=center CLASS=c data-x='>' / Style = 'color:red'>x</div>"),
            "<div CLASS=c Style = 'color:red'>x</div>");
  EXPECT_EQ(Guard("<input type=hidden name=n value=v size=3 maxlength=4>"),
            "<input type=hidden name=n value=v size=3>");
  // SVG attributes are all kept: Gumbo adjusts their names.
  EXPECT_EQ(Guard("<svg viewBox=\"0 0 1 1\"><a xlink:href=u data-x=1>t</a></svg>"),
            "<svg viewBox=\"0 0 1 1\"><ps-a xlink:href=u data-x=1>t</ps-a></svg>");
  // Inside raw text an attribute value may hold the end tag that ends it:
  // the guard ends the script there, as Gumbo does, and keeps the text.
  EXPECT_EQ(Guard("<script>a<i title=\"</script><a href=x>\">"),
            "<script>a<i title=\"</script><ps-a href=x>\">");
  EXPECT_EQ(Guard("<script>s</script><div width=1>x</div>"), "<script>s</script><div width=1>x</div>");
}

std::string Mark(std::size_t index) { return TakenTextMark(index); }

TEST(GuardHtmlTest, LongRunsOfTextAreHandedOverBesideTheMarkup) {
  const GuardedHtml out = GuardHtml("<p>\r\n  Your mailbox is almost full\r\n</p><p>ok &amp; more text to come</p>");
  EXPECT_EQ(out.html, "<p>\r\n  " + Mark(0) + "</p><p>ok &amp;" + " " + Mark(1) + "</p>");
  ASSERT_EQ(out.taken_text.size(), 2u);
  EXPECT_EQ(out.taken_text.Run(0), "Your mailbox is almost full\n");
  EXPECT_EQ(out.taken_text.Run(1), "more text to come");
  // A reference is copied with what could be part of it ("&copy" needs no
  // ';'), and what Gumbo would replace stays for Gumbo to replace.
  const GuardedHtml refs = GuardHtml("&copy2023 Example Company Ltd\x01 all rights reserved, worldwide");
  EXPECT_EQ(refs.html, "&copy2023 " + Mark(0) + "\x01 " + Mark(1));
  EXPECT_EQ(refs.taken_text.Run(0), "Example Company Ltd");
  // Short runs stay: their mark would save little.
  EXPECT_EQ(Guard("<p>Short text.</p>"), "<p>Short text.</p>");
}

TEST(GuardHtmlTest, TextIsLeftWhereGumboMightReadItOtherwise) {
  for (const std::string html : {
           "<svg><text>a long run of text in an svg</text></svg>",
           "<math><mi>a long run of text in mathml</mi></math>",
           "<script>s</script><p>a long run of text after a script</p>",
           "<frameset><noframes></noframes>a long run of text in a frameset",
           "<title>a long run of text in a title</title>",
           "<noscript>a long run of text in a noscript</noscript>",
           "<p>a long run of text beside a mark \xF3\xB0\x80\x81</p>",
           "<p>a long run of text beside a reference to one &#xF0001;</p>",
       }) {
    const GuardedHtml out = GuardHtml(html);
    EXPECT_EQ(out.taken_text.size(), 0u) << html;
    EXPECT_NE(out.html.find("a long run of text"), std::string::npos) << html;
  }
  EXPECT_EQ(GuardHtml("<p>a long run of text, but not taken</p>", GuardOptions{false}).taken_text.size(), 0u);
}

TEST(GuardHtmlTest, LongAttributeValuesAreHandedOverWhole) {
  const GuardedHtml out = GuardHtml(
      "<a href='https://login.example.net/verify' style=\"color:#333;font-size:14px\" title=t>x</a>"
      "<input type=hiddenhiddenhiddenhidden name=aaaaaaaaaaaaaaaaaaaaa value=\"a long default value\">"
      "<img src=https://img.example.net/logo.png alt=\"Tom &amp; Jerry cartoon logo\">");
  EXPECT_EQ(out.html, "<ps-a href=\"" + Mark(0) + "\" style=\"" + Mark(1) + "\">x</ps-a>" +
                          "<input type=hiddenhiddenhiddenhidden name=aaaaaaaaaaaaaaaaaaaaa value=\"" + Mark(2) +
                          "\"><img src=\"" + Mark(3) + "\" alt=\"Tom &amp; Jerry cartoon logo\">");
  ASSERT_EQ(out.taken_text.size(), 4u);
  EXPECT_EQ(out.taken_text.Run(0), "https://login.example.net/verify");
  EXPECT_EQ(out.taken_text.Run(1), "color:#333;font-size:14px");
  EXPECT_EQ(out.taken_text.Run(2), "a long default value");
  EXPECT_EQ(out.taken_text.Run(3), "https://img.example.net/logo.png");
  // In SVG every attribute stays as it is.
  EXPECT_EQ(Guard("<svg><a href=\"https://login.example.net/verify\">x</a></svg>"),
            "<svg><ps-a href=\"https://login.example.net/verify\">x</ps-a></svg>");
}

}  // namespace
}  // namespace phishscan
