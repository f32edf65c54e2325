#include "messages/generated_messages.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "messages/message_writer.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

TEST(MessageWriterTest, Base64MatchesRfc4648Vectors) {
  std::string out;
  AppendBase64Lines(out, "Man");
  AppendBase64Lines(out, "Ma");
  AppendBase64Lines(out, "M");
  EXPECT_EQ(out, "TWFu\nTWE=\nTQ==\n");
}

TEST(MessageWriterTest, Base64WrapsAt76Columns) {
  std::string out;
  AppendBase64Lines(out, std::string(120, 'x'));  // 160 characters
  EXPECT_EQ(out.find('\n'), 76u);
  EXPECT_EQ(out.size(), 160u + 3u);
}

TEST(MessageWriterTest, QuotedPrintableEscapesAndSoftBreaks) {
  std::string out;
  AppendQuotedPrintable(out, "a=b caf\xC3\xA9");
  EXPECT_EQ(out, "a=3Db caf=C3=A9\n");
  std::string long_line;
  AppendQuotedPrintable(long_line, std::string(100, 'y'));
  EXPECT_EQ(long_line.find("=\n"), 75u);
}

TEST(GeneratedMessagesTest, SameBytesOnEveryCall) {
  EXPECT_EQ(NewsletterMessage(20), NewsletterMessage(20));
  EXPECT_EQ(SizedMessage(50 << 10), SizedMessage(50 << 10));
}

TEST(GeneratedMessagesTest, SweepSizesAreCloseToTheirTarget) {
  for (const std::size_t size : SweepSizes()) {
    const std::size_t actual = SizedMessage(size).size();
    const std::size_t tolerance = size / 20 + 2500;
    EXPECT_LT(actual > size ? actual - size : size - actual, tolerance) << SweepName(size);
  }
}

TEST(GeneratedMessagesTest, SizedMessageParsesIntoPlainAndHtmlWithLinks) {
  const std::string raw = SizedMessage(100 << 10);
  const Message message = ParseMessage(raw, Limits{});
  ASSERT_EQ(message.text_parts.size(), 2u);
  EXPECT_FALSE(message.text_parts[0].is_html);
  EXPECT_TRUE(message.text_parts[1].is_html);
  EXPECT_GT(Count(message.text_parts[1].text, "<a href="), 20u);
  EXPECT_GT(Count(message.text_parts[0].text, "\n"), 100u);  // short lines, not one long one
}

TEST(GeneratedMessagesTest, NewsletterHasItsLinksInBothParts) {
  const Message message = ParseMessage(NewsletterMessage(200), Limits{});
  ASSERT_EQ(message.text_parts.size(), 2u);
  EXPECT_EQ(Count(message.text_parts[0].text, "Read more <https://"), 200u);
  EXPECT_EQ(Count(message.text_parts[1].text, "class=\"btn\" href="), 200u);
}

TEST(GeneratedMessagesTest, AttachmentIsPdfShapedAndOfTheRequestedSize) {
  const Message message = ParseMessage(AttachmentMessage(1u << 20), Limits{});
  ASSERT_EQ(message.attachments.size(), 1u);
  EXPECT_EQ(message.attachments[0].filename, "quarterly-report.pdf");
  EXPECT_NEAR(static_cast<double>(message.attachments[0].size), 1 << 20, 64);
}

TEST(GeneratedMessagesTest, PathologicalShapesHaveTheirCounts) {
  EXPECT_EQ(Count(ManyLinksMessage(10000), "<a href="), 10000u);
  EXPECT_EQ(Count(ManyPartsMessage(1000), "\n--=_bench_many_9a01\n"), 1000u);
  const std::string to = LongAddressHeaderMessage(1u << 20);
  EXPECT_GT(Count(to, "@list-"), 15000u);
  const std::string subject = LongEncodedSubjectMessage(1u << 20);
  EXPECT_GT(subject.size(), 1u << 20);
  EXPECT_GT(Count(subject, "=?utf-8?B?"), 20000u);
}

TEST(GeneratedMessagesTest, SeedLureIsTheExample) {
  const std::string seed = SeedLure();
  ASSERT_FALSE(seed.empty());
  EXPECT_NE(seed.find("Subject: Update Internet Message Access Protocol"), std::string::npos);
}

}  // namespace
}  // namespace phishscan::bench
