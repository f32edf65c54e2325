#include "extract/shown_url.h"

#include <algorithm>
#include <string>

#include "base/byte_set.h"
#include "base/domain.h"
#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxShownTextBytes = 2048;

// Listed top-level domains that are more often file extensions in link text
// ("setup.sh", "notes.md", "archive.zip"). A bare "name.zip" is read as a
// file; with "www." or a path it is still read as a domain.
bool IsFileExtensionLikeTld(std::string_view tld) {
  for (std::string_view ext : {"zip", "mov", "md", "py", "sh", "rs", "so"}) {
    if (tld == ext) return true;
  }
  return false;
}

std::string_view StripDecoration(std::string_view s) {
  static constexpr std::string_view kOpen = "<([{\"'";
  static constexpr std::string_view kClose = ">)]}\"'.,;:!?";
  while (!s.empty() && kOpen.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kClose.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// "paypal.com/login" -> a URL when the host ends in a listed public suffix.
std::optional<Url> BareDomain(std::string_view text) {
  if (text.find('@') != std::string_view::npos) return std::nullopt;
  static constexpr ByteSet kHostEnd("/?#:");
  const std::size_t host_end = std::min(kHostEnd.FindFirstIn(text), text.size());
  const std::string ascii = HostToAscii(text.substr(0, host_end));
  if (ascii.empty() || IsIpLiteral(ascii) || ascii.find('.') == std::string::npos) {
    return std::nullopt;
  }
  const std::string_view tld = std::string_view(ascii).substr(ascii.rfind('.') + 1);
  if (!IsListedPublicSuffix(tld)) return std::nullopt;
  const bool has_path = host_end < text.size();
  if (!has_path && IsFileExtensionLikeTld(tld)) return std::nullopt;
  return ParseUrl("http://" + std::string(text));
}

}  // namespace

std::optional<Url> UrlShownInText(std::string_view text) {
  if (text.size() > kMaxShownTextBytes) return std::nullopt;
  // Normalising drops zero-width characters an attacker might use to make
  // "paypal\u200B.com" read as an address to people but not to parsers.
  const std::string normalized = NormalizeText(text);
  const std::string_view candidate = StripDecoration(normalized);
  if (candidate.empty() || candidate.find(' ') != std::string_view::npos) return std::nullopt;
  std::optional<Url> url;
  if (StartsWith(candidate, "http://") || StartsWith(candidate, "https://") ||
      StartsWith(candidate, "ftp://") || StartsWith(candidate, "www.")) {
    url = ParseUrl(candidate);
  } else {
    url = BareDomain(candidate);
  }
  if (url) url->raw = std::string(TrimWhitespace(text));
  return url;
}

}  // namespace phishscan
