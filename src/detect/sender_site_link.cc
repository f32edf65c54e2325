#include "detect/sender_site_link.h"

#include <cstddef>

namespace phishscan {
namespace {

// Bounds the walk: a message may carry thousands of links.
constexpr std::size_t kMaxLinksChecked = 200;

}  // namespace

bool LinksToSenderSite(const ScanContext& ctx, const SenderRelation& relation) {
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++checked > kMaxLinksChecked) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    if (!link.url.registrable_domain.empty() && relation.IsSenderDomain(link.url.registrable_domain)) return true;
  }
  return false;
}

}  // namespace phishscan
