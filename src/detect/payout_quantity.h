// Finds a payout written into a short piece of text: a large sum of money
// ("146 821 usd", "$3000") or a quantity of a cryptocurrency ("1.331 btc").
// A name, a username or a form's subject never holds one; a stranger who
// types a lure into such a field always does.
#ifndef PHISHSCAN_DETECT_PAYOUT_QUANTITY_H_
#define PHISHSCAN_DETECT_PAYOUT_QUANTITY_H_

#include <string>
#include <string_view>

namespace phishscan {

// Sums from which a name field's amount is a payout, not a price or a
// welcome bonus.
constexpr double kPayoutSum = 1000;

// The first payout in normalised (lower-case) `text` as written ("1.331
// btc"), or "" when none. Only the first 256 bytes are read.
std::string FindPayoutQuantity(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PAYOUT_QUANTITY_H_
