#include "detect/serial_name_mailbox.h"

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLocalPart = 64;  // RFC 5321's limit; longer is no chosen name
constexpr std::size_t kMinNameLetters = 2;
constexpr std::size_t kMaxNameLetters = 20;
// Three digits or more: "1985" or "84" after a name is a birth year or an
// age a person picks, but a person writes it without a separator.
constexpr std::size_t kMinSerialDigits = 3;
constexpr std::size_t kMaxSerialDigits = 8;

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The run of `accept` bytes starting at `pos`, advancing `pos` past it.
template <typename Pred>
std::string_view TakeRun(std::string_view text, std::size_t& pos, Pred accept) {
  const std::size_t start = pos;
  while (pos < text.size() && accept(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

// Service mailboxes numbered per order or customer ("order_confirm_20931",
// "kunden_service_123") are named after a role, not a person.
constexpr std::string_view kRoleWords[] = {
    "no", "noreply", "reply", "info", "mail", "news", "service", "services", "support", "order", "orders",
    "invoice", "billing", "booking", "ticket", "case", "account", "user", "member", "client", "customer",
    "kunden", "commande", "pedido", "bestelling", "ordine", "system", "auto", "notify", "alert", "team"};

bool IsNameWord(std::string_view word) {
  if (word.size() < kMinNameLetters || word.size() > kMaxNameLetters) return false;
  const std::string lower = AsciiLower(word);
  for (std::string_view role : kRoleWords)
    if (lower == role) return false;
  return true;
}

}  // namespace

std::vector<std::string> SerialNameParts(std::string_view local) {
  if (local.size() > kMaxLocalPart) return {};
  std::size_t pos = 0;
  const std::string_view first = TakeRun(local, pos, IsLetter);
  if (!IsNameWord(first) || pos >= local.size()) return {};
  const char separator = local[pos++];
  if (separator != '_' && separator != '.') return {};
  const std::string_view last = TakeRun(local, pos, IsLetter);
  // The same separator before the serial: "lina_fern_6659", "a.b.123".
  if (!IsNameWord(last) || pos >= local.size() || local[pos++] != separator) return {};
  const std::string_view serial = TakeRun(local, pos, IsDigit);
  if (pos != local.size() || serial.size() < kMinSerialDigits || serial.size() > kMaxSerialDigits) return {};
  return {AsciiLower(first), AsciiLower(last)};
}

}  // namespace phishscan
