// Finds a web address written with a gap around its dot after a site label:
// "Website: coinvault. net", "www: coinvault . net", "Site : coinvault .net
// [remove gap]". Written that way the address is no link: mail filters and
// link checks do not see it, and the reader has to type it by hand. Genuine
// mail names its site as a link; the gap is there to escape the checks.
#ifndef PHISHSCAN_DETECT_GAPPED_DOMAIN_H_
#define PHISHSCAN_DETECT_GAPPED_DOMAIN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

struct GappedDomain {
  std::string label;    // the site label, as matched ("website")
  std::string written;  // the address as written, gap included ("coinvault . net")
  std::string domain;   // the address rejoined ("coinvault.net")
};

// The first gapped address after a site label (website, site, url, www,
// webseite, sitio web, sito...) followed by a colon in normalised
// (lower-case) `text`. At most `max_labels_seen` label occurrences are
// looked at. `domain` is empty when there is none.
GappedDomain FindGappedDomain(std::string_view text, std::size_t max_labels_seen = 64);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_GAPPED_DOMAIN_H_
