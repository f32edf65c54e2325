// Bounded Damerau–Levenshtein distance (optimal string alignment: insert,
// delete, substitute, swap two neighbours) between short strings such as
// domain labels. Typosquats sit one or two edits from the brand.
#ifndef PHISHSCAN_DETECT_EDIT_DISTANCE_H_
#define PHISHSCAN_DETECT_EDIT_DISTANCE_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace phishscan {

// The distance between `a` and `b` in bytes when it is at most `bound`,
// otherwise bound + 1. Costs O(len * bound) time.
std::size_t BoundedEditDistance(std::string_view a, std::string_view b, std::size_t bound);

// The set of characters in `s`, one bit per letter, digit and hyphen (all
// other bytes share one bit), for rejecting far strings before computing a
// distance.
uint64_t CharacterSet(std::string_view s);

// False when strings with these character sets are certainly more than
// `bound` edits apart: each edit brings in at most one character the other
// string lacks and takes away at most one.
// Inline: the look-alike check calls it for hundreds of brand names per host.
inline bool MayBeWithinEdits(uint64_t a, uint64_t b, std::size_t bound) {
  return static_cast<std::size_t>(std::popcount(a & ~b)) <= bound &&
         static_cast<std::size_t>(std::popcount(b & ~a)) <= bound;
}

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_EDIT_DISTANCE_H_
