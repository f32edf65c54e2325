// Keeps Gumbo's work on attacker HTML bounded. Gumbo follows the HTML5 tree
// construction algorithm, which costs O(depth) per tag, O(attributes^2) per
// tag, and re-clones every "stranded" formatting element (<b>, <font>, <a>...)
// for each later paragraph: a few hundred kilobytes of crafted markup take
// minutes and gigabytes. This linear pre-pass rewrites the markup first:
//  - formatting elements are renamed so the formatting-element machinery never
//    runs: <a> becomes <ps-a>, <b> <ps-b>, <font> <ps-font>... (custom
//    elements, which the parser treats like <span>);
//  - it tracks (an over-estimate of) the parser's stack of open elements and,
//    when an end tag closes an element, first closes what is open above it,
//    so the stack Gumbo sees never grows out of step with the estimate;
//  - start tags beyond kMaxHtmlDepth nesting, or once the estimated work is
//    spent, are dropped — except those carrying evidence (<a>, <form>,
//    <img>, <input>, <area>, <base>, <meta>) — and tags keep at most
//    kMaxHtmlAttributes attributes.
// Whenever the guard cannot tell how Gumbo will read something (raw text
// inside <script> or <style>, SVG, <select>), it assumes the reading that
// gives the deeper stack, so its estimate stays an upper bound. Text is never
// dropped; only markup structure is simplified (and the content of raw-text
// elements, which extraction does not use, may be rewritten). The text of
// comments, which extraction does not read either, is left out where the
// guard can be sure Gumbo reads the same comment (outside raw text, SVG and
// MathML, and before any <script>): "<!-- ... -->" becomes "<!---->". The
// text of a <style>, where Gumbo would read it as plain text, is handed over
// beside the markup rather than in it, and so are long runs of the document's
// own text, where Gumbo would read them as they are (taken_text.h).
#ifndef PHISHSCAN_EXTRACT_HTML_GUARD_H_
#define PHISHSCAN_EXTRACT_HTML_GUARD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/taken_text.h"

namespace phishscan {

// Renamed formatting elements are "ps-" + their name.
inline constexpr std::string_view kGuardedTagPrefix = "ps-";
inline constexpr std::size_t kMaxHtmlDepth = 512;
inline constexpr std::size_t kMaxHtmlAttributes = 32;

struct GuardedHtml {
  std::string html;
  bool dropped_tags = false;        // nesting or work cap reached
  bool dropped_attributes = false;  // some tag had more than kMaxHtmlAttributes
  // Text taken out of <style> elements, in document order: the offset in
  // `html` of the element's start tag (Gumbo's start_pos.offset), and the
  // text as Gumbo would have read it. In `html` the element's text is "x".
  std::vector<std::pair<std::size_t, std::string>> style_texts;
  // Runs of text taken out of HTML content; `html` holds their marks.
  TakenText taken_text;
};

struct GuardOptions {
  // Leave out comment text, style text, unread attributes and runs of text
  // where that is safe. Off only to check that leaving them out changes no extraction.
  bool leave_out_unread = true;
};

GuardedHtml GuardHtml(std::string_view html, const GuardOptions& options = GuardOptions());

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_HTML_GUARD_H_
