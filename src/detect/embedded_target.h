// The web address a link carries whole in its query string
// ("?DomainUrl=http%3A%2F%2F...", "?url=https://..."): where an open
// redirect on a trusted site really sends the reader. Only reads the URL.
#ifndef PHISHSCAN_DETECT_EMBEDDED_TARGET_H_
#define PHISHSCAN_DETECT_EMBEDDED_TARGET_H_

#include <optional>

#include "extract/extraction.h"

namespace phishscan {

// The first query parameter whose value, percent-decoded (an escaped host
// is decoded once more), is an absolute http(s) URL; std::nullopt when none.
std::optional<Url> EmbeddedTarget(const Url& url);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_EMBEDDED_TARGET_H_
