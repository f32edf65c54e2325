// The parsed message: built once from the raw bytes, then read-only and
// handed to every later stage. Text is UTF-8 whatever the source charset.
#ifndef PHISHSCAN_PARSE_MESSAGE_H_
#define PHISHSCAN_PARSE_MESSAGE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/limits.h"

namespace phishscan {

struct Mailbox {
  std::string display_name;        // RFC 2047-decoded, UTF-8, trimmed
  std::string address;             // local@domain as written (lower-cased domain)
  std::string domain;              // ASCII lower case, "" when none
  std::string registrable_domain;  // eTLD+1 of domain
};

struct HeaderField {
  std::string name;   // as written
  std::string value;  // unfolded, RFC 2047-decoded to UTF-8
  std::string raw;    // unfolded raw value, undecoded
};

// One Authentication-Results header as the receiving server recorded it.
struct AuthResults {
  std::string authserv_id;
  std::string spf;    // "pass", "fail", "softfail", "neutral", "none", "temperror", ... or ""
  std::string dkim;   // first dkim result
  std::string dmarc;
  std::string spf_domain;    // smtp.mailfrom domain
  std::string dkim_domain;   // header.d / header.i domain
  std::string dmarc_domain;  // header.from
  std::string raw;
};

struct ReceivedHop {
  std::string from_helo;  // name after "from"
  std::string from_rdns;  // name in parentheses, "unknown" when the server said so
  std::string from_ip;    // address in brackets
  std::string by;         // receiving host
  std::string raw;
};

struct TextPart {
  bool is_html = false;
  std::string text;         // decoded content, UTF-8
  std::string charset;      // declared charset ("" when none)
  std::string content_type; // "text/plain", "text/html"
  std::size_t depth = 0;    // MIME nesting depth
  bool truncated = false;   // cut at Limits::max_part_text_bytes
};

struct Attachment {
  std::string filename;       // decoded name, "" when none
  std::string declared_type;  // Content-Type as declared, lower case
  std::string sniffed_type;   // MIME type from the content (libmagic)
  std::size_t size = 0;       // decoded size in bytes
  std::string sha256;         // hex of the decoded content
  std::string content;        // first Limits::max_attachment_scan_bytes decoded bytes of
                              // HTML, PDF, text, SVG or archive-like parts; empty otherwise
  bool inline_disposition = false;
};

// A message this one forwards: attached as message/rfc822 (or an .eml
// file), or pasted inline under a header block ("-----Original Message-----",
// "De: ... Enviado: ... Assunto: ..."). Its From is only what the forwarded
// mail claimed: nothing authenticates it, which is why detectors judge it.
struct ForwardedOriginal {
  Mailbox from;
  std::optional<Mailbox> reply_to;
  std::vector<Mailbox> to;  // at most kMaxForwardedRecipients
  std::string subject;   // decoded, trimmed, at most kMaxForwardedSubjectBytes
  bool attached = false; // message/rfc822 part, not an inline header block
};

inline constexpr std::size_t kMaxForwardedOriginals = 8;
inline constexpr std::size_t kMaxForwardedSubjectBytes = 300;
inline constexpr std::size_t kMaxForwardedRecipients = 16;

struct Message {
  std::vector<HeaderField> headers;
  // The sender as mail programs show it: the first mailbox of From, or, for
  // a From cut by a comma (`"Offer name", x@shop.example`), the name before
  // the comma with the first address that has a domain (see
  // parse/displayed_sender.h; a parse note records the recovery).
  Mailbox from;
  std::vector<Mailbox> from_all;  // every address in From as parsed (usually one)
  std::optional<Mailbox> reply_to;
  std::optional<Mailbox> sender;
  std::string return_path;  // address in Return-Path, "" when none
  std::vector<Mailbox> to;
  std::vector<Mailbox> cc;
  std::string subject;
  std::string date;
  std::string message_id;
  std::vector<AuthResults> auth_results;  // in header order (most recent hop first)
  std::vector<ReceivedHop> received;       // in header order (most recent hop first)
  std::vector<TextPart> text_parts;        // text/plain and text/html bodies, in MIME order
  std::vector<Attachment> attachments;
  // Senders of forwarded messages, in document order, distinct, at most
  // kMaxForwardedOriginals.
  std::vector<ForwardedOriginal> forwarded;
  std::size_t mime_part_count = 0;
  std::size_t max_depth_seen = 0;
  bool had_mbox_from_line = false;
  bool headers_only = false;  // no body could be found
  std::vector<std::string> notes;        // what could not be parsed or was cut
  std::vector<std::string> limits_hit;   // names of Limits fields that were reached

  // First header with this name (case-insensitive), or nullptr.
  const HeaderField* FindHeader(std::string_view name) const;
  std::size_t CountHeaders(std::string_view name) const;
  // Sent through a mailing list (List-Id or List-Post): replies, names and
  // authentication are the list's business, not evidence about the writer.
  bool IsListTraffic() const;
  // The first From mailbox with an address and a domain: `from` unless a
  // malformed line left it without one ("From: Darty, <x@shop.example>" that
  // no recovery could read), else `from` as it is.
  const Mailbox& EffectiveFrom() const;
};

// Parses raw RFC 5322 bytes. Tolerates a leading mbox "From " line, LF or
// CRLF, broken boundaries, unknown charsets and 8-bit headers. Never fails:
// whatever could not be read is described in `notes`.
Message ParseMessage(std::string_view raw, const Limits& limits);

// Parses one address list header value into mailboxes (used for envelope
// addresses too).
std::vector<Mailbox> ParseMailboxList(std::string_view value);
Mailbox MailboxFromAddress(std::string_view address);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_MESSAGE_H_
