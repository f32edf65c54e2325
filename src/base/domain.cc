// Host handling on top of libidn2 (IDNA / UTS #46) and libpsl (Public Suffix
// List). IPv4 literals follow the WHATWG URL host parser, because that is what
// a browser does with the link a reader clicks: "http://3232235777/" and
// "http://0x7f.1/" are both real addresses.
#include "base/domain.h"

#include <arpa/inet.h>
#include <idn2.h>
#include <libpsl.h>

#include <cstdint>
#include <optional>

#include "base/byte_set.h"
#include "base/string_memo.h"
#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxHostBytes = 253;
constexpr std::size_t kMaxLabelBytes = 63;
// Longer input cannot become a valid host even after IDNA mapping shrinks it.
constexpr std::size_t kMaxInputBytes = 1024;

// Loaded once; psl_latest picks the newer of the system list and the built-in
// one. Deliberately never freed: other threads may still be scanning at exit.
const psl_ctx_t* Psl() {
  static const psl_ctx_t* const ctx = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest != nullptr ? latest : psl_builtin();
  }();
  return ctx;
}

// One IPv4 part: "0x" hex, leading-zero octal, or decimal.
std::optional<uint64_t> ParseIpv4Number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int base = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() >= 2 && s[0] == '0') {
    base = 8;
    s.remove_prefix(1);
  }
  uint64_t value = 0;
  for (char c : s) {
    int digit;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    else return std::nullopt;
    if (digit >= base) return std::nullopt;
    value = value * base + digit;
    if (value > 0xFFFFFFFFull) return std::nullopt;  // also stops overflow
  }
  return value;
}

