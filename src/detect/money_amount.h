// Recognises sums of money written out in a message, in the many ways the
// languages supported write them: "$1,500,000.00", "US$12.5 million",
// "USD 4.5 million", "2.500.000,00 €", "15,8 milhões de dólares", "4,5
// Millionen Euro" and, spelt out, "six million eight hundred thousand
// dollars". Advance-fee stories all name a fortune; the value lets a
// detector tell a fortune from a price.
#ifndef PHISHSCAN_DETECT_MONEY_AMOUNT_H_
#define PHISHSCAN_DETECT_MONEY_AMOUNT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

struct MoneyAmount {
  double value = 0;  // in units of its currency; spelt-out millions count as a lower bound
  std::string text;  // as found in the normalised text
};

// Sums with a currency (symbol, code or word) in `normalized_text` (see
// NormalizeText: lower case, single spaces), in text order, at most
// `max_results`. A bare number is not money.
std::vector<MoneyAmount> FindMoneyAmounts(std::string_view normalized_text, std::size_t max_results = 8);

// The sums from which a stranger's offer reads as a fortune, not a price.
constexpr double kLargeSum = 100000;

// Parses digits with thousands and decimal separators as people write them
// ("1,500,000.00", "2.500.000,00", "15,8", "350.000", "2 500 000");
// exposed for tests. Returns a negative value when `digits` is not a number.
double ParseGroupedNumber(std::string_view digits);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_MONEY_AMOUNT_H_
