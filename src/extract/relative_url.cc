#include "extract/relative_url.h"

#include <algorithm>
#include <string>

#include "base/byte_set.h"
#include "base/text.h"

namespace phishscan {
namespace {

bool IsSchemeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '+' || c == '-' || c == '.';
}

// "cid:x", "sms:123" have a scheme; "/a:b" and "a/b:c" do not.
bool HasScheme(std::string_view href) {
  const std::size_t colon = href.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (char c : href.substr(0, colon)) {
    if (!IsSchemeChar(c)) return false;
  }
  return true;
}

std::string Resolve(const Url& base, std::string_view ref) {
  const std::string& b = base.normalized;
  const std::size_t authority = b.find("://");
  const std::size_t path_start = std::min(b.find('/', authority + 3), b.size());
  static constexpr ByteSet kQueryOrFragment("?#");
  const std::size_t path_end = std::min(kQueryOrFragment.FindFirstIn(b, path_start), b.size());
  const std::size_t query_end = std::min(b.find('#', path_start), b.size());
  const std::string_view origin = std::string_view(b).substr(0, path_start);
  if (ref.substr(0, 2) == "//") return base.scheme + ":" + std::string(ref);
  if (ref.front() == '/') return std::string(origin) + std::string(ref);
  if (ref.front() == '?') return b.substr(0, path_end) + std::string(ref);
  if (ref.front() == '#') return b.substr(0, query_end) + std::string(ref);
  const std::size_t last_slash = b.rfind('/', path_end - 1);
  const std::size_t directory_end =
      last_slash != std::string::npos && last_slash >= path_start ? last_slash + 1 : path_start;
  std::string resolved = b.substr(0, directory_end);
  if (directory_end == path_start) resolved += '/';
  return resolved + std::string(ref);
}

}  // namespace

std::optional<Url> ResolveHref(std::string_view href, const std::optional<Url>& base) {
  href = TrimWhitespace(href);
  if (href.empty()) return std::nullopt;
  if (std::optional<Url> absolute = ParseUrl(href)) return absolute;
  if (HasScheme(href) || !base || base->normalized.find("://") == std::string::npos) {
    return std::nullopt;
  }
  std::optional<Url> resolved = ParseUrl(Resolve(*base, href));
  if (resolved) resolved->raw = std::string(href);  // as written in the message
  return resolved;
}

}  // namespace phishscan
