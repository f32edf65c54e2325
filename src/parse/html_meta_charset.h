// The charset an HTML body declares in <meta charset> or <meta http-equiv
// content="...; charset=..."> when the MIME header declares none.
#ifndef PHISHSCAN_PARSE_HTML_META_CHARSET_H_
#define PHISHSCAN_PARSE_HTML_META_CHARSET_H_

#include <string>
#include <string_view>

namespace phishscan {

// Looks at the first few kilobytes only, like browsers do; "" when none.
std::string HtmlMetaCharset(std::string_view html);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_HTML_META_CHARSET_H_
