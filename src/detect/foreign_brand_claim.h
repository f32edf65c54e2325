// The first brand a message names that its From domain does not belong to.
// Shared by the detectors that ask "is a stranger handing out something in a
// brand's name" (brand_giveaway, stranger_gift_card).
#ifndef PHISHSCAN_DETECT_FOREIGN_BRAND_CLAIM_H_
#define PHISHSCAN_DETECT_FOREIGN_BRAND_CLAIM_H_

#include <string_view>

#include "detect/context.h"

namespace phishscan {

// Null when the From domain is any catalogued brand's: a known brand naming
// a partner, a payment card or a product it sells ("a Visa card with your
// Fnac membership") is that brand speaking, not a stranger.
const ScanContext::BrandClaim* FirstForeignBrandClaim(const ScanContext& ctx, std::string_view from_domain);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_FOREIGN_BRAND_CLAIM_H_
