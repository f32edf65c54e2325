// One Received header: who handed the message over (the name it gave in
// HELO, the reverse DNS and IP the receiving server saw) and who received it.
// Postfix, Sendmail, Exim, qmail, Exchange and Gmail each word this differently.
#ifndef PHISHSCAN_PARSE_RECEIVED_H_
#define PHISHSCAN_PARSE_RECEIVED_H_

#include <string_view>

#include "parse/message.h"

namespace phishscan {

// Reads one unfolded Received value. Fields it cannot find stay "".
ReceivedHop ParseReceived(std::string_view value);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_RECEIVED_H_
