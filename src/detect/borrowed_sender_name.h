// A sender name the From address does not carry: an organisation-like name
// ("Home Window Offers <info@some-school.example>") or a product shown over
// a mailbox made of a person's name and a serial number. Shared by
// sender.name_address_mismatch (sender_identity), which reports the
// mismatch itself, and the detectors that ask what such a sender offers.
#ifndef PHISHSCAN_DETECT_BORROWED_SENDER_NAME_H_
#define PHISHSCAN_DETECT_BORROWED_SENDER_NAME_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/context.h"

namespace phishscan {

struct BorrowedSenderName {
  std::string name;                        // the sender name as the reader sees it
  std::vector<std::string> words;          // its significant words, none found in the address
  std::vector<std::string> serial_person;  // {first, last} when the mailbox is a name and a serial
};

// Nullopt when the From line has no name, the name carries an address, the
// mailbox is a free-mail or catalogued brand's, the name says it writes
// through a platform ("Anna from Shop"), the mail is list traffic, or the
// name shares a word with the address. A person's name of two words is not
// compared: people write from their employer's domain.
std::optional<BorrowedSenderName> FindBorrowedSenderName(const ScanContext& ctx);

// The local part of `address` a person or a brand chose, without a "+tag";
// "" for the identifiers of bounce handling and tracking ("bounce-8234-17@",
// "Online#3.20471.b9-x@", "msprvs1=..."), which are machine-made by design.
std::string_view ChosenLocalPartOf(std::string_view address);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BORROWED_SENDER_NAME_H_
