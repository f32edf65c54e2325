#include "base/well_formed_utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace phishscan {

bool IsWellFormedUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    if (p[i] < 0x80) {  // ASCII needs no decoding
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace phishscan