// WHATWG IPv4 parser: 1 to 4 dot-separated numbers, the last filling the
// remaining bytes. nullopt when `host` is not such an address.
std::optional<uint32_t> ParseIpv4(std::string_view host) {
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (host.empty()) return std::nullopt;
  uint64_t parts[4];
  int count = 0;
  while (true) {
    std::size_t dot = host.find('.');
    if (count == 4) return std::nullopt;
    auto number = ParseIpv4Number(host.substr(0, dot));
    if (!number) return std::nullopt;
    parts[count++] = *number;
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  uint64_t address = 0;
  for (int i = 0; i < count - 1; ++i) {
    if (parts[i] > 255) return std::nullopt;
    address |= parts[i] << (8 * (3 - i));
  }
  const uint64_t last = parts[count - 1];
  if (last >= (1ull << (8 * (5 - count)))) return std::nullopt;
  return static_cast<uint32_t>(address | last);
}

// WHATWG "ends in a number": a host whose last label is numeric must be an
// IPv4 address, or browsers reject the URL ("1.2.3.4.5", "example.123").
bool EndsInANumber(std::string_view host) {
  const std::string_view last = host.substr(host.rfind('.') + 1);
  if (last.empty()) return false;
  if (last.find_first_not_of("0123456789") == std::string_view::npos) return true;
  if (last.size() < 2 || last[0] != '0' || (last[1] != 'x' && last[1] != 'X')) return false;
  return last.substr(2).find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

std::string FormatIpv4(uint32_t a) {
  return std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." +
         std::to_string((a >> 8) & 255) + "." + std::to_string(a & 255);
}

// "[::1]" or "::1" -> canonical "[::1]"; nullopt when not IPv6.
std::optional<std::string> CanonicalIpv6(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host.empty() || host.size() > 45 || host.find(':') == std::string_view::npos) {
    return std::nullopt;
  }
  std::string text(host);
  unsigned char bytes[16];
  if (inet_pton(AF_INET6, text.c_str(), bytes) != 1) return std::nullopt;
  char out[INET6_ADDRSTRLEN];
  if (inet_ntop(AF_INET6, bytes, out, sizeof(out)) == nullptr) return std::nullopt;
  return "[" + std::string(out) + "]";
}

bool IsHostByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// Final check of an ASCII, lower-cased host: allowed bytes, no empty or
// over-long label, no over-long name.
bool IsValidAsciiHost(std::string_view host) {
  if (host.empty() || host.size() > kMaxHostBytes) return false;
  std::size_t label = 0;
  for (char c : host) {
    if (!IsHostByte(c)) return false;
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if (++label > kMaxLabelBytes) {
      return false;
    }
  }
  return label > 0;
}

// Maps the ideographic and full-width full stops that IDNA treats as dots.
std::string MapUnicodeDots(std::string_view host) {
  static constexpr std::string_view kDots[] = {"\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1"};
  std::string out;
  out.reserve(host.size());
  for (std::size_t i = 0; i < host.size();) {
    bool mapped = false;
    for (std::string_view dot : kDots) {
      if (host.substr(i, dot.size()) == dot) {
        out.push_back('.');
        i += dot.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) out.push_back(host[i++]);
  }
  return out;
}

// RegistrableDomain without the memo: asks libpsl every time.
std::string LookUpRegistrableDomain(std::string_view ascii_host) {
  if (IsIpLiteral(ascii_host)) return std::string(ascii_host);
  const std::string host = AsciiLower(ascii_host);
  const char* registrable = psl_registrable_domain(Psl(), host.c_str());
  return registrable != nullptr ? std::string(registrable) : host;
}

// UTS #46 non-transitional first (what current browsers do: "ß" stays), then
// transitional for names only the older rules accept.
std::string IdnaToAscii(const std::string& host) {
  for (int flags : {IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT, IDN2_TRANSITIONAL | IDN2_NFC_INPUT}) {
    char* out = nullptr;
    if (idn2_lookup_u8(reinterpret_cast<const uint8_t*>(host.c_str()),
                       reinterpret_cast<uint8_t**>(&out), flags) == IDN2_OK) {
      std::string ascii(out != nullptr ? out : "");
      idn2_free(out);
      return ascii;
    }
    idn2_free(out);
  }
  return "";
}

}  // namespace

std::string HostToAscii(std::string_view host) {
  if (host.empty() || host.size() > kMaxInputBytes) return "";
  static constexpr ByteSet kIpv6Marks("[:");
  if (kIpv6Marks.FindFirstIn(host) != ByteSet::npos) {
    return CanonicalIpv6(host).value_or("");
  }
  std::string name = IsAscii(host) ? std::string(host) : MapUnicodeDots(host);
  while (!name.empty() && name.back() == '.') name.pop_back();
  if (name.empty()) return "";
  if (name.find('\0') != std::string::npos) return "";
  if (auto ipv4 = ParseIpv4(name)) return FormatIpv4(*ipv4);
  std::string ascii = IsAscii(name) ? AsciiLower(name) : AsciiLower(IdnaToAscii(name));
  while (!ascii.empty() && ascii.back() == '.') ascii.pop_back();
  if (!IsValidAsciiHost(ascii)) return "";
  // IDNA mapping can produce an IPv4 form ("①②⑦.0.0.1" -> "127.0.0.1").
  if (auto ipv4 = ParseIpv4(ascii)) return FormatIpv4(*ipv4);
  if (EndsInANumber(ascii)) return "";
  return ascii;
}

std::string HostToUnicode(std::string_view ascii_host) {
  const std::string lower = AsciiLower(ascii_host);
  if (lower.find("xn--") == std::string::npos || lower.size() > kMaxInputBytes) {
    return std::string(ascii_host);
  }
  char* out = nullptr;
  if (idn2_to_unicode_8z8z(lower.c_str(), &out, 0) != IDN2_OK || out == nullptr) {
    idn2_free(out);
    return std::string(ascii_host);
  }
  std::string unicode(out);
  idn2_free(out);
  return unicode;
}

std::string RegistrableDomain(std::string_view ascii_host) {
  if (ascii_host.empty()) return "";
  // A message asks about the same few hosts many times (sender, reply
  // address, Message-ID, links) and the Public Suffix List lookup dominates
  // the cost; the answer depends on the host alone, so each thread remembers
  // its recent ones.
  thread_local StringMemo recent;
  if (const std::string* known = recent.Find(ascii_host)) return *known;
  std::string registrable = LookUpRegistrableDomain(ascii_host);
  recent.Store(ascii_host, registrable);
  return registrable;
}

bool IsListedPublicSuffix(std::string_view ascii_name) {
  if (ascii_name.empty() || ascii_name.size() > kMaxHostBytes) return false;
  const std::string name = AsciiLower(ascii_name);
  return psl_is_public_suffix2(Psl(), name.c_str(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

bool IsIpLiteral(std::string_view host) {
  if (host.empty() || host.size() > kMaxInputBytes) return false;
  if (host.find(':') != std::string_view::npos) return CanonicalIpv6(host).has_value();
  return ParseIpv4(host).has_value();
}

std::string DomainOfAddress(std::string_view address) {
  address = TrimWhitespace(address);
  if (!address.empty() && address.front() == '<') address.remove_prefix(1);
  if (!address.empty() && address.back() == '>') address.remove_suffix(1);
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) return "";
  return HostToAscii(TrimWhitespace(address.substr(at + 1)));
}

bool HostIsWithin(std::string_view host, std::string_view domain) {
  if (domain.empty() || host.size() < domain.size()) return false;
  if (host.size() == domain.size()) return EqualsIgnoreCase(host, domain);
  const std::size_t dot = host.size() - domain.size() - 1;
  return host[dot] == '.' && EqualsIgnoreCase(host.substr(dot + 1), domain);
}

}  // namespace phishscan
