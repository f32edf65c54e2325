// The target of <meta http-equiv="refresh" content="0; url=...">, a redirect
// the mail's HTML performs by itself when opened in a browser.
#ifndef PHISHSCAN_EXTRACT_META_REFRESH_H_
#define PHISHSCAN_EXTRACT_META_REFRESH_H_

#include <string_view>

namespace phishscan {

// "0; URL='https://x.example/'" -> "https://x.example/"; "" when none.
std::string_view MetaRefreshTarget(std::string_view content);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_META_REFRESH_H_
