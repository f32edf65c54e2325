#include "parse/gmime_header_view.h"

#include <gmime/gmime.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/glib_ptr.h"
#include "parse/gmime_init.h"

namespace phishscan {
namespace {

TEST(HeaderBlockForGMimeTest, FieldsGMimeNeverReadsAreLeftOut) {
  EXPECT_EQ(HeaderBlockForGMime("Received: from a.example by b.example;\n\tMon, 1 Jan 2024\n"
                                "X-Mailer: Outlook\nDKIM-Signature:\n v=1; a=rsa\nMIME-Version: 1.0\n"
                                "X-Spam_Score: 1\nX-Spam-Flag : NO\n"),
            "Received: x\n\tx\nMIME-Version: 1.0\nX-Spam_Score: x\nX-Spam-Flag : x\n");
  // The first field stays, without its text.
  EXPECT_EQ(HeaderBlockForGMime("DKIM-Signature:\n v=1; a=rsa\nX-Empty:\n"), "DKIM-Signature:\n x\n");
  EXPECT_EQ(HeaderBlockForGMime("X-Blank:   \nX-Empty:\n"), "X-Blank:\n");
}

TEST(HeaderBlockForGMimeTest, FieldsGMimeReadsKeepTheirText) {
  const std::string kept =
      "MIME-Version: 1.0\nContent-Type: multipart/mixed;\n boundary=\"b\"\n"
      "content-transfer-encoding: 7bit\nContent-Disposition: inline\n";
  EXPECT_EQ(HeaderBlockForGMime(kept), kept);
}

// The fields RFC 5322 allows once: GMime only compares a repeat's text with
// the first one's.
TEST(HeaderBlockForGMimeTest, FieldsGMimeComparesKeepADigestOfTheirText) {
  const auto one = [](const std::string& field) {
    const std::string out = HeaderBlockForGMime(field);
    EXPECT_EQ(out.find('\n'), out.size() - 1) << field;  // one line
    return out;
  };
  for (const std::string name : {"Subject", "Date", "Message-ID", "In-Reply-To", "References", "subject", "From",
                                  "Sender", "Reply-To", "To", "Cc", "Bcc", "TO"}) {
    const std::string digest = one(name + ": hello\n");
    EXPECT_EQ(digest.substr(0, name.size() + 3), name + ": x") << digest;
    EXPECT_EQ(digest.size(), name.size() + 3 + 16 + 1) << digest;
    EXPECT_EQ(one(name + ": hello\n"), digest);
    EXPECT_NE(one(name + ": hellO\n"), digest);
    EXPECT_NE(one(name + ":hello\n"), digest);
    EXPECT_NE(one(name + ": hel\n lo\n"), digest);
    EXPECT_NE(one(name + ": hello \n"), digest);
  }
  EXPECT_EQ(HeaderBlockForGMime("Subject : spaced name\n").substr(0, 11), "Subject : x");
}

TEST(HeaderBlockForGMimeTest, TextGMimeCouldWarnAboutOrDecodeIsKept) {
  for (const std::string field : {
           "Content-Type: text/plain; name=\"=?utf-8?q?caf=C3=A9?=\"\n",  // a field GMime reads
           "X-Latin: caf\xE9\n",                    // 8-bit, invalid UTF-8
           "X-Utf8: caf\xC3\xA9\n",                 // 8-bit
           "X-Control: a\x01" "b\n",                // a control byte
           "X-Folded: a\n\tcaf\xE9\n",              // 8-bit on a continuation line
           "X-Folded: a\n \t\nX-Next: b\n",          // a continuation line of blanks only
           "X-Cr: a\rb\n",                           // a lone carriage return
       }) {
    EXPECT_NE(HeaderBlockForGMime(field).find(field.substr(0, field.find('\n'))), std::string::npos) << field;
  }
  EXPECT_EQ(HeaderBlockForGMime("X-Folded: a\n \t\nX-Next: b\n"), "X-Folded: a\n \t\n");
  // A name folded away from its colon is left as it is.
  EXPECT_EQ(HeaderBlockForGMime("X-Name\n : value\n"), "X-Name\n : value\n");
}

// Encoded words in a field GMime reads nothing from are ReadHeaderFields'
// to decode (and to report on): GMime is not given them again.
TEST(HeaderBlockForGMimeTest, EncodedWordsInUnreadFieldsAreLeftOut) {
  EXPECT_EQ(HeaderBlockForGMime("MIME-Version: 1.0\nX-Encoded: =?utf-8?q?caf=C3=A9?=\n"), "MIME-Version: 1.0\n");
  const std::string subject = HeaderBlockForGMime("Subject: =?iso-8859-1?q?Dear Customer?=\n");
  EXPECT_EQ(subject.substr(0, 10), "Subject: x");
  EXPECT_EQ(subject.size(), 10u + 16 + 1);
}

// What GMime reports while building a MIME part from `bytes`, as
// ReadBody asks it to: each warning, then the part's content type.
std::vector<std::string> GMimeView(const std::string& bytes) {
  std::vector<std::string> seen;
  ParserOptionsPtr options = NewPermissiveParserOptions();
  g_mime_parser_options_set_warning_callback(
      options.get(),
      [](gint64, GMimeParserWarning code, const gchar* item, gpointer out) {
        static_cast<std::vector<std::string>*>(out)->push_back(std::to_string(code) + ":" +
                                                               (item != nullptr ? item : ""));
      },
      &seen);
  GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GObjectPtr<GMimeObject> body(g_mime_parser_construct_part(parser.get(), options.get()));
  GCharPtr type(body != nullptr ? g_mime_content_type_get_mime_type(g_mime_object_get_content_type(body.get()))
                                : nullptr);
  seen.push_back(type != nullptr ? type.get() : "(none)");
  return seen;
}

TEST(HeaderBlockForGMimeTest, GMimeWarnsAndStructuresAlike) {
  EnsureGMimeInitialized();
  const std::string headers =
      "Received: from a.example (a.example [192.0.2.1])\n\tby b.example; Mon, 1 Jan 2024\n"
      "X-Plain: =?bogus?q?x?= and =?utf-8?b?!!!?= and =?utf-8?q?bad\n"
      "X-Latin: caf\xE9\nX-Empty:\nDKIM-Signature: v=1;\n b=abc\n"
      "From: A <a@b.example>\nFrom: A <a@b.example>\nTo: <<<broken\nTo: x@y.example\nSubject: =?utf-8?q?bad\n"
      "Subject: other\nDate: Mon, 1 Jan 2024\nDate: Mon, 1 Jan 2024\nMessage-ID: <1@b>\n"
      "Message-ID: <2@b>\nReferences: <0@b>\n <1@b>\nReferences: <0@b> <1@b>\n"
      "X-Folded: a\n \t\nContent-Type: multipart/alternative; boundary=\"b\"; x=\"\n"
      "Content-Disposition: inline\nContent-Disposition: inline\nMIME-Version: 1.0\n";
  const std::string body = "\n--b\nContent-Type: text/html\n\n<p>hi</p>\n--b--\n";
  const std::vector<std::string> full = GMimeView(headers + body);
  EXPECT_GT(full.size(), 3u);  // the test needs warnings to compare
  EXPECT_EQ(GMimeView(HeaderBlockForGMime(headers) + body), full);
}

TEST(HeaderBlockForGMimeTest, LineStructureIsKept) {
  EXPECT_EQ(HeaderBlockForGMime(""), "");
  EXPECT_EQ(HeaderBlockForGMime("X-A: 1"), "X-A: x");  // no newline at the end stays so
  EXPECT_EQ(HeaderBlockForGMime("X-A: 1\n"), "X-A: x\n");
  EXPECT_EQ(HeaderBlockForGMime("MIME-Version: 1.0\nX-B: 4"), "MIME-Version: 1.0\n");
  EXPECT_EQ(HeaderBlockForGMime("MIME-Version: 1.0\nContent-Type: text/plain"),
            "MIME-Version: 1.0\nContent-Type: text/plain");
  const std::string block = "X-A: 1\n 2\n\t3\nMIME-Version: 1.0\nX-B: 4\n 5\nContent-Type: text/plain\n";
  EXPECT_EQ(HeaderBlockForGMime(block), "X-A: x\n x\n\tx\nMIME-Version: 1.0\nContent-Type: text/plain\n");
}

}  // namespace
}  // namespace phishscan
