#include "detect/private_address.h"

#include <algorithm>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxAddressesScanned = 32;
constexpr std::size_t kMaxLocalPart = 64;
constexpr std::size_t kMaxDomain = 255;

// The text is lower case (NormalizeText), so upper-case letters never occur.
bool IsAddressByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_' || c == '+';
}

}  // namespace

bool IsRecipientAddress(const Message& m, std::string_view address) {
  auto same = [&](const Mailbox& x) { return EqualsIgnoreCase(x.address, address); };
  return std::any_of(m.to.begin(), m.to.end(), same) || std::any_of(m.cc.begin(), m.cc.end(), same);
}

std::string FreemailAddressIn(const ScanContext& ctx, std::string_view text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  std::size_t scanned = 0;
  for (std::size_t at = text.find('@', from); at != std::string_view::npos && at < to && scanned < kMaxAddressesScanned;
       at = text.find('@', at + 1), ++scanned) {
    std::size_t begin = at, end = at + 1;
    while (begin > 0 && at - begin < kMaxLocalPart && IsAddressByte(text[begin - 1])) --begin;
    while (end < text.size() && end - at < kMaxDomain && IsAddressByte(text[end])) ++end;
    while (end > at + 1 && text[end - 1] == '.') --end;
    if (begin == at || end == at + 1) continue;
    const std::string domain = AsciiLower(text.substr(at + 1, end - at - 1));
    if (!ctx.knowledge.IsFreemail(domain)) continue;
    const std::string address(text.substr(begin, end - begin));
    if (EqualsIgnoreCase(address, ctx.message.from.address) || IsRecipientAddress(ctx.message, address)) continue;
    return address;
  }
  return "";
}

}  // namespace phishscan
