// Everything the parser hands on is valid UTF-8: invalid byte sequences from
// hostile or mislabelled input are replaced, never passed through.
#ifndef PHISHSCAN_PARSE_UTF8_REPAIR_H_
#define PHISHSCAN_PARSE_UTF8_REPAIR_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

// Copies `in`, replacing each invalid byte and each NUL with U+FFFD.
std::string RepairUtf8(std::string_view in);

// Whether `in` is valid UTF-8 without NUL bytes: what RepairUtf8 returns
// unchanged.
bool IsValidUtf8(std::string_view in);

// The longest prefix of `in` of at most `max_bytes` that does not split a
// UTF-8 sequence (assumes `in` is valid UTF-8).
std::string_view Utf8Prefix(std::string_view in, std::size_t max_bytes);

// Decoded text uses LF only: CRLF and lone CR become LF, so the LF and CRLF
// transports of one message yield identical text.
std::string UnixNewlines(std::string_view in);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_UTF8_REPAIR_H_
