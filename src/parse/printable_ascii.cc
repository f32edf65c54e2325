#include "parse/printable_ascii.h"

#include <cstdint>
#include <cstring>

namespace phishscan {

namespace {

bool IsPrintableOrTab(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= 0x20 || byte == '\t') && byte <= 0x7E;
}

}  // namespace

bool IsPrintableAsciiText(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHighBits = 0x8080808080808080;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    // Sets the high bit of some byte when one is 0x80 or more, below 0x20
    // or 0x7F (exact whenever no byte is 0x80 or more); then each byte of
    // the word is looked at, as a tab is the one control byte allowed.
    const std::uint64_t del = word ^ (0x7F * kOnes);
    const std::uint64_t suspects = word | ((word - 0x20 * kOnes) & ~word) | ((del - kOnes) & ~del);
    if ((suspects & kHighBits) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (!IsPrintableOrTab(text[k])) return false;
  }
  for (; i < text.size(); ++i)
    if (!IsPrintableOrTab(text[i])) return false;
  return true;
}

}  // namespace phishscan
