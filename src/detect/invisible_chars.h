// Characters a reader cannot see but a filter does: zero-width spaces and
// joiners that split words ("pass\u200Bword"), and bidirectional overrides
// (U+202E) that display text in another order than it is stored
// ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
#ifndef PHISHSCAN_DETECT_INVISIBLE_CHARS_H_
#define PHISHSCAN_DETECT_INVISIBLE_CHARS_H_

#include <cstddef>
#include <string_view>

namespace phishscan {

struct InvisibleChars {
  std::size_t word_splitters = 0;   // zero-width space/joiners, word joiner, soft hyphen, BOM inside text
  std::size_t bidi_overrides = 0;   // U+202D, U+202E
  std::size_t bidi_controls = 0;    // embeddings and isolates U+202A-C, U+2066-9
  bool any() const { return word_splitters + bidi_overrides + bidi_controls > 0; }
};

// Counts them in UTF-8 text. Joiners (U+200C, U+200D) only count between two
// letters or digits: elsewhere they build emoji and Persian or Indic words.
// Left-to-right/right-to-left marks are ordinary in Arabic and Hebrew text
// and are not counted.
InvisibleChars CountInvisibleChars(std::string_view utf8);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_INVISIBLE_CHARS_H_
