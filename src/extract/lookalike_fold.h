// Folds letters drawn to look like Latin ones back to the Latin letter, so
// that phrase lists read what a person reads: "bᥣoᥴkᥱd" (Tai Le letters),
// "Yоur" (Cyrillic о) and "𝐘𝐨𝐮𝐫" (mathematical bold) all become plain
// "blocked" / "your". Words of Greek, Cyrillic or any other script written
// as such are left alone: only a word that already has Latin letters, or a
// text written mostly in Latin letters, is folded.
#ifndef PHISHSCAN_EXTRACT_LOOKALIKE_FOLD_H_
#define PHISHSCAN_EXTRACT_LOOKALIKE_FOLD_H_

#include <string>
#include <string_view>

namespace phishscan {

// What FoldLookalikeLetters did.
struct LookalikeFold {
  std::string text;          // the folded text (the input when nothing was folded)
  std::size_t folded = 0;    // letters replaced
};

// Folds the look-alike letters of `text` (UTF-8, original case: a capital
// Greek "Υ" is a y, its small letter a u) to lower-case ASCII letters; the
// rest is copied as it is. Run NormalizeText on the result. Inputs over a few
// kilobytes come back unchanged: this is meant for subjects and names, one
// ICU look-up per distinct non-ASCII letter.
LookalikeFold FoldLookalikeLetters(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_LOOKALIKE_FOLD_H_
