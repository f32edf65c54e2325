// Body text to UTF-8 from whatever charset the sender declared (or forgot to
// declare), with the labels mail actually uses mapped the way browsers map
// them: "iso-8859-1" and "us-ascii" are read as windows-1252, "gb2312" as
// GB18030, "shift_jis" as windows-31j, "ks_c_5601-1987" as windows-949.
#ifndef PHISHSCAN_PARSE_CHARSET_CONVERSION_H_
#define PHISHSCAN_PARSE_CHARSET_CONVERSION_H_

#include <string>
#include <string_view>

namespace phishscan {

struct Utf8Text {
  std::string text;           // valid UTF-8, no NUL
  bool charset_known = true;  // false when the declared label was not recognised
};

// Invalid byte sequences become U+FFFD. With no label or an unknown one, the
// bytes are read as UTF-8 when they are valid UTF-8, else as windows-1252.
Utf8Text ConvertToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_CHARSET_CONVERSION_H_
