// Which services run their own public link shortener. X shortens every link
// of its notifications through t.co, LinkedIn through lnkd.in, Bitly's own
// mail through bit.ly: in their mail a shortened link is their normal link,
// not a hidden destination.
#ifndef PHISHSCAN_DETECT_SHORTENER_OWNER_H_
#define PHISHSCAN_DETECT_SHORTENER_OWNER_H_

#include <string_view>

namespace phishscan {

// True when the registrable domain `sender` belongs to the service that runs
// the shortener whose registrable domain is `shortener`
// ("x.com", "t.co" -> true; "shop.example", "bit.ly" -> false).
bool SenderOwnsShortener(std::string_view sender, std::string_view shortener);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SHORTENER_OWNER_H_
