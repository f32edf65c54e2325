// The header block as an ordered list of fields, each unfolded and decoded
// (RFC 2047 and unlabelled 8-bit text) to UTF-8.
#ifndef PHISHSCAN_PARSE_HEADER_FIELDS_H_
#define PHISHSCAN_PARSE_HEADER_FIELDS_H_

#include <gmime/gmime.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/message.h"
#include "phishscan/limits.h"

namespace phishscan {

// Reads the fields of `block` (LF line ends, as PrepareInput leaves it) into
// message.headers, keeping at most Limits::max_header_count fields and
// Limits::max_header_bytes of each value. Returns each kept field's unfolded
// value as it was, before decoding or UTF-8 repair (for address parsing),
// where the repair changed it; "" where it is the field's `raw` as it is.
std::vector<std::string> ReadHeaderFields(std::string_view block, GMimeParserOptions* options, const Limits& limits,
                      Message& message);

// RFC 2047-decodes an unfolded header value; the result is valid UTF-8.
std::string DecodeHeaderText(GMimeParserOptions* options, std::string_view raw);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_HEADER_FIELDS_H_
