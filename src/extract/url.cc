// ParseUrl: a browser-like reading of one absolute URL. What matters for
// phishing is where a click lands, so the authority is read the way the WHATWG
// URL parser reads it: "\" counts as "/" in http(s), any number of slashes may
// follow the scheme, credentials before the last "@" are not the host, and the
// host is percent-decoded and IDNA-mapped before it is compared with anything.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/byte_set.h"
#include "base/domain.h"
#include "base/text.h"
#include "extract/confusables.h"
#include "extract/extraction.h"
#include "extract/percent_decode.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxUrlBytes = 8 << 10;
// data: and javascript: bodies are evidence, not addresses: keep a prefix.
constexpr std::size_t kMaxOpaqueBodyBytes = 256;
constexpr std::size_t kMaxSchemeBytes = 16;

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

std::string_view TrimControlAndSpace(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20) s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20) s.remove_suffix(1);
  return s;
}

void AppendUtf8(uint32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Length of a numeric character reference body ("#38;", "#x26;") starting
// at s[0] == '#', with its value; 0 when there is none.
std::size_t NumericEntity(std::string_view s, uint32_t& value) {
  std::size_t i = 1;
  int base = 10;
  if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) {
    base = 16;
    ++i;
  }
  const std::size_t digits_start = i;
  value = 0;
  for (; i < s.size() && i - digits_start < 7; ++i) {
    const char c = s[i];
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (base == 16 && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) break;
    value = value * base + static_cast<uint32_t>(digit);
  }
  if (i == digits_start || i >= s.size() || s[i] != ';') return 0;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  return i + 1;
}

// Entities left in URLs copied out of HTML into plain text ("&amp;" in a
// query string). One pass, so "&amp;amp;" becomes "&amp;", never "&".
std::string DecodeHtmlLeftovers(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, char>, 5> kNamed = {{
      {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    std::string_view rest = s.substr(i + 1);
    bool decoded = false;
    for (const auto& [name, c] : kNamed) {
      if (StartsWithIgnoreCase(rest, name)) {
        out.push_back(c);
        i += name.size();
        decoded = true;
        break;
      }
    }
    uint32_t value = 0;
    if (!decoded && !rest.empty() && rest[0] == '#') {
      if (std::size_t len = NumericEntity(rest, value)) {
        AppendUtf8(value, out);
        i += len;
        decoded = true;
      }
    }
    if (!decoded) out.push_back('&');
  }
  return out;
}

// Trims, drops the tabs and line breaks browsers ignore inside URLs, and
// decodes HTML leftovers.
std::string CleanUrlText(std::string_view text) {
  std::string out(TrimControlAndSpace(text));
  out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }),
            out.end());
  if (out.find('&') != std::string::npos) out = DecodeHtmlLeftovers(out);
  return out;
}

bool IsSchemeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '+' || c == '-' || c == '.';
}

// Lower-cased scheme before the first ':', or "" when there is none.
std::string SchemeOf(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > kMaxSchemeBytes) return "";
  const char first = s[0];
  if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return "";
  for (char c : s.substr(0, colon)) {
    if (!IsSchemeChar(c)) return "";
  }
  return AsciiLower(s.substr(0, colon));
}

bool IsHierarchical(std::string_view scheme) {
  return scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "file";
}

bool IsOpaque(std::string_view scheme) {
  return scheme == "mailto" || scheme == "tel" || scheme == "data" || scheme == "javascript";
}

int DefaultPort(std::string_view scheme) {
  if (scheme == "http") return 80;
  if (scheme == "https") return 443;
  if (scheme == "ftp") return 21;
  return -1;
}

