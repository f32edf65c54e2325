// How an HTML element affects rendered text: line breaks around blocks,
// spacing between table cells, and elements whose text is never shown.
#ifndef PHISHSCAN_EXTRACT_HTML_TAGS_H_
#define PHISHSCAN_EXTRACT_HTML_TAGS_H_

#include <gumbo.h>

namespace phishscan {

struct HtmlTagRole {
  bool block = false;            // starts and ends a line
  bool cell = false;             // separated from its neighbours by a space
  bool suppresses_text = false;  // head, title, script, style, noscript, ...
};

HtmlTagRole RoleOf(GumboTag tag);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_HTML_TAGS_H_
