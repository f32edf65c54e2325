// ParseMessage on broken and hostile input: it must return what it could
// read, say what it could not, and stay within the Limits.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "base/text.h"
#include "parse/message.h"
#include "parse/message_test_support.h"

namespace phishscan {
namespace {

bool HasLimit(const Message& m, const std::string& name) {
  return std::find(m.limits_hit.begin(), m.limits_hit.end(), name) != m.limits_hit.end();
}

bool HasNoteContaining(const Message& m, const std::string& text) {
  return std::any_of(m.notes.begin(), m.notes.end(),
                     [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

TEST(MalformedMessageTest, EmptyInputStillGivesAMessage) {
  for (const char* raw : {"", "\n\n  \n", "From nobody Mon Jan  1 00:00:00 2024\n"}) {
    Message m = ParseMessage(raw, Limits{});
    EXPECT_TRUE(m.headers.empty());
    EXPECT_TRUE(m.text_parts.empty());
    EXPECT_TRUE(m.headers_only);
    EXPECT_TRUE(HasNoteContaining(m, "empty input")) << raw;
  }
}

TEST(MalformedMessageTest, HeadersOnly) {
  Message m = ParseMessage("From: a@b.example\nSubject: nothing else", Limits{});
  EXPECT_TRUE(m.headers_only);
  EXPECT_EQ(m.subject, "nothing else");
  EXPECT_TRUE(m.text_parts.empty());
  EXPECT_TRUE(HasNoteContaining(m, "no body"));
}

TEST(MalformedMessageTest, MissingHeaderBodySeparator) {
  Message m = ParseMessage(
      "From: a@b.example\nSubject: hello\nDear customer, your mailbox is full.\n"
      "Click https://x.example/ to upgrade.\n",
      Limits{});
  EXPECT_FALSE(m.headers_only);
  EXPECT_EQ(m.headers.size(), 2u);
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_NE(m.text_parts[0].text.find("Dear customer"), std::string::npos);
  EXPECT_TRUE(HasNoteContaining(m, "no blank line"));
}

TEST(MalformedMessageTest, NoHeadersAtAll) {
  Message m = ParseMessage("Dear user\nyour password expires today\n", Limits{});
  EXPECT_TRUE(m.headers.empty());
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_EQ(m.text_parts[0].text, "Dear user\nyour password expires today\n");
}

TEST(MalformedMessageTest, MismatchedBoundaryIsReadAsText) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"declared\"\n\n"
      "--actual\nContent-Type: text/html\n\n<a href=\"https://evil.example/\">Log in</a>\n"
      "--actual--\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_NE(m.text_parts[0].text.find("https://evil.example/"), std::string::npos);
  EXPECT_TRUE(HasNoteContaining(m, "boundary not found"));
}

TEST(MalformedMessageTest, BoundaryWithAnUnclosedQuoteStillSplitsTheParts) {
  Message m = ParseMessage(
      "From: a@b.example\r\nContent-Type: multipart/alternative;boundary=\"--_=_q-81\r\nSubject: s\r\n\r\n"
      "----_=_q-81\r\nContent-Type: text/plain\r\n\r\nplain words\r\n"
      "----_=_q-81\r\nContent-Type: text/html\r\n\r\n<a href=\"https://evil.example/\"><img src=\"x.png\"></a>\r\n"
      "----_=_q-81--\r\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 2u);
  EXPECT_EQ(TrimWhitespace(m.text_parts[0].text), "plain words");
  EXPECT_TRUE(m.text_parts[1].is_html);
  EXPECT_TRUE(HasNoteContaining(m, "quotation mark"));
  EXPECT_FALSE(HasNoteContaining(m, "boundary not found"));
}

TEST(MalformedMessageTest, MultipartWithoutBoundaryParameter) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\n"
      "hidden text\n--x--\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_NE(m.text_parts[0].text.find("hidden text"), std::string::npos);
  EXPECT_FALSE(m.notes.empty());
}

TEST(MalformedMessageTest, UnterminatedMultipartKeepsItsParts) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"z\"\n\n"
      "--z\nContent-Type: text/plain\n\nfirst\n--z\nContent-Type: text/plain\n\nsecond, cut",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 2u);
  EXPECT_EQ(m.text_parts[1].text, "second, cut");
}

TEST(MalformedMessageTest, NulBytesAndEightBitGarbage) {
  static constexpr char kRaw[] =
      "Subject: a\0b\nFrom: x\xFF@y.example\n\nbody\0with\0nuls \x80\x81\xFE\n";
  const std::string raw(kRaw, sizeof(kRaw) - 1);
  Message m = ParseMessage(raw, Limits{});
  ExpectAllTextValidUtf8(m);
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_NE(m.text_parts[0].text.find("with"), std::string::npos);
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  ExpectAllTextValidUtf8(ParseMessage(garbage, Limits{}));
}

TEST(MalformedMessageTest, DeeplyNestedMessagesAreBounded) {
  std::string raw;
  for (int i = 0; i < 100; ++i) raw += "Subject: level " + std::to_string(i) +
                                       "\nContent-Type: message/rfc822\n\n";
  raw += "Content-Type: text/plain\n\ninnermost text\n";
  Limits limits;
  Message m = ParseMessage(raw, limits);
  EXPECT_EQ(m.subject, "level 0");
  EXPECT_LE(m.max_depth_seen, limits.max_mime_depth);
  EXPECT_TRUE(HasLimit(m, "max_mime_depth"));
  EXPECT_TRUE(m.text_parts.empty());
  limits.max_mime_depth = 200;
  Message deep = ParseMessage(raw, limits);
  ASSERT_EQ(deep.text_parts.size(), 1u);
  EXPECT_EQ(deep.text_parts[0].text, "innermost text\n");
  EXPECT_EQ(deep.max_depth_seen, 100u);
}

TEST(MalformedMessageTest, DeeplyNestedMultipartsAreBounded) {
  std::string raw = "From: a@b.example\n";
  for (int i = 0; i < 5000; ++i) {
    raw += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" +
           std::to_string(i) + "\n";
  }
  raw += "Content-Type: text/plain\n\ndeep\n";
  Message m = ParseMessage(raw, Limits{});
  EXPECT_LE(m.max_depth_seen, Limits{}.max_mime_depth);
  EXPECT_TRUE(HasLimit(m, "max_mime_depth"));
}

TEST(MalformedMessageTest, MegabyteHeaderLineIsCut) {
  const std::string raw = "Subject: " + std::string(1 << 20, 'A') + "\nX-After: yes\n\nbody\n";
  Limits limits;
  Message m = ParseMessage(raw, limits);
  EXPECT_EQ(m.subject.size(), limits.max_header_bytes);
  ASSERT_NE(m.FindHeader("X-After"), nullptr);
  EXPECT_TRUE(HasLimit(m, "max_header_bytes"));
  ASSERT_EQ(m.text_parts.size(), 1u);
}

TEST(MalformedMessageTest, TooManyHeaders) {
  std::string raw;
  for (int i = 0; i < 50; ++i) raw += "X-H" + std::to_string(i) + ": v\n";
  raw += "\nbody\n";
  Limits limits;
  limits.max_header_count = 10;
  Message m = ParseMessage(raw, limits);
  EXPECT_EQ(m.headers.size(), 10u);
  EXPECT_TRUE(HasLimit(m, "max_header_count"));
}

TEST(MalformedMessageTest, TenThousandPartsAreBounded) {
  std::string raw = "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"p\"\n\n";
  for (int i = 0; i < 10000; ++i) raw += "--p\nContent-Type: text/plain\n\npart\n";
  raw += "--p--\n";
  Limits limits;
  const auto start = std::chrono::steady_clock::now();
  Message m = ParseMessage(raw, limits);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  EXPECT_EQ(m.mime_part_count, limits.max_mime_parts);
  EXPECT_EQ(m.text_parts.size(), limits.max_mime_parts);
  EXPECT_TRUE(HasLimit(m, "max_mime_parts"));
}

TEST(MalformedMessageTest, Base64BombStopsAtTheDecodeBudget) {
  // 3 MB of base64 for 2.25 MB of zeros, with a 1 MB decode budget.
  std::string encoded;
  for (int i = 0; i < 40000; ++i) encoded += std::string(76, 'A') + "\n";
  const std::string raw =
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"q\"\n\n"
      "--q\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" +
      encoded + "--q\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + encoded +
      "--q--\n";
  Limits limits;
  limits.max_decoded_bytes = 1 << 20;
  Message m = ParseMessage(raw, limits);
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].size, limits.max_decoded_bytes);
  EXPECT_EQ(m.attachments[0].sha256, "");  // not fully read, so no claim about its hash
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_TRUE(m.text_parts[0].text.empty());
  EXPECT_TRUE(m.text_parts[0].truncated);
  EXPECT_TRUE(HasLimit(m, "max_decoded_bytes"));
}

