// URLs in plain text: "scheme://…", "www.…" and "mailto:…", plus the
// "label <URL>" pairs that text renderings of HTML mail produce
// ("AUTHENTICATE IMAP <https://…>" is a link whose text is the label).
#ifndef PHISHSCAN_EXTRACT_TEXT_URL_EXTRACTOR_H_
#define PHISHSCAN_EXTRACT_TEXT_URL_EXTRACTOR_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/extraction.h"

namespace phishscan {

// Appends every URL found in `text` to `links` as a Link with the given
// origin and part index; a bare URL gets empty text, a "<URL>" gets the text
// before it on the same line. Trailing sentence punctuation and unbalanced
// closing brackets are not part of a URL. Stops once `links` holds
// `max_links` entries and then returns false; true when the scan finished.
// Linear in the size of `text`. shown_url is left for the caller.
bool AppendTextLinks(std::string_view text, LinkOrigin origin, std::size_t part_index,
                     std::size_t max_links, std::vector<Link>& links);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_TEXT_URL_EXTRACTOR_H_
