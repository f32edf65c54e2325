// URLs that an HTML part prints as visible text outside any anchor ("Sign in
// at https://…" in a paragraph). Mail clients make them clickable and readers
// copy them, so they are links like any anchor; the plain-text URL finder
// reads them.
#ifndef PHISHSCAN_EXTRACT_HTML_TEXT_LINKS_H_
#define PHISHSCAN_EXTRACT_HTML_TEXT_LINKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/extraction.h"

namespace phishscan {

// Byte range [begin, end) of rendered text that lies inside an anchor.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Appends to `links` the URLs written in `text` outside `anchor_ranges`
// (sorted, non-overlapping), with the given origin and part index. A URL
// that repeats a link already in `links` (same href, or an anchor whose text
// shows that URL) is not added again; neither is one already found in the
// text. At most `max_links - links.size()` URLs are parsed and kept, so
// repeated URLs cannot make the scan parse more than a link budget; returns
// false when that budget ran out.
bool AppendHtmlTextLinks(std::string_view text, const std::vector<TextRange>& anchor_ranges,
                         LinkOrigin origin, std::size_t part_index, std::size_t max_links,
                         std::vector<Link>& links);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_HTML_TEXT_LINKS_H_
