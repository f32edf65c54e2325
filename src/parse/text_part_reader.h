// Body text (text/plain and text/html parts) as UTF-8 with LF line ends, cut
// at Limits::max_part_text_bytes.
#ifndef PHISHSCAN_PARSE_TEXT_PART_READER_H_
#define PHISHSCAN_PARSE_TEXT_PART_READER_H_

#include <gmime/gmime.h>

#include <cstddef>
#include <string_view>

#include "parse/message.h"
#include "parse/part_content.h"
#include "phishscan/limits.h"

namespace phishscan {

// Builds a text part from transfer-decoded `bytes` in `charset` ("" when
// undeclared). `source_cut` says the bytes are only the start of the part.
// Unknown charsets and cuts are recorded in `message`.
TextPart MakeTextPart(std::string_view bytes, std::string_view charset, bool is_html,
                      std::size_t depth, bool source_cut, const Limits& limits, Message& message);

// Reads a text/plain or text/html leaf part.
TextPart ReadTextPart(GMimePart* part, std::size_t depth, const Limits& limits,
                      DecodeBudget& budget, Message& message);

// The charset parameter of a part's Content-Type, lower case, "" when none.
std::string DeclaredCharset(GMimeObject* object);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_TEXT_PART_READER_H_
