#include "extract/percent_decode.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "base/well_formed_utf8.h"

namespace phishscan {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string ToValidUtf8(std::string_view in) {
  if (IsWellFormedUtf8(in)) return std::string(in);
  std::string out;
  out.reserve(in.size() + 8);
  const auto* p = reinterpret_cast<const uint8_t*>(in.data());
  const auto length = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(in.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

std::string PercentDecode(std::string_view in) {
  if (in.find('%') == std::string_view::npos) return ToValidUtf8(in);
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%' && i + 2 < in.size() && HexValue(in[i + 1]) >= 0 &&
        HexValue(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(in[i + 1]) * 16 + HexValue(in[i + 2])));
      i += 2;
    } else {
      out.push_back(in[i]);
    }
  }
  return ToValidUtf8(out);
}

}  // namespace phishscan
