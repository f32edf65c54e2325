// The header fields later stages ask about by meaning rather than by name:
// sender and recipients, subject, date, Message-ID, authentication results
// and the Received chain.
#ifndef PHISHSCAN_PARSE_MESSAGE_FIELDS_H_
#define PHISHSCAN_PARSE_MESSAGE_FIELDS_H_

#include <gmime/gmime.h>

#include <string>
#include <vector>

#include "parse/message.h"

namespace phishscan {

// Fills the named fields of `message` from message.headers. `raw_values[i]`
// is the undecoded, unrepaired value of message.headers[i], or "" where that
// is message.headers[i].raw (as ReadHeaderFields returns them): addresses are
// parsed from it so that an encoded display name cannot smuggle in an
// address ("=?utf-8?q?PayPal_<service@paypal.com>?= <x@evil.example>").
// Every From, Sender, Reply-To, To, Cc and Bcc is parsed with `options`, so
// that their warning callback hears what GMime finds wrong with the address
// lists (GMime itself is only handed the MIME structure).
void ReadMessageFields(const std::vector<std::string>& raw_values, GMimeParserOptions* options, Message& message);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_MESSAGE_FIELDS_H_
