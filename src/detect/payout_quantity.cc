#include "detect/payout_quantity.h"

#include <array>
#include <string>
#include <vector>

#include "detect/money_amount.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxBytes = 256;

// Units of the coins lures promise. Units that are also words ("sol",
// "ether") are left out: "calle del sol 12" is an address.
constexpr std::array<std::string_view, 14> kCoinUnits = {"btc",      "bitcoin", "bitcoins", "eth", "ethereum",
                                                         "usdt",     "usdc",    "tether",   "doge", "dogecoin",
                                                         "ltc",      "litecoin", "xrp",     "bnb"};

bool IsCoinUnit(std::string_view word) {
  for (std::string_view unit : kCoinUnits)
    if (word == unit) return true;
  return false;
}

// "1.331", "0,5", "20000": digits with at most separators between them.
bool IsQuantity(std::string_view word) {
  if (word.empty() || word.front() < '0' || word.front() > '9' || word.back() < '0' || word.back() > '9')
    return false;
  for (char c : word)
    if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
  return true;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

// "1.331 btc" or "btc 1.331".
std::string CoinQuantity(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (IsQuantity(words[i]) && IsCoinUnit(words[i + 1]))
      return std::string(words[i]) + " " + std::string(words[i + 1]);
    if (IsCoinUnit(words[i]) && IsQuantity(words[i + 1]))
      return std::string(words[i]) + " " + std::string(words[i + 1]);
  }
  return "";
}

}  // namespace

std::string FindPayoutQuantity(std::string_view text) {
  text = text.substr(0, kMaxBytes);
  for (const MoneyAmount& amount : FindMoneyAmounts(text, 4))
    if (amount.value >= kPayoutSum) return amount.text;
  return CoinQuantity(text);
}

}  // namespace phishscan
