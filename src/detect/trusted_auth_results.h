// Which Authentication-Results header to believe. Each server prepends its
// own, so the receiving server's is the topmost; anything below it may have
// been written by the sender to look authenticated, and looking further down
// for a "better" one would let a forged header win.
#ifndef PHISHSCAN_DETECT_TRUSTED_AUTH_RESULTS_H_
#define PHISHSCAN_DETECT_TRUSTED_AUTH_RESULTS_H_

#include "parse/message.h"

namespace phishscan {

// The topmost Authentication-Results, or nullptr when the message has none.
const AuthResults* TrustedAuthResults(const Message& message);

// True when a result field ("pass (reason)", "FAIL") is `expected`,
// case-insensitively, ignoring any comment after the result word.
bool ResultIs(std::string_view result, std::string_view expected);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_TRUSTED_AUTH_RESULTS_H_
