// A coin or token named after a catalogued brand: "$DISNEY", "Adidas
// Coin", "jeton Disney", "Disney-Münze". Brands outside crypto do not issue
// coins; a "brand coin" offered to customers is the shape of a fake token
// launch that ends on a wallet-draining claim page.
#ifndef PHISHSCAN_DETECT_BRAND_TICKER_H_
#define PHISHSCAN_DETECT_BRAND_TICKER_H_

#include <optional>
#include <string>
#include <string_view>

#include "detect/brand_catalog.h"

namespace phishscan {

struct BrandTicker {
  const Brand* brand;
  std::string written;  // as found: "$DISNEY", "Adidas coin"
};

// The first brand coin in `text` (a subject or the message text, read up to
// a bound). A ticker is "$" followed by a brand's one-word keyword or the
// first label of one of its official domains ("$DISNEY" for disney.com);
// otherwise such a word next to a coin word in EN FR DE ES PT NL IT.
// Crypto brands (whose coins are real) and weak keywords never count.
std::optional<BrandTicker> FindBrandTicker(std::string_view text, const BrandCatalog& catalog);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BRAND_TICKER_H_
