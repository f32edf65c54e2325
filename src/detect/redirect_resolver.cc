#include "detect/redirect_resolver.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "base/domain.h"
#include "base/text.h"
#include "detect/base64.h"
#include "extract/percent_decode.h"

namespace phishscan {
namespace {

// Wrappers seen in the wild nest two or three deep; more is a loop or an attack.
constexpr int kMaxUnwrap = 6;
// Levels of encoding tried on one carried value (percent, percent again, base64).
constexpr int kMaxDecodeRounds = 4;

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool ContainsEscapedSlashOrColon(std::string_view s) {
  std::string lower = AsciiLower(s);
  return lower.find("%3a") != std::string::npos || lower.find("%2f") != std::string::npos;
}

// "evil.example/path" (a host without a scheme, as AMP-style wrappers carry it).
bool LooksLikeBareHost(std::string_view s) {
  std::string_view host = s.substr(0, s.find_first_of("/?#"));
  if (host.find('.') == std::string_view::npos || host.size() < 4) return false;
  for (char c : host) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == ':';
    if (!ok) return false;
  }
  return true;
}

std::optional<Url> WebUrl(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  if (!url || url->host.empty()) return std::nullopt;
  if (url->scheme != "http" && url->scheme != "https") return std::nullopt;
  return url;
}

// Some wrappers (Proofpoint v3, and archives of them) write "https:/host".
void RestoreDoubleSlash(std::string& value) {
  for (std::string_view scheme : {"http:/", "https:/"}) {
    if (StartsWithIgnoreCase(value, scheme) && value.size() > scheme.size() && value[scheme.size()] != '/') {
      // insert(pos, "/") draws a false -Wrestrict from GCC 12's inlined memcpy.
      value.insert(value.begin() + static_cast<std::ptrdiff_t>(scheme.size()), '/');
      return;
    }
  }
}

// Reads the URL a wrapper carries, undoing percent and base64 encodings.
std::optional<Url> UrlFromCarriedValue(std::string value, bool allow_bare_host) {
  for (int round = 0; round < kMaxDecodeRounds && !value.empty(); ++round) {
    value = std::string(TrimWhitespace(value));
    RestoreDoubleSlash(value);
    if (StartsWithIgnoreCase(value, "http://") || StartsWithIgnoreCase(value, "https://"))
      return WebUrl(value);
    if (StartsWithIgnoreCase(value, "http") && ContainsEscapedSlashOrColon(value)) {
      value = PercentDecode(value);
      continue;
    }
    // Ad servers carry the landing page scheme-relative: "adurl=//shop.example".
    if (allow_bare_host && value.starts_with("//") && LooksLikeBareHost(value.substr(2)))
      return WebUrl("https:" + value);
    if (allow_bare_host && LooksLikeBareHost(value)) return WebUrl("https://" + value);
    std::optional<std::string> decoded = Base64Decode(value);
    // Bing's click links put a version tag before the base64: "u=a1aHR0cHM6...".
    if ((!decoded || !StartsWithIgnoreCase(*decoded, "http")) && value.size() > 2 && value.starts_with("a1"))
      decoded = Base64Decode(std::string_view(value).substr(2));
    if (!decoded || !StartsWithIgnoreCase(*decoded, "http")) return std::nullopt;
    value = std::move(*decoded);
  }
  return std::nullopt;
}

const Redirector* MatchingRedirector(const Url& url, const std::vector<Redirector>& redirectors) {
  for (const Redirector& r : redirectors) {
    if (!HostIsWithin(url.host, r.host_suffix)) continue;
    if (!StartsWithIgnoreCase(url.path, r.path_prefix)) continue;
    return &r;
  }
  return nullptr;
}

// Proofpoint v2 writes "https-3A__example.com_path": '-' for '%', '_' for '/'.
std::string UndoProofpointV2(std::string value) {
  if (value.find("-3A__") == std::string::npos) return value;
  std::replace(value.begin(), value.end(), '-', '%');
  std::replace(value.begin(), value.end(), '_', '/');
  return PercentDecode(value);
}

// Some links carry their whole query percent-encoded in the path, right
// after the wrapper's prefix ("/pcs/click%3Fxai%3D1%26adurl%3Dhttps..."); the
// parsed path is decoded, so that query follows a literal '?' there.
std::string_view QueryEncodedInPath(std::string_view path, std::string_view prefix) {
  if (path.size() <= prefix.size() || path[prefix.size()] != '?') return "";
  return path.substr(prefix.size() + 1);
}

std::optional<Url> CarriedTarget(const Url& url, const Redirector& r) {
  // Data files mark opaque click trackers with "-".
  if (r.param == "-") return std::nullopt;
  // A parameter may carry the page without a scheme, as a translation
  // proxy's "u=evil.example/login" does.
  if (!r.param.empty()) {
    std::string value = QueryParam(url.query, r.param);
    if (value.empty()) value = QueryParam(QueryEncodedInPath(url.path, r.path_prefix), r.param);
    return UrlFromCarriedValue(UndoProofpointV2(std::move(value)), true);
  }
  std::string_view rest = url.path;
  rest.remove_prefix(std::min(rest.size(), r.path_prefix.size()));
  while (!rest.empty() && (rest.front() == '/' || rest.front() == '_')) rest.remove_prefix(1);
  // Proofpoint v3 closes the target with "__;" followed by its own data.
  rest = rest.substr(0, rest.find("__"));
  if (rest.empty()) return std::nullopt;
  std::string value(rest);
  if (!url.query.empty()) value += "?" + url.query;
  return UrlFromCarriedValue(std::move(value), true);
}

}  // namespace

std::string QueryParam(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    std::size_t amp = query.find_first_of("&;");
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (EqualsIgnoreCase(PercentDecode(pair.substr(0, eq)), name))
      return PercentDecode(pair.substr(eq + 1));
  }
  return "";
}

ResolvedUrl ResolveRedirects(const Url& url, const std::vector<Redirector>& redirectors) {
  ResolvedUrl resolved{url, {}, false};
  for (int level = 0; level < kMaxUnwrap; ++level) {
    const Redirector* r = MatchingRedirector(resolved.target, redirectors);
    if (r == nullptr) return resolved;
    std::optional<Url> inner = CarriedTarget(resolved.target, *r);
    if (!inner) {
      resolved.opaque_redirect = true;
      return resolved;
    }
    resolved.wrappers.push_back(resolved.target.host);
    resolved.target = std::move(*inner);
  }
  return resolved;
}

bool LooksLikeClickCounter(const Url& url) {
  const std::string path = AsciiLower(url.path);
  for (std::string_view cue : {"click", "track", "redirect", "lt.php", "/ls/"})
    if (path.find(cue) != std::string::npos) return true;
  return false;
}

}  // namespace phishscan
