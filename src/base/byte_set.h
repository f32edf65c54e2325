// A set of bytes with a constant-time membership test, for the searches
// std::string_view spells find_first_of / find_first_not_of / find_last_of.
// Those call memchr over the set once per byte of the text searched: on the
// URLs, mailboxes and header words of every message that cost more than the
// rest of their parsing. A ByteSet is built once, at compile time.
#ifndef PHISHSCAN_BASE_BYTE_SET_H_
#define PHISHSCAN_BASE_BYTE_SET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace phishscan {

class ByteSet {
 public:
  static constexpr std::size_t npos = std::string_view::npos;

  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) {
      const auto b = static_cast<unsigned char>(c);
      bits_[b >> 6] |= std::uint64_t{1} << (b & 63);
    }
  }

  constexpr bool contains(char c) const {
    const auto b = static_cast<unsigned char>(c);
    return ((bits_[b >> 6] >> (b & 63)) & 1) != 0;
  }

  // Like text.find_first_of(set, pos).
  constexpr std::size_t FindFirstIn(std::string_view text, std::size_t pos = 0) const {
    for (std::size_t i = pos; i < text.size(); ++i) {
      if (contains(text[i])) return i;
    }
    return npos;
  }

  // Like text.find_first_not_of(set, pos).
  constexpr std::size_t FindFirstNotIn(std::string_view text, std::size_t pos = 0) const {
    for (std::size_t i = pos; i < text.size(); ++i) {
      if (!contains(text[i])) return i;
    }
    return npos;
  }

  // Like text.find_last_of(set, pos): the last match at or before `pos`.
  constexpr std::size_t FindLastIn(std::string_view text, std::size_t pos = npos) const {
    if (text.empty()) return npos;
    for (std::size_t i = pos < text.size() ? pos + 1 : text.size(); i-- > 0;) {
      if (contains(text[i])) return i;
    }
    return npos;
  }

 private:
  std::uint64_t bits_[4] = {};
};

}  // namespace phishscan

#endif  // PHISHSCAN_BASE_BYTE_SET_H_
