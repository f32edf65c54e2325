// HTML read as lines of text, just well enough to find the header block of
// a forwarded message: block-level tags end lines, other tags vanish, the
// common entities are decoded. Rendering proper is the extract stage's.
#ifndef PHISHSCAN_PARSE_HTML_LINES_H_
#define PHISHSCAN_PARSE_HTML_LINES_H_

#include <string>
#include <string_view>

namespace phishscan {

// At most `max_bytes` of output; the contents of <style>, <script>, <head>
// and comments are dropped. Unclosed tags end the text.
std::string HtmlToLines(std::string_view html, std::size_t max_bytes);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_HTML_LINES_H_
