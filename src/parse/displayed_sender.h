// The sender a mail program shows for a From line cut by a comma:
// `"Offer name", service@shop.example` is, for RFC 5322, a name-only
// mailbox (invalid) followed by an address; GMime reads the quoted name as
// an address of its own. Outlook, Gmail and Thunderbird show the name first
// and the address after it, so the reader sees "Offer name" writing from
// service@shop.example. Detectors judge that displayed sender.
#ifndef PHISHSCAN_PARSE_DISPLAYED_SENDER_H_
#define PHISHSCAN_PARSE_DISPLAYED_SENDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "parse/message.h"

namespace phishscan {

// The displayed name (the text before the first unquoted comma of the
// decoded From value) with the first address of `from_all` that has a
// domain, when the first parsed mailbox has no usable address; nullopt for
// any From whose first mailbox is usable (every well-formed From).
std::optional<Mailbox> RecoverDisplayedSender(std::string_view decoded_from,
                                              const std::vector<Mailbox>& from_all);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_DISPLAYED_SENDER_H_
