// The header block as GMime is given it. GMime is asked for the top-level
// MIME part (g_mime_parser_construct_part), not a message: ReadHeaderFields
// reads the header block itself and ReadMessageFields parses the address
// fields. With a warning callback installed, GMime still decodes every
// header value it is handed only to validate it (6 % of a scan), so the
// fields GMime reads nothing from and can warn about nothing in are left
// out, and the ones it only compares for repeats are reduced to a digest.
#ifndef PHISHSCAN_PARSE_GMIME_HEADER_VIEW_H_
#define PHISHSCAN_PARSE_GMIME_HEADER_VIEW_H_

#include <string>
#include <string_view>

namespace phishscan {

// `block` as PrepareInput leaves it (LF line ends, field lines only). A field
// keeps its text when GMime interprets its name (Content-*, MIME-Version) or
// when its value could make GMime warn: bytes other than printable ASCII and
// tab (GMime names the field in its 8-bit warning), a continuation line of
// blanks only, or a name folded away from its colon. Encoded words ("=?")
// elsewhere need not reach it: ReadHeaderFields decodes every field it keeps
// with the same parser options, so their warnings are reported all the same
// (but for fields past Limits::max_header_count or bytes past
// Limits::max_header_bytes, which nothing decodes). The fields RFC 5322
// allows once (From, Sender, Reply-To, To, Cc, Bcc, Subject, Date,
// Message-ID, In-Reply-To, References), which GMime checks for repeats by
// comparing their raw text, become one line whose text is a digest of
// theirs, so a repeat still differs or not as it did. Every other field is
// left out when its name is letters, digits and hyphens only (a name no
// parser rejects) and it is not the first field (so GMime never sees a
// message without headers). The fields left in without their text become
// their name and colon, then "x" on the first line (when it held text) and
// on each continuation line after its first blank.
std::string HeaderBlockForGMime(std::string_view block);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_GMIME_HEADER_VIEW_H_
