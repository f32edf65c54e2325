// Percent-decoding for URL hosts and paths, with results that are always
// valid UTF-8 (decoded bytes end up in JSON reports and phrase matching).
#ifndef PHISHSCAN_EXTRACT_PERCENT_DECODE_H_
#define PHISHSCAN_EXTRACT_PERCENT_DECODE_H_

#include <string>
#include <string_view>

namespace phishscan {

// Decodes %XX escapes; a '%' not followed by two hex digits is kept as is.
// Byte sequences that are not valid UTF-8 after decoding become U+FFFD.
std::string PercentDecode(std::string_view in);

// Copies `in`, replacing each ill-formed UTF-8 sequence with U+FFFD.
std::string ToValidUtf8(std::string_view in);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_PERCENT_DECODE_H_
