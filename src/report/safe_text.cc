// One pass over the bytes with ICU's UTF-8 decoder, which reports invalid or
// overlong sequences and surrogates as negative code points.
#include "report/safe_text.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "base/well_formed_utf8.h"

namespace phishscan {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

bool IsControl(UChar32 c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

bool IsBidiControl(UChar32 c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void AppendCodePoint(UChar32 c, std::string& out) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

template <typename Map>
std::string Transcode(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    AppendCodePoint(map(c < 0 ? kReplacement : c), out);
  }
  return out;
}

}  // namespace

std::string ValidUtf8(std::string_view s) {
  // Re-encoding well-formed text would give back the same bytes.
  if (IsWellFormedUtf8(s)) return std::string(s);
  return Transcode(s, [](UChar32 c) { return c; });
}

std::string PrintableLine(std::string_view s) {
  return Transcode(s, [](UChar32 c) -> UChar32 {
    if (c == '\t' || c == '\n' || c == '\r') return ' ';
    if (IsControl(c) || IsBidiControl(c)) return kReplacement;
    return c;
  });
}

}  // namespace phishscan