TEST(MalformedMessageTest, LongTextPartIsTruncated) {
  Limits limits;
  limits.max_part_text_bytes = 1000;
  Message m = ParseMessage("Subject: x\n\n" + std::string(5000, 'z') + "\n", limits);
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_EQ(m.text_parts[0].text.size(), 1000u);
  EXPECT_TRUE(m.text_parts[0].truncated);
  EXPECT_TRUE(HasLimit(m, "max_part_text_bytes"));
}

TEST(MalformedMessageTest, AttachmentScanBytesBoundTheKeptContent) {
  Limits limits;
  limits.max_attachment_scan_bytes = 64;
  const std::string html = "<html><body>" + std::string(500, 'x') + "</body></html>";
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"q\"\n\n"
      "--q\nContent-Type: text/html; name=\"page.html\"\n\n" + html + "\n--q--\n",
      limits);
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].size, html.size());
  EXPECT_EQ(m.attachments[0].content.size(), 64u);
  EXPECT_TRUE(HasLimit(m, "max_attachment_scan_bytes"));
}

TEST(MalformedMessageTest, MessageSizeLimit) {
  Limits limits;
  limits.max_message_bytes = 40;
  Message m = ParseMessage("Subject: short\n\n" + std::string(1000, 'b'), limits);
  EXPECT_EQ(m.subject, "short");
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_EQ(m.text_parts[0].text.size(), 40u - 16u);
  EXPECT_TRUE(HasLimit(m, "max_message_bytes"));
}

TEST(MalformedMessageTest, RepeatedSingletonHeadersAreNoted) {
  Message m = ParseMessage(
      "From: a@b.example\nFrom: c@d.example\nContent-Length: 1\nContent-Length: 2\n"
      "Content-Type: text/plain\nContent-Type: text/html\n\n<b>x</b>\n",
      Limits{});
  EXPECT_TRUE(HasNoteContaining(m, "From"));
  EXPECT_TRUE(HasNoteContaining(m, "Content-Type"));
  EXPECT_FALSE(HasNoteContaining(m, "Content-Length"));  // routine in mbox files
  ASSERT_EQ(m.text_parts.size(), 1u);
  EXPECT_TRUE(m.text_parts[0].is_html);  // the last Content-Type wins, as in GMime
}

TEST(MalformedMessageTest, FoldedFromNameIsStillAHeader) {
  Message m = ParseMessage(
      "From\n : <any@attack.example>\nFrom: <admin@legitimate.example>\nSubject: x\n\nhi\n",
      Limits{});
  ASSERT_EQ(m.from_all.size(), 2u);
  EXPECT_EQ(m.from.address, "any@attack.example");
  EXPECT_EQ(m.CountHeaders("from"), 2u);
}

}  // namespace
}  // namespace phishscan
