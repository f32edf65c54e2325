// Whether a subject speaks as a brand or only names it. An authenticated
// third party may title its own notice with a brand ("Ihre Karte wurde zu
// Apple Pay hinzugefügt", "Your order ships with DHL"); a subject that opens
// with the brand ("Coinbase: was this you?", "[PayPal] Account limited") or
// owns the reader's purchase of it ("Your Norton order") speaks as the brand.
#ifndef PHISHSCAN_DETECT_SUBJECT_BRAND_VOICE_H_
#define PHISHSCAN_DETECT_SUBJECT_BRAND_VOICE_H_

#include <string_view>

#include "detect/brand_catalog.h"

namespace phishscan {

// `normalized_subject` is the subject after NormalizeText (lower case, one
// space). True when, after leading brackets, spaces and "your ", the subject
// begins with the brand's name or one of its keywords as a whole word.
bool SubjectOpensWithBrand(std::string_view normalized_subject, const Brand& brand);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SUBJECT_BRAND_VOICE_H_
