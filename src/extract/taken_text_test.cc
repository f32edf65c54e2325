#include "extract/taken_text.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

std::string Mark(std::size_t index) { return TakenTextMark(index); }

TEST(TakenTextTest, MarksAreOnePrivateUseCharacterEach) {
  EXPECT_EQ(Mark(0), "\xF3\xB0\x80\x80");       // U+F0000
  EXPECT_EQ(Mark(1), "\xF3\xB0\x80\x81");       // U+F0001
  EXPECT_EQ(Mark(0xFFFD), "\xF3\xBF\xBF\xBD");  // U+FFFFD, the last of plane 15
  EXPECT_EQ(Mark(0xFFFE), "\xF4\x80\x80\x80");  // U+100000: U+FFFFE and U+FFFFF are skipped
  EXPECT_EQ(Mark(kMaxTakenRuns - 1), "\xF4\x8F\xBF\xBD");  // U+10FFFD
}

TEST(TakenTextTest, RunsAreKeptAsGumboReadsThemAndMarkedInOrder) {
  TakenText taken;
  std::string out = "<p>";
  EXPECT_TRUE(taken.Take("first run of text", out));
  out += "<br>";
  EXPECT_TRUE(taken.Take("line\r\nends\rhere\r", out));
  EXPECT_EQ(out, "<p>" + Mark(0) + "<br>" + Mark(1));
  ASSERT_EQ(taken.size(), 2u);
  EXPECT_EQ(taken.Run(0), "first run of text");
  EXPECT_EQ(taken.Run(1), "line\nends\nhere\n");
}

TEST(TakenTextTest, RestorePutsEveryMarkBack) {
  TakenText taken;
  std::string out;
  taken.Take("alpha beta gamma", out);
  taken.Take("delta epsilon zeta", out);
  std::string buffer;
  EXPECT_EQ(taken.Restore("no mark here", buffer), "no mark here");
  EXPECT_EQ(taken.Restore("  " + Mark(1) + "&" + Mark(0) + " end", buffer),
            "  delta epsilon zeta&alpha beta gamma end");
  EXPECT_EQ(taken.Restore("caf\xC3\xA9 \xF0\x9F\x98\x80 " + Mark(0), buffer),
            "caf\xC3\xA9 \xF0\x9F\x98\x80 alpha beta gamma");
  EXPECT_EQ(taken.Restore(out, buffer), "alpha beta gammadelta epsilon zeta");
}

TEST(TakenTextTest, WhatOnlyLooksLikeAMarkIsLeftAsItIs) {
  TakenText taken;
  std::string out;
  taken.Take("the only run taken", out);
  std::string buffer;
  for (const std::string& text : {Mark(1), Mark(0xFFFE), std::string("\xF3\xB0\x80"), std::string("\xF4"),
                                  std::string("\xF3\xAF\xBF\xBF"), std::string("\xF3\xBF\xBF\xBE")}) {
    EXPECT_EQ(taken.Restore(text, buffer), text);
    EXPECT_EQ(taken.RestoreValue(text), text);
  }
  EXPECT_EQ(taken.Restore("\xF3\xB0" + Mark(0), buffer), "\xF3\xB0the only run taken");
  // A value is taken whole: only a value that is exactly a mark is one.
  EXPECT_EQ(taken.RestoreValue(Mark(0)), "the only run taken");
  EXPECT_EQ(taken.RestoreValue(Mark(0) + " "), Mark(0) + " ");
  EXPECT_EQ(TakenText().Restore(Mark(0), buffer), Mark(0));
}

TEST(TakenTextTest, MarksThatCouldComeFromTheInputAreFound) {
  EXPECT_FALSE(MayHoldTakenTextMark("<p>plain &amp; &#233; &#x41; \xF0\x9F\x98\x80 \xF3\xA0\x80\x81</p>"));
  EXPECT_TRUE(MayHoldTakenTextMark("a \xF3\xB0\x80\x80 b"));  // U+F0000
  EXPECT_TRUE(MayHoldTakenTextMark("a \xF4\x8F\xBF\xBF b"));  // U+10FFFF
  EXPECT_TRUE(MayHoldTakenTextMark("a \xF4"));                 // even cut short
  EXPECT_TRUE(MayHoldTakenTextMark("&#983040;"));
  EXPECT_TRUE(MayHoldTakenTextMark("&#xf0001"));
  EXPECT_TRUE(MayHoldTakenTextMark("&#X00010FFFD;"));
  EXPECT_FALSE(MayHoldTakenTextMark("&#xEFFFF;&#98304;&#x110000;&#"));
  EXPECT_FALSE(MayHoldTakenTextMark("&#99999999999999999999999;"));
}

TEST(TakenTextTest, NoMoreRunsAreTakenThanThereAreMarks) {
  TakenText taken;
  std::string out;
  for (std::size_t i = 0; i < kMaxTakenRuns; ++i) ASSERT_TRUE(taken.Take("r", out));
  const std::string before = out;
  EXPECT_FALSE(taken.Take("one run too many", out));
  EXPECT_EQ(out, before);
  EXPECT_EQ(taken.size(), kMaxTakenRuns);
  std::string buffer;
  EXPECT_EQ(taken.Restore(Mark(kMaxTakenRuns - 1), buffer), "r");
}

TEST(TakenTextTest, PlainTextIsWhatGumboReadsByteForByte) {
  EXPECT_EQ(PlainTextEnd("Hello, world!\r\n\tOK", 0), 18u);
  EXPECT_EQ(PlainTextEnd("caf\xC3\xA9 \xE2\x82\xAC 5 \xF0\x9F\x98\x80!", 0), 17u);
  EXPECT_EQ(PlainTextEnd("a&amp;b", 0), 1u);
  EXPECT_EQ(PlainTextEnd("a<b", 0), 1u);
  EXPECT_EQ(PlainTextEnd(std::string_view("a\0b", 3), 0), 1u);
  EXPECT_EQ(PlainTextEnd("a\x01" "b", 0), 1u);       // a control Gumbo replaces
  EXPECT_EQ(PlainTextEnd("a\x7F" "b", 0), 1u);       // DEL too
  EXPECT_EQ(PlainTextEnd("a\xC2\x85" "b", 0), 1u);   // and C1 controls
  EXPECT_EQ(PlainTextEnd("a\xEF\xB7\x90" "b", 0), 1u);  // and noncharacters (U+FDD0)
  EXPECT_EQ(PlainTextEnd("a\xEF\xBF\xBE" "b", 0), 1u);  // U+FFFE
  EXPECT_EQ(PlainTextEnd("a\xC3" "b", 0), 1u);       // ill-formed
  EXPECT_EQ(PlainTextEnd("a\xED\xA0\x80" "b", 0), 1u);  // a surrogate
  EXPECT_EQ(PlainTextEnd("a\xC0\xAF" "b", 0), 1u);   // overlong
  EXPECT_EQ(PlainTextEnd("abc", 3), 3u);
}

TEST(TakenTextTest, AReferenceIsCopiedToWhereItCouldEnd) {
  EXPECT_EQ(OtherTextEnd("&amp;rest", 0), 9u);  // all that could be read with it
  EXPECT_EQ(OtherTextEnd("&copy2023 x", 0), 9u);  // "&copy" needs no ';'
  EXPECT_EQ(OtherTextEnd("&#x41;&#65; x", 0), 6u);
  EXPECT_EQ(OtherTextEnd("& x", 0), 1u);
  EXPECT_EQ(OtherTextEnd("\x01x", 0), 1u);
  EXPECT_EQ(OtherTextEnd("x", 1), 1u);
}

}  // namespace
}  // namespace phishscan
