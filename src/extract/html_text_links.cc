#include "extract/html_text_links.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "extract/shown_url.h"
#include "extract/text_url_extractor.h"

namespace phishscan {
namespace {

// "www.shop.example" in text parses as http://; the anchor to
// https://www.shop.example/ is the same place to a reader.
std::string PlaceKey(const Url& url) {
  const std::size_t scheme_end = url.normalized.find("://");
  if (scheme_end == std::string::npos) return url.normalized;
  return url.normalized.substr(scheme_end + 3);
}

std::unordered_set<std::string> KnownPlaces(const std::vector<Link>& links) {
  std::unordered_set<std::string> places;
  for (const Link& link : links) {
    places.insert(PlaceKey(link.url));
    if (link.text.empty()) continue;
    if (std::optional<Url> shown = UrlShownInText(link.text)) places.insert(PlaceKey(*shown));
  }
  return places;
}

}  // namespace

bool AppendHtmlTextLinks(std::string_view text, const std::vector<TextRange>& anchor_ranges,
                         LinkOrigin origin, std::size_t part_index, std::size_t max_links,
                         std::vector<Link>& links) {
  std::size_t budget = max_links > links.size() ? max_links - links.size() : 0;
  std::unordered_set<std::string> places = KnownPlaces(links);
  std::vector<Link> found;
  std::size_t begin = 0;
  bool finished = true;
  for (std::size_t i = 0; i <= anchor_ranges.size() && finished; ++i) {
    const std::size_t end = i < anchor_ranges.size() ? anchor_ranges[i].begin : text.size();
    if (begin < end && end <= text.size()) {
      found.clear();
      // Each segment is scanned on its own: text before and after an anchor
      // never joins into one URL.
      finished = AppendTextLinks(text.substr(begin, end - begin), origin, part_index, budget, found);
      budget -= found.size();
      for (Link& link : found) {
        if (places.insert(PlaceKey(link.url)).second) links.push_back(std::move(link));
      }
    }
    if (i < anchor_ranges.size()) begin = std::max(begin, anchor_ranges[i].end);
  }
  return finished;
}

}  // namespace phishscan
