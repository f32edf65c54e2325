// Whether a domain label carries a brand's name: "bancodobrasil",
// "github-scanner", "paypalsecure". A short name only counts as a whole
// hyphen- or digit-separated token, because short names hide inside ordinary
// words ("post" in "compost"); a long one also counts run together.
#ifndef PHISHSCAN_DETECT_BRAND_NAMED_LABEL_H_
#define PHISHSCAN_DETECT_BRAND_NAMED_LABEL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

// Names shorter than this never count: two or three letters are anyone's.
inline constexpr std::size_t kMinLabelName = 4;
// From this length a name also counts run together with other words.
inline constexpr std::size_t kMinRunTogetherName = 6;

// The brand keyword as a domain label can hold it ("banco do brasil" ->
// "bancodobrasil"); "" for keywords no label can hold (dots, non-ASCII).
std::string KeywordAsLabel(std::string_view keyword);

// True when lower-case `label` carries lower-case `name` (see above).
bool LabelCarriesName(std::string_view label, std::string_view name);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BRAND_NAMED_LABEL_H_
