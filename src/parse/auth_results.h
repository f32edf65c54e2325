// Authentication-Results (RFC 8601) and Received-SPF (RFC 7208) as the
// receiving servers wrote them, read tolerantly: real headers omit ';',
// nest comments, quote values and mix case.
#ifndef PHISHSCAN_PARSE_AUTH_RESULTS_H_
#define PHISHSCAN_PARSE_AUTH_RESULTS_H_

#include <optional>
#include <string_view>

#include "parse/message.h"

namespace phishscan {

// Reads one unfolded Authentication-Results value. Fields it cannot find stay "".
AuthResults ParseAuthenticationResults(std::string_view value);

// Reads one Received-SPF value into an entry whose authserv_id is
// "Received-SPF"; std::nullopt when it holds no result word.
std::optional<AuthResults> ParseReceivedSpf(std::string_view value);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_AUTH_RESULTS_H_
