// Helpers shared by the parse tests: message invariants and field-by-field
// comparison.
#ifndef PHISHSCAN_PARSE_MESSAGE_TEST_SUPPORT_H_
#define PHISHSCAN_PARSE_MESSAGE_TEST_SUPPORT_H_

#include <glib.h>
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "parse/message.h"

namespace phishscan {

inline bool IsValidUtf8(const std::string& s) {
  return g_utf8_validate_len(s.data(), s.size(), nullptr) == TRUE;
}

inline std::optional<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

// The CRLF transport of a message: every bare LF becomes CRLF.
inline std::string ToCrlf(std::string_view lf) {
  std::string out;
  for (std::size_t i = 0; i < lf.size(); ++i) {
    if (lf[i] == '\n' && (i == 0 || lf[i - 1] != '\r')) out.push_back('\r');
    out.push_back(lf[i]);
  }
  return out;
}

inline void ExpectValidMailbox(const Mailbox& m) {
  EXPECT_TRUE(IsValidUtf8(m.display_name));
  EXPECT_TRUE(IsValidUtf8(m.address));
  EXPECT_TRUE(IsValidUtf8(m.domain));
  EXPECT_TRUE(IsValidUtf8(m.registrable_domain));
}

// Every text a later stage may print or put in JSON is valid UTF-8.
inline void ExpectAllTextValidUtf8(const Message& m) {
  for (const HeaderField& h : m.headers) {
    EXPECT_TRUE(IsValidUtf8(h.name));
    EXPECT_TRUE(IsValidUtf8(h.value));
    EXPECT_TRUE(IsValidUtf8(h.raw));
  }
  ExpectValidMailbox(m.from);
  for (const Mailbox& x : m.from_all) ExpectValidMailbox(x);
  for (const Mailbox& x : m.to) ExpectValidMailbox(x);
  for (const Mailbox& x : m.cc) ExpectValidMailbox(x);
  if (m.reply_to) ExpectValidMailbox(*m.reply_to);
  if (m.sender) ExpectValidMailbox(*m.sender);
  EXPECT_TRUE(IsValidUtf8(m.return_path));
  EXPECT_TRUE(IsValidUtf8(m.subject));
  EXPECT_TRUE(IsValidUtf8(m.date));
  EXPECT_TRUE(IsValidUtf8(m.message_id));
  for (const AuthResults& a : m.auth_results) {
    EXPECT_TRUE(IsValidUtf8(a.authserv_id) && IsValidUtf8(a.spf) && IsValidUtf8(a.dkim) &&
                IsValidUtf8(a.dmarc) && IsValidUtf8(a.spf_domain) &&
                IsValidUtf8(a.dkim_domain) && IsValidUtf8(a.dmarc_domain) &&
                IsValidUtf8(a.raw));
  }
  for (const ReceivedHop& r : m.received) {
    EXPECT_TRUE(IsValidUtf8(r.from_helo) && IsValidUtf8(r.from_rdns) &&
                IsValidUtf8(r.from_ip) && IsValidUtf8(r.by) && IsValidUtf8(r.raw));
  }
  for (const TextPart& t : m.text_parts) {
    EXPECT_TRUE(IsValidUtf8(t.text));
    EXPECT_EQ(t.text.find('\r'), std::string::npos);
    EXPECT_TRUE(IsValidUtf8(t.charset));
  }
  for (const Attachment& a : m.attachments) {
    EXPECT_TRUE(IsValidUtf8(a.filename) && IsValidUtf8(a.declared_type) &&
                IsValidUtf8(a.sniffed_type));
  }
  for (const std::string& note : m.notes) EXPECT_TRUE(IsValidUtf8(note));
}

inline void ExpectSameMailbox(const Mailbox& a, const Mailbox& b) {
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.address, b.address);
  EXPECT_EQ(a.domain, b.domain);
  EXPECT_EQ(a.registrable_domain, b.registrable_domain);
}

inline void ExpectSameMailboxes(const std::vector<Mailbox>& a, const std::vector<Mailbox>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) ExpectSameMailbox(a[i], b[i]);
}

