// A free-webmail address written in a message's text that is neither the
// sender's nor a recipient's: "write to my private email", "response me to
// ...". Scammers send from throwaway or hijacked accounts and keep a private
// mailbox for the conversation. Shared by the detectors that look for a
// stranger's private way to answer.
#ifndef PHISHSCAN_DETECT_PRIVATE_ADDRESS_H_
#define PHISHSCAN_DETECT_PRIVATE_ADDRESS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "detect/context.h"

namespace phishscan {

// True when `address` is one of the message's To or Cc addresses.
bool IsRecipientAddress(const Message& m, std::string_view address);

// The first address whose '@' lies in [from, to) of `text` that is on a free
// webmail service and is not the From or a recipient; "" when none. At most
// 32 '@' are looked at.
std::string FreemailAddressIn(const ScanContext& ctx, std::string_view text, std::size_t from = 0,
                              std::size_t to = std::string_view::npos);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PRIVATE_ADDRESS_H_
