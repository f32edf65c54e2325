// Whether text needs repairing before it may leave as UTF-8. Most strings are
// fine, and checking is far cheaper than decoding and re-encoding each one.
#ifndef PHISHSCAN_BASE_WELL_FORMED_UTF8_H_
#define PHISHSCAN_BASE_WELL_FORMED_UTF8_H_

#include <string_view>

namespace phishscan {

// True when ICU's UTF-8 decoder finds no invalid, overlong, truncated or
// surrogate sequence in `s` (NUL bytes are allowed). Re-encoding the code
// points of such text gives back the very same bytes.
bool IsWellFormedUtf8(std::string_view s);

}  // namespace phishscan

#endif  // PHISHSCAN_BASE_WELL_FORMED_UTF8_H_
