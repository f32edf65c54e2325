#include "detect/embedded_target.h"

#include <string>
#include <string_view>

#include "base/text.h"
#include "extract/percent_decode.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxParams = 32;
// A carried address is escaped once as a parameter; phishers escape its host
// once more ("http://%32%31%31%2E...") so that no address shows.
constexpr int kMaxDecodeRounds = 3;

bool IsWebAddress(std::string_view value) {
  const std::string head = AsciiLower(value.substr(0, 8));
  return head.starts_with("http://") || head.starts_with("https://");
}

std::optional<Url> ParseCarried(std::string value) {
  for (int round = 0; round < kMaxDecodeRounds; ++round) {
    std::optional<Url> url = ParseUrl(value);
    if (url && !url->host.empty() && url->host.find('%') == std::string::npos) return url;
    std::string decoded = PercentDecode(value);
    if (decoded == value) break;
    value = std::move(decoded);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Url> EmbeddedTarget(const Url& url) {
  std::string_view query = url.query;
  for (std::size_t seen = 0; !query.empty() && seen < kMaxParams; ++seen) {
    const std::size_t amp = query.find_first_of("&;");
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    std::string value = PercentDecode(pair.substr(eq + 1));
    if (!IsWebAddress(value)) continue;
    if (std::optional<Url> carried = ParseCarried(std::move(value))) return carried;
  }
  return std::nullopt;
}

}  // namespace phishscan
