// HTML rendered the way a reader sees it: visible text, links with their
// visible text, forms, images, meta refresh, and text hidden with inline CSS.
// Parsed with Gumbo (HTML5 error recovery, so broken markup reads like it
// does in a mail client) and walked without recursion.
#ifndef PHISHSCAN_EXTRACT_HTML_EXTRACTOR_H_
#define PHISHSCAN_EXTRACT_HTML_EXTRACTOR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "extract/html_guard.h"
#include "phishscan/limits.h"

namespace phishscan {

// Where the HTML came from: decides Link::origin, part_index, in_attachment.
struct HtmlSource {
  std::size_t part_index = 0;
  bool attachment = false;  // links get LinkOrigin::kAttachment, forms in_attachment
};

struct HtmlExtraction {
  std::string text;  // visible text, not normalised; blocks and <br> end in '\n'
  std::vector<Link> links;
  std::vector<Form> forms;
  std::vector<Image> images;
  std::vector<HiddenText> hidden;
  std::vector<Url> meta_refresh;
  std::vector<std::string> notes;
  std::vector<std::string> limits_hit;  // "max_html_nodes", "max_links", "max_text_bytes"
  bool operator==(const HtmlExtraction&) const = default;
};

// Extracts from one HTML document. At most `max_links` links are kept; at
// most limits.max_html_nodes nodes are visited and limits.max_text_bytes of
// visible text kept. Text hidden by inline CSS (display:none, visibility,
// tiny font, opacity, zero size, off-screen, text coloured like its
// background — white by default) goes to `hidden`, not `text`. Inputs outside
// any <form> are collected in one extra Form without action. Relative links
// are resolved against <base href> and dropped when there is none. URLs
// written in the visible text outside anchors are links too (origin
// kPlainText, or kAttachment), unless an anchor already leads to or shows
// them; they share the `max_links` budget, after the anchors.
HtmlExtraction ExtractHtml(std::string_view html, const HtmlSource& source, const Limits& limits,
                           std::size_t max_links);
// The same with the guard's options: with leave_out_unread false it must
// give the same result (html_guard_fuzz and the tests check that it does).
HtmlExtraction ExtractHtml(std::string_view html, const HtmlSource& source, const Limits& limits,
                           std::size_t max_links, const GuardOptions& guard);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_HTML_EXTRACTOR_H_
