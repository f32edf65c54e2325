#include "detect/gapped_domain.h"

#include <string_view>

#include "detect/labelled_value.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxSpaces = 2;
constexpr std::size_t kMaxNameBytes = 63;
constexpr std::size_t kMinNameBytes = 3;
constexpr std::size_t kMaxTldBytes = 6;  // "online"

// Labels under which a message names the site to visit, in the seven
// languages. Longer labels first, so "site web" is read before "site".
constexpr std::string_view kSiteLabels[] = {
    "website", "web site", "site web", "sitio web", "sito web", "webseite", "webpagina", "login page",
    "platform", "plateforme", "plataforma", "portal", "site", "sito", "url", "www"};

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsNameByte(char c) { return IsLetter(c) || IsDigit(c) || c == '-'; }

std::size_t SkipSpaces(std::string_view text, std::size_t pos) {
  for (std::size_t n = 0; pos < text.size() && text[pos] == ' ' && n < kMaxSpaces; ++n) ++pos;
  return pos;
}

// The run of name bytes (and inner dots, "www.coinvault") from `pos`.
std::size_t NameEnd(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && end - pos <= kMaxNameBytes &&
         (IsNameByte(text[end]) || (text[end] == '.' && end + 1 < text.size() && IsNameByte(text[end + 1]))))
    ++end;
  return end;
}

// Generic top-level domains that are not words of the seven languages: a
// country code after a gap is too often the next sentence ("Lyon. De 9h à
// 18h", "... today. It was").
constexpr std::string_view kGenericTlds[] = {"com", "net", "org", "info", "biz", "io",  "xyz",
                                             "online", "top", "vip", "pro", "cc",  "ltd", "club"};

// A generic top-level domain at `pos`, ending the word; its length or 0.
std::size_t TldLength(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsLetter(text[end]) && end - pos <= kMaxTldBytes) ++end;
  if (end < text.size() && (IsNameByte(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80)) return 0;
  const std::string_view tld = text.substr(pos, end - pos);
  for (std::string_view known : kGenericTlds)
    if (tld == known) return tld.size();
  return 0;
}

bool HasLetter(std::string_view s) {
  for (char c : s)
    if (IsLetter(c)) return true;
  return false;
}

// After "label:" at `pos`: "name. tld", "name . tld" or "name .tld". A name
// and its TLD written together ("coinvault.net") are a plain address.
GappedDomain GappedAt(std::string_view text, std::size_t pos, std::string_view label) {
  const std::size_t name_end = NameEnd(text, pos);
  std::string_view name = text.substr(pos, name_end - pos);
  if (name.size() < kMinNameBytes || !HasLetter(name)) return {};
  // "example.com. thanks": an address already whole; only "www." may
  // precede the gapped name.
  const std::string_view bare = name.substr(0, 4) == "www." ? name.substr(4) : name;
  if (bare.find('.') != std::string_view::npos || bare.size() < kMinNameBytes) return {};
  std::size_t at = name_end;
  bool gap = false;
  if (at < text.size() && text[at] == ' ') {  // "name ." or "name . "
    at = SkipSpaces(text, at);
    if (at >= text.size() || text[at] != '.') return {};
    gap = true;
    at = SkipSpaces(text, at + 1);
  } else if (at + 1 < text.size() && text[at] == '.' && text[at + 1] == ' ') {  // "name. tld"
    at = SkipSpaces(text, at + 1);
    gap = true;
  }
  if (!gap) return {};
  const std::size_t tld = TldLength(text, at);
  if (tld == 0) return {};
  return {std::string(label), std::string(text.substr(pos, at + tld - pos)),
          std::string(name) + "." + std::string(text.substr(at, tld))};
}

}  // namespace

GappedDomain FindGappedDomain(std::string_view text, std::size_t max_labels_seen) {
  if (!HasLabelBeforeSeparator(text, kSiteLabels)) return {};
  std::size_t seen = 0;
  for (std::string_view label : kSiteLabels) {
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
      if (++seen > max_labels_seen) return {};
      if (at > 0 && IsNameByte(text[at - 1])) continue;
      std::size_t pos = SkipSpaces(text, at + label.size());
      if (pos >= text.size() || text[pos] != ':') continue;
      GappedDomain found = GappedAt(text, SkipSpaces(text, pos + 1), label);
      if (!found.domain.empty()) return found;
    }
  }
  return {};
}

}  // namespace phishscan
