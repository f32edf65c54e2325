// Whether a message sends its reader to the sender's own site. A sender
// whose name says something its address does not ("Bitcoin", "Winner",
// "Loans") is still plausibly who it says when its links lead home: the
// name-versus-address detectors ask this before they speak.
#ifndef PHISHSCAN_DETECT_SENDER_SITE_LINK_H_
#define PHISHSCAN_DETECT_SENDER_SITE_LINK_H_

#include "detect/context.h"
#include "detect/sender_relation.h"

namespace phishscan {

// Whether one of the first 200 web links (http, https) leads to a domain
// `relation` counts as the sender's own (From, or authenticated).
bool LinksToSenderSite(const ScanContext& ctx, const SenderRelation& relation);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SENDER_SITE_LINK_H_
