#include "input/mbox.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input/message_source.h"

namespace phishscan {
namespace {

std::vector<std::string> Messages(std::string_view mbox) {
  std::vector<std::string> out;
  for (auto [begin, end] : SplitMbox(mbox)) out.emplace_back(mbox.substr(begin, end - begin));
  return out;
}

const char kThree[] =
    "From alice@example.org Mon Nov 17 09:00:00 2025\n"
    "From: Alice <alice@example.org>\n"
    "Subject: one\n"
    "\n"
    "First body.\n"
    "\n"
    "From bob@example.org Mon Nov 17 10:00:00 2025\n"
    "Subject: two\n"
    "\n"
    "Second body.\n"
    "\n"
    "From carol@example.org Mon Nov 17 11:00:00 2025\n"
    "Subject: three\n"
    "\n"
    "Third body.\n";

TEST(SplitMboxTest, SplitsOnFromLinesAfterAnEmptyLine) {
  const std::vector<std::string> m = Messages(kThree);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].rfind("From alice@example.org", 0), 0u);
  EXPECT_NE(m[0].find("First body."), std::string::npos);
  EXPECT_EQ(m[1].rfind("From bob@example.org", 0), 0u);
  EXPECT_EQ(m[2].rfind("From carol@example.org", 0), 0u);
  EXPECT_NE(m[2].find("Third body.\n"), std::string::npos);
}

TEST(SplitMboxTest, OffsetsCoverTheWholeMbox) {
  const std::string_view mbox = kThree;
  const auto offsets = SplitMbox(mbox);
  ASSERT_EQ(offsets.size(), 3u);
  EXPECT_EQ(offsets[0].first, 0u);
  EXPECT_EQ(offsets[0].second, offsets[1].first);
  EXPECT_EQ(offsets[1].second, offsets[2].first);
  EXPECT_EQ(offsets[2].second, mbox.size());
}

TEST(SplitMboxTest, EscapedFromIsNotASeparator) {
  const std::vector<std::string> m = Messages(
      "From a@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: quoting\n"
      "\n"
      ">From the archive: an escaped line.\n"
      "\n"
      ">From x@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: not a message\n");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].find(">From x@example.org"), std::string::npos);
}

TEST(SplitMboxTest, FromLineInsideABodyWithoutEmptyLineBeforeIsNotASeparator) {
  const std::vector<std::string> m = Messages(
      "From a@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: body line\n"
      "\n"
      "Some text\n"
      "From b@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: still the first message\n");
  ASSERT_EQ(m.size(), 1u);
}

TEST(SplitMboxTest, ParagraphStartingWithFromIsNotASeparator) {
  const std::vector<std::string> m = Messages(
      "From a@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: letter\n"
      "\n"
      "Dear friend,\n"
      "\n"
      "From the desk of the director\n"
      "we write to you today.\n");
  ASSERT_EQ(m.size(), 1u);
}

TEST(SplitMboxTest, CrlfMbox) {
  const std::vector<std::string> m = Messages(
      "From a@example.org Mon Nov 17 09:00:00 2025\r\n"
      "Subject: one\r\n"
      "\r\n"
      "Body\r\n"
      "\r\n"
      "From b@example.org Mon Nov 17 09:00:00 2025\r\n"
      "Subject: two\r\n"
      "\r\n"
      "Body\r\n");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].rfind("From b@", 0), 0u);
}

TEST(SplitMboxTest, LeadingBlankLinesAreDroppedAndEmptyGivesNothing) {
  EXPECT_TRUE(SplitMbox("").empty());
  EXPECT_TRUE(SplitMbox("\n\n  \n").empty());
  const std::vector<std::string> m = Messages(
      "\n"
      "From a@example.org Mon Nov 17 09:00:00 2025\n"
      "Subject: one\n");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].rfind("From a@", 0), 0u);
}

TEST(SplitMboxTest, TextWithoutFromLineIsOneMessage) {
  EXPECT_EQ(Messages("Subject: plain\n\nbody\n").size(), 1u);
}

TEST(SplitMboxTest, FromLineAtTheVeryEndIsNotASeparator) {
  EXPECT_EQ(Messages("From a@x Mon Nov 17 09:00:00 2025\nSubject: a\n\nbody\n\nFrom ").size(), 1u);
}

TEST(NextMboxSeparatorTest, IgnoresOffsetZeroAndFindsTheNext) {
  const std::string_view mbox = kThree;
  const std::size_t second = NextMboxSeparator(mbox, 1);
  ASSERT_NE(second, std::string_view::npos);
  EXPECT_EQ(mbox.substr(second, 9), "From bob@");
  EXPECT_EQ(NextMboxSeparator(mbox, second), second);
  EXPECT_EQ(mbox.substr(NextMboxSeparator(mbox, second + 1), 11), "From carol@");
  EXPECT_EQ(NextMboxSeparator("From a@x Mon\nSubject: a\n\nbody\n", 1), std::string_view::npos);
}

}  // namespace
}  // namespace phishscan
