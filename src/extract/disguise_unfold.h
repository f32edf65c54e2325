// Undoes the ASCII tricks that hide words from filters while a reader still
// reads them, so that phrase and brand lists see what the reader sees:
// letters spelt one by one ("S p e c i a l", "C.a.l.l"), a capital torn off
// its word ("G emeentelijk"), underscores or tildes for spaces
// ("Vous_avez_gagné"), digits for letters ("C0NFIRMATI0N", "0ne"), a run of
// capital I for l ("faIIIida") and strike-through overlays ("Entre̷ga").
// Meant for subjects and sender names; run after FoldLookalikeLetters and
// before NormalizeText.
#ifndef PHISHSCAN_EXTRACT_DISGUISE_UNFOLD_H_
#define PHISHSCAN_EXTRACT_DISGUISE_UNFOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

// What UnfoldDisguise did.
struct DisguiseUnfold {
  std::string text;        // the unfolded text (the input when nothing changed)
  std::size_t undone = 0;  // tricks undone
};

// Unfolds `text` (UTF-8). Inputs over a few kilobytes come back unchanged.
DisguiseUnfold UnfoldDisguise(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_DISGUISE_UNFOLD_H_
