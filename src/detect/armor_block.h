// OpenPGP armor ("-----BEGIN PGP SIGNATURE----- ... -----END PGP
// SIGNATURE-----") is machine text: a reader does not read a signature, and
// a picture-only lure pads its body with a pasted one so that word counts
// see prose where there is none. Counting what a reader reads leaves it out.
#ifndef PHISHSCAN_DETECT_ARMOR_BLOCK_H_
#define PHISHSCAN_DETECT_ARMOR_BLOCK_H_

#include <string>
#include <string_view>

namespace phishscan {

// Whether `lower_text` (lower case, as normalised text is) holds the start
// of an armor block.
bool HasArmorBlock(std::string_view lower_text);

// `lower_text` with every armor block replaced by one space: from
// "-----begin pgp" to the "-----" that closes the matching "-----end pgp"
// line. A block that never ends runs to the end of the text. The header
// line of a clear-signed message goes alone: the prose after it is read.
std::string WithoutArmorBlocks(std::string_view lower_text);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_ARMOR_BLOCK_H_