// Field-by-field equality of two parses (used for the LF/CRLF property).
inline void ExpectSameMessage(const Message& a, const Message& b) {
  ASSERT_EQ(a.headers.size(), b.headers.size());
  for (std::size_t i = 0; i < a.headers.size(); ++i) {
    EXPECT_EQ(a.headers[i].name, b.headers[i].name);
    EXPECT_EQ(a.headers[i].value, b.headers[i].value);
    EXPECT_EQ(a.headers[i].raw, b.headers[i].raw);
  }
  ExpectSameMailbox(a.from, b.from);
  ExpectSameMailboxes(a.from_all, b.from_all);
  ExpectSameMailboxes(a.to, b.to);
  ExpectSameMailboxes(a.cc, b.cc);
  ASSERT_EQ(a.reply_to.has_value(), b.reply_to.has_value());
  if (a.reply_to) ExpectSameMailbox(*a.reply_to, *b.reply_to);
  ASSERT_EQ(a.sender.has_value(), b.sender.has_value());
  if (a.sender) ExpectSameMailbox(*a.sender, *b.sender);
  EXPECT_EQ(a.return_path, b.return_path);
  EXPECT_EQ(a.subject, b.subject);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.message_id, b.message_id);
  ASSERT_EQ(a.auth_results.size(), b.auth_results.size());
  for (std::size_t i = 0; i < a.auth_results.size(); ++i) {
    const AuthResults& x = a.auth_results[i];
    const AuthResults& y = b.auth_results[i];
    EXPECT_EQ(x.authserv_id, y.authserv_id);
    EXPECT_EQ(x.spf, y.spf);
    EXPECT_EQ(x.dkim, y.dkim);
    EXPECT_EQ(x.dmarc, y.dmarc);
    EXPECT_EQ(x.spf_domain, y.spf_domain);
    EXPECT_EQ(x.dkim_domain, y.dkim_domain);
    EXPECT_EQ(x.dmarc_domain, y.dmarc_domain);
    EXPECT_EQ(x.raw, y.raw);
  }
  ASSERT_EQ(a.received.size(), b.received.size());
  for (std::size_t i = 0; i < a.received.size(); ++i) {
    EXPECT_EQ(a.received[i].from_helo, b.received[i].from_helo);
    EXPECT_EQ(a.received[i].from_rdns, b.received[i].from_rdns);
    EXPECT_EQ(a.received[i].from_ip, b.received[i].from_ip);
    EXPECT_EQ(a.received[i].by, b.received[i].by);
    EXPECT_EQ(a.received[i].raw, b.received[i].raw);
  }
  ASSERT_EQ(a.text_parts.size(), b.text_parts.size());
  for (std::size_t i = 0; i < a.text_parts.size(); ++i) {
    EXPECT_EQ(a.text_parts[i].is_html, b.text_parts[i].is_html);
    EXPECT_EQ(a.text_parts[i].text, b.text_parts[i].text);
    EXPECT_EQ(a.text_parts[i].charset, b.text_parts[i].charset);
    EXPECT_EQ(a.text_parts[i].content_type, b.text_parts[i].content_type);
    EXPECT_EQ(a.text_parts[i].depth, b.text_parts[i].depth);
    EXPECT_EQ(a.text_parts[i].truncated, b.text_parts[i].truncated);
  }
  ASSERT_EQ(a.attachments.size(), b.attachments.size());
  for (std::size_t i = 0; i < a.attachments.size(); ++i) {
    EXPECT_EQ(a.attachments[i].filename, b.attachments[i].filename);
    EXPECT_EQ(a.attachments[i].declared_type, b.attachments[i].declared_type);
    EXPECT_EQ(a.attachments[i].sniffed_type, b.attachments[i].sniffed_type);
    EXPECT_EQ(a.attachments[i].size, b.attachments[i].size);
    EXPECT_EQ(a.attachments[i].sha256, b.attachments[i].sha256);
    EXPECT_EQ(a.attachments[i].content, b.attachments[i].content);
    EXPECT_EQ(a.attachments[i].inline_disposition, b.attachments[i].inline_disposition);
  }
  EXPECT_EQ(a.mime_part_count, b.mime_part_count);
  EXPECT_EQ(a.max_depth_seen, b.max_depth_seen);
  EXPECT_EQ(a.had_mbox_from_line, b.had_mbox_from_line);
  EXPECT_EQ(a.headers_only, b.headers_only);
  EXPECT_EQ(a.notes, b.notes);
  EXPECT_EQ(a.limits_hit, b.limits_hit);
}

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_MESSAGE_TEST_SUPPORT_H_
