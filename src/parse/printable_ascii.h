// Printable ASCII text: what GMime's header decoder can neither change nor
// warn about (unless it holds an encoded word), and nearly every header
// value of real mail.
#ifndef PHISHSCAN_PARSE_PRINTABLE_ASCII_H_
#define PHISHSCAN_PARSE_PRINTABLE_ASCII_H_

#include <string_view>

namespace phishscan {

// Whether every byte of `text` is printable ASCII (0x20 to 0x7E) or a tab.
// Reads eight bytes at a time: header values run to kilobytes (Received,
// DKIM-Signature) and nearly all pass.
bool IsPrintableAsciiText(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_PRINTABLE_ASCII_H_
