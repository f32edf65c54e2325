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
  EXPECT_EQ(Guard("<p>Hello <b>you</b>, <a href=\"https://x.example/\">click</a></p>"),
            "<p>Hello <ps-b>you</ps-b>, <ps-a href=\"https://x.example/\">click</ps-a></p>");
  EXPECT_EQ(Guard("<font color=\"#fff\">x</font>"), "<ps-font color=\"#fff\">x</ps-font>");
  EXPECT_EQ(Guard("plain text, 1 < 2 > 0"), "plain text, 1 < 2 > 0");
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

TEST(GuardHtmlTest, CommentsAreCopied) {
  EXPECT_EQ(Guard("<!-- <div><b> --><i>x</i>"), "<!-- <div><b> --><ps-i>x</ps-i>");
  EXPECT_EQ(Guard("<!--><b>y</b>"), "<!--><ps-b>y</ps-b>");
  EXPECT_EQ(Guard("<!DOCTYPE html><?xml x?>z"), "<!DOCTYPE html><?xml x?>z");
}

TEST(GuardHtmlTest, RawTextIsReadAsMarkupButClosedCleanly) {
  // Script content may be rewritten (it is never used), but the script ends
  // where the parser ends it and what follows is intact.
  const std::string out = Guard("<script>if (a<b) document.write('<div><b>')</script><p>x</p>");
  EXPECT_EQ(out.substr(0, 17), "<script>if (a<b) ");
  EXPECT_EQ(out.substr(out.size() - 17), "</script><p>x</p>");
  EXPECT_EQ(Guard("<style>p { color: red } <!-- q{} --></style>"),
            "<style>p { color: red } <!-- q{} --></style>");
  // "<!--" inside raw text does not hide an end tag from the guard.
  const std::string hidden = Guard("<style><!--</style><div><div>x-->");
  EXPECT_EQ(hidden, "<style><!--</style><div><div>x-->");
}

TEST(GuardHtmlTest, QuotedGreaterThanDoesNotEndATag) {
  EXPECT_EQ(Guard("<a title=\"a>b\" href='x'>t</a>"), "<ps-a title=\"a>b\" href='x'>t</ps-a>");
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
  for (int i = 0; i < 100; ++i) html += " a" + std::to_string(i) + "=\"v\"";
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
  EXPECT_EQ(Guard("<html a><body b><html c><body d>x"), "<html a><body b>x");
}

TEST(GuardHtmlTest, NestedFormsAreDropped) {
  EXPECT_EQ(Guard("<form a><form b><input></form>"), "<form a><input></form>");
}

}  // namespace
}  // namespace phishscan