bool NeedsEscape(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`';
}

// Percent-encodes what must not appear raw in a normalised URL.
std::string EscapeForNormalized(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // Most URLs have nothing to escape: one copy, no append per character.
  if (std::none_of(s.begin(), s.end(), NeedsEscape)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (NeedsEscape(ch)) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  return out;
}

// What FillHostFields derives from a host, which depends on the host alone.
struct HostFields {
  bool ip_literal = false;
  bool punycode = false;
  bool confusable = false;
  std::string host_unicode;
  std::string registrable_domain;
  std::string skeleton;
};

HostFields ComputeHostFields(const std::string& h) {
  HostFields f;
  f.ip_literal = IsIpLiteral(h);
  f.punycode = h.rfind("xn--", 0) == 0 || h.find(".xn--") != std::string::npos;
  f.host_unicode = f.punycode ? HostToUnicode(h) : h;
  f.registrable_domain = RegistrableDomain(h);
  f.confusable = IsConfusableHost(f.host_unicode);
  f.skeleton = f.ip_literal ? h : ConfusableSkeleton(f.host_unicode);
  return f;
}

// IDNA, the public suffix list and ICU's spoof checker cost microseconds per
// host, and the links of a message (and of a batch) repeat a few hosts: each
// thread remembers the hosts it has seen, up to a bound (then starts over).
// Only DNS-sized hosts are kept, so the memory stays below a few megabytes.
constexpr std::size_t kMaxRememberedHosts = 2048;
constexpr std::size_t kMaxRememberedHostBytes = 253;

HostFields HostFieldsOf(const std::string& host) {
  if (host.size() > kMaxRememberedHostBytes) return ComputeHostFields(host);
  thread_local std::unordered_map<std::string, HostFields> remembered;
  if (auto it = remembered.find(host); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRememberedHosts) remembered.clear();
  return remembered.emplace(host, ComputeHostFields(host)).first->second;
}

void FillHostFields(Url& url) {
  HostFields f = HostFieldsOf(url.host);
  url.ip_literal = f.ip_literal;
  url.punycode = f.punycode;
  url.host_unicode = std::move(f.host_unicode);
  url.registrable_domain = std::move(f.registrable_domain);
  url.confusable = f.confusable;
  url.skeleton = std::move(f.skeleton);
}

// The decoded host of an authority, or "" when it is not a valid host.
std::string ParseHost(std::string_view host_text) {
  if (host_text.empty()) return "";
  if (host_text.front() == '[') return HostToAscii(host_text);
  const std::string decoded = PercentDecode(host_text);
  // WHATWG forbidden host code points; HostToAscii rejects most of them too,
  // but say it here where a reader of the parser expects it.
  static constexpr ByteSet kForbidden(" #%/:<>?@[\\]^|");
  if (kForbidden.FindFirstIn(decoded) != ByteSet::npos) return "";
  return HostToAscii(decoded);
}

// Splits "host[:port]" and parses both. False on an invalid port.
bool ParseHostAndPort(std::string_view host_port, Url& url) {
  std::string_view host_text = host_port;
  std::string_view port_text;
  if (!host_port.empty() && host_port.front() == '[') {
    const std::size_t close = host_port.find(']');
    if (close == std::string_view::npos) return false;
    host_text = host_port.substr(0, close + 1);
    std::string_view after = host_port.substr(close + 1);
    if (!after.empty() && after.front() != ':') return false;
    if (!after.empty()) port_text = after.substr(1);
  } else if (const std::size_t colon = host_port.find(':'); colon != std::string_view::npos) {
    host_text = host_port.substr(0, colon);
    port_text = host_port.substr(colon + 1);
  }
  // Old mail clients decoded "%38%37" to the port 87, and lures wrote the
  // whole authority that way; decoding it keeps such a link's host in view.
  std::string decoded_port;
  if (port_text.find('%') != std::string_view::npos && port_text.size() <= 5 * 3) {
    decoded_port = PercentDecode(port_text);
    port_text = decoded_port;
  }
  if (port_text.size() > 5) return false;
  if (!port_text.empty()) {
    int port = 0;
    for (char c : port_text) {
      if (c < '0' || c > '9') return false;
      port = port * 10 + (c - '0');
    }
    if (port > 65535) return false;
    url.port = port;
  }
  url.host = ParseHost(host_text);
  return true;
}

std::optional<Url> ParseHierarchical(std::string_view body, Url url) {
  static constexpr ByteSet kQueryOrFragment("?#");
  static constexpr ByteSet kAuthorityEnd("/?#");
  // Backslashes are slashes in special schemes, up to the query.
  std::string fixed(body);
  const std::size_t query_start = kQueryOrFragment.FindFirstIn(fixed);
  for (std::size_t i = 0; i < fixed.size() && i < query_start; ++i) {
    if (fixed[i] == '\\') fixed[i] = '/';
  }
  std::string_view rest = fixed;
  std::size_t slashes = 0;
  while (slashes < rest.size() && rest[slashes] == '/') ++slashes;
  rest.remove_prefix(slashes);

  const bool has_authority = url.scheme != "file" || slashes == 2;
  if (has_authority) {
    const std::size_t authority_end = std::min(kAuthorityEnd.FindFirstIn(rest), rest.size());
    std::string_view authority = rest.substr(0, authority_end);
    rest.remove_prefix(authority_end);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
      url.userinfo = PercentDecode(authority.substr(0, at));
      authority.remove_prefix(at + 1);
    }
    if (!ParseHostAndPort(authority, url)) return std::nullopt;
    if (url.host.empty()) return std::nullopt;
  } else if (slashes > 0) {
    rest = std::string_view(fixed).substr(slashes - 1);  // keep one leading '/'
  }

  const std::size_t path_end = std::min(kQueryOrFragment.FindFirstIn(rest), rest.size());
  const std::string_view raw_path = rest.substr(0, path_end);
  rest.remove_prefix(path_end);
  std::string_view fragment;
  bool has_query = false;
  if (!rest.empty() && rest.front() == '?') {
    const std::size_t hash = std::min(rest.find('#'), rest.size());
    url.query = std::string(rest.substr(1, hash - 1));
    has_query = true;
    rest.remove_prefix(hash);
  }
  if (!rest.empty() && rest.front() == '#') fragment = rest;

  url.path = raw_path.empty() ? "/" : PercentDecode(raw_path);
  url.normalized = url.scheme + "://" + url.host;
  if (url.port >= 0 && url.port != DefaultPort(url.scheme)) {
    url.normalized += ":" + std::to_string(url.port);
  }
  url.normalized += raw_path.empty() ? "/" : EscapeForNormalized(raw_path);
  if (has_query) url.normalized += "?" + EscapeForNormalized(url.query);
  url.normalized += EscapeForNormalized(fragment);
  if (!url.host.empty()) FillHostFields(url);
  return url;
}

std::optional<Url> ParseOpaque(std::string_view body, Url url) {
  const std::size_t question = std::min(body.find('?'), body.size());
  if (url.scheme == "mailto") {
    const std::string addresses = PercentDecode(body.substr(0, question));
    url.path = addresses;
    if (question < body.size()) url.query = std::string(body.substr(question + 1));
    const std::string first = addresses.substr(0, addresses.find(','));
    url.host = DomainOfAddress(first);
    url.normalized = "mailto:" + EscapeForNormalized(body);
    if (!url.host.empty()) FillHostFields(url);
    return url;
  }
  if (url.scheme == "tel") {
    url.path = PercentDecode(body.substr(0, question));
    url.normalized = "tel:" + EscapeForNormalized(body);
    return url;
  }
  if (url.scheme == "data") {
    // Only the media type is kept: the payload can be megabytes.
    const std::size_t comma = std::min(body.find(','), body.size());
    url.path = Ellipsize(AsciiLower(body.substr(0, comma)), kMaxOpaqueBodyBytes);
    url.normalized = "data:" + EscapeForNormalized(url.path) + ",";
    return url;
  }
  // javascript:
  url.path = Ellipsize(PercentDecode(body), kMaxOpaqueBodyBytes);
  url.normalized = "javascript:" + EscapeForNormalized(url.path);
  return url;
}

}  // namespace

std::optional<Url> ParseUrl(std::string_view text) {
  text = TrimControlAndSpace(text);
  if (text.size() > kMaxUrlBytes) {
    // A long data: URL is still a data: URL; anything else is junk.
    if (!StartsWithIgnoreCase(text, "data:")) return std::nullopt;
    text = text.substr(0, kMaxUrlBytes);
  }
  const std::string cleaned = CleanUrlText(text);
  if (cleaned.empty()) return std::nullopt;

  Url url;
  url.raw = ToValidUtf8(cleaned);
  if (StartsWithIgnoreCase(cleaned, "www.")) {
    url.scheme = "http";
    return ParseHierarchical("//" + cleaned, std::move(url));
  }
  url.scheme = SchemeOf(cleaned);
  if (url.scheme.empty()) return std::nullopt;
  const std::string_view body = std::string_view(cleaned).substr(url.scheme.size() + 1);
  if (IsHierarchical(url.scheme)) return ParseHierarchical(body, std::move(url));
  if (IsOpaque(url.scheme)) return ParseOpaque(body, std::move(url));
  return std::nullopt;
}

}  // namespace phishscan
