// Whether an internationalised host label is written in some language or is
// a jumble of accented letters no language writes together. A genuine IDN
// ("münchen", "bücher", "español", "ελληνικά") spells a word with its own
// language's letters; a bulk sender's throw-away label ("ðnd77ÿk2œ3g3c")
// strews Icelandic ð next to French œ and ÿ between random consonants and
// digits, only so that every link has a different, unlisted host.
#ifndef PHISHSCAN_DETECT_GARBLED_IDN_LABEL_H_
#define PHISHSCAN_DETECT_GARBLED_IDN_LABEL_H_

#include <string>
#include <string_view>

namespace phishscan {

struct GarbledLabel {
  std::string label;    // the decoded label, "" when no label is garbled
  std::string letters;  // its accented Latin letters, in order of appearance ("ðÿœ")
};

// The first label of `host_unicode` (UTF-8, as IDNA decodes it) holding at
// least two different accented Latin letters that no single language's
// alphabet contains together. Labels in other scripts (Greek, Cyrillic,
// CJK...) and labels with one accented letter are never judged: their
// deceit, if any, is look-alike letters, which another finding covers.
GarbledLabel FindGarbledIdnLabel(std::string_view host_unicode);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_GARBLED_IDN_LABEL_H_
