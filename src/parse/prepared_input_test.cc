#include "parse/prepared_input.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(IsHeaderFieldLineTest, Forms) {
  EXPECT_TRUE(IsHeaderFieldLine("Subject: hi"));
  EXPECT_TRUE(IsHeaderFieldLine("X-Empty:"));
  EXPECT_TRUE(IsHeaderFieldLine("Subject : spaced"));
  EXPECT_FALSE(IsHeaderFieldLine("Dear customer: your account"));
  EXPECT_FALSE(IsHeaderFieldLine(": no name"));
  EXPECT_FALSE(IsHeaderFieldLine("no colon at all"));
  EXPECT_FALSE(IsHeaderFieldLine("Caf\xC3\xA9: 8-bit name"));
}

TEST(PrepareInputTest, StripsMboxLineAndCrlf) {
  Message message;
  PreparedInput input =
      PrepareInput("From someone@example.com Mon Jan  1 00:00:00 2024\r\nSubject: a\r\n\r\nbody\r\n",
                   Limits{}, message);
  EXPECT_TRUE(message.had_mbox_from_line);
  EXPECT_EQ(input.Text(), "Subject: a\n\nbody\n");
  EXPECT_EQ(input.HeaderBlock(), "Subject: a\n");
  EXPECT_EQ(input.Body(), "body\n");
  EXPECT_TRUE(input.has_separator);
}

TEST(PrepareInputTest, FromHeaderIsNotAnMboxLine) {
  Message message;
  PreparedInput input = PrepareInput("From: a@b.example\n\nx", Limits{}, message);
  EXPECT_FALSE(message.had_mbox_from_line);
  EXPECT_EQ(input.HeaderBlock(), "From: a@b.example\n");
}

TEST(PrepareInputTest, InsertsTheMissingBlankLine) {
  Message message;
  PreparedInput input =
      PrepareInput("Subject: x\nFrom: a@b.example\nDear user, click here\nnow\n", Limits{}, message);
  EXPECT_EQ(input.HeaderBlock(), "Subject: x\nFrom: a@b.example\n");
  EXPECT_EQ(input.Body(), "Dear user, click here\nnow\n");
  EXPECT_TRUE(input.has_separator);
  ASSERT_FALSE(message.notes.empty());
}

TEST(PrepareInputTest, HeadersOnlyAndFoldedNames) {
  Message message;
  PreparedInput headers_only = PrepareInput("Subject: x\nTo: a@b.example", Limits{}, message);
  EXPECT_FALSE(headers_only.has_separator);
  EXPECT_EQ(headers_only.Body(), "");
  PreparedInput folded = PrepareInput("From\n : <a@b.example>\nTo: c@d.example\n\nhi", Limits{},
                                      message);
  EXPECT_EQ(folded.HeaderBlock(), "From\n : <a@b.example>\nTo: c@d.example\n");
}

TEST(PrepareInputTest, SkipsByteOrderMarkAndLeadingBlankLines) {
  Message message;
  EXPECT_EQ(PrepareInput("\xEF\xBB\xBFSubject: a\n\nb", Limits{}, message).HeaderBlock(),
            "Subject: a\n");
  EXPECT_EQ(PrepareInput("\r\n\nSubject: a\n\nb", Limits{}, message).HeaderBlock(),
            "Subject: a\n");
  // Text after a leading blank line stays body when it is not a header.
  PreparedInput text = PrepareInput("\nDear user, hello\n", Limits{}, message);
  EXPECT_EQ(text.HeaderBlock(), "");
  EXPECT_EQ(text.Body(), "Dear user, hello\n");
}

TEST(PrepareInputTest, OnlyCarriageReturnsThatEndALineAreDropped) {
  Message message;
  // A run of CRs before LF is one line end; a CR elsewhere is text.
  PreparedInput input =
      PrepareInput("Subject: a\r\r\nTo: b\rc\r\n\r\nx\r\ry\r\n\r\n\rz\r\r", Limits{}, message);
  EXPECT_EQ(input.HeaderBlock(), "Subject: a\nTo: b\rc\n");
  EXPECT_EQ(input.Body(), "x\r\ry\n\n\rz\r\r");
  EXPECT_EQ(PrepareInput("Subject: a\n\nno carriage return", Limits{}, message).Body(),
            "no carriage return");
}

TEST(PrepareInputTest, BoundsTheSize) {
  Message message;
  Limits limits;
  limits.max_message_bytes = 16;
  PreparedInput input = PrepareInput("Subject: 0123456789abcdef\n\nbody", limits, message);
  EXPECT_EQ(input.Text().size(), 16u);
  ASSERT_EQ(message.limits_hit.size(), 1u);
  EXPECT_EQ(message.limits_hit[0], "max_message_bytes");
}

}  // namespace
}  // namespace phishscan
