// Resolving links against <base href>. Only what decides where a click goes
// (scheme, host, port) has to be right; dot segments are left as written.
#ifndef PHISHSCAN_EXTRACT_RELATIVE_URL_H_
#define PHISHSCAN_EXTRACT_RELATIVE_URL_H_

#include <optional>
#include <string_view>

#include "extract/extraction.h"

namespace phishscan {

// The URL an href/src/action points to: itself when absolute (or "www."),
// resolved against `base` when relative and a base is known, nullopt when
// relative without a base or using a scheme ParseUrl does not accept ("cid:").
std::optional<Url> ResolveHref(std::string_view href, const std::optional<Url>& base);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_RELATIVE_URL_H_
