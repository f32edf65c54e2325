// A brand written in a sender name so that a person reads it while a filter
// does not: look-alike letters ("Iedger", "MetaМask"), hidden characters,
// or the name spelt apart ("Pay.Pal.", "N e t f l i x", "Electrum_Extension"
// is not: that is the name plainly). Shared by sender.disguised_brand_name,
// which weighs the disguise, and the detectors that need to know which brand
// a sender pretends to be.
#ifndef PHISHSCAN_DETECT_DISGUISED_SENDER_BRAND_H_
#define PHISHSCAN_DETECT_DISGUISED_SENDER_BRAND_H_

#include <string>
#include <string_view>

#include "detect/knowledge.h"

namespace phishscan {

struct DisguisedBrand {
  const Brand* brand = nullptr;  // null when the name hides no brand
  std::string written;           // the word (or name) as it appears
};

// The brand the sender name disguises, or {} when it names none or names it
// plainly. Bounded: only the first 512 bytes and 16 words are read.
DisguisedBrand FindDisguisedSenderBrand(std::string_view name, const Knowledge& knowledge);

struct ScanContext;

// FindDisguisedSenderBrand of the context's sender name (SenderNameOf), made
// once per context: several detectors ask.
const DisguisedBrand& DisguisedSenderBrandOf(const ScanContext& ctx);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_DISGUISED_SENDER_BRAND_H_
