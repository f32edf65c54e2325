// The brand a sender speaks as while writing from outside it: its name as
// the sender (plain or disguised), its copyright line, or a subject speaking
// for it. Shared by the detectors that weigh what a message says in a
// brand's name (an alert, a receipt) against who actually sent it.
#ifndef PHISHSCAN_DETECT_IMPERSONATED_BRAND_H_
#define PHISHSCAN_DETECT_IMPERSONATED_BRAND_H_

#include "detect/context.h"

namespace phishscan {

// Null when the message speaks for no catalogued brand, or when From is on
// the brand's domain, any catalogued brand's, or the reader's own
// organisation's. A subject naming the brand counts only when From is not
// authenticated or the subject opens with the brand ("Your Norton order").
const Brand* ImpersonatedBrand(const ScanContext& ctx);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_IMPERSONATED_BRAND_H_
