// The sender of a message attached as message/rfc822 (or an .eml file): the
// From, Reply-To and Subject of its own header block.
#ifndef PHISHSCAN_PARSE_ATTACHED_ORIGINAL_H_
#define PHISHSCAN_PARSE_ATTACHED_ORIGINAL_H_

#include <gmime/gmime.h>

#include <optional>

#include "parse/message.h"

namespace phishscan {

// std::nullopt when the attached message has no From with a domain.
std::optional<ForwardedOriginal> ReadAttachedOriginal(GMimeMessage* attached, GMimeParserOptions* options);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_ATTACHED_ORIGINAL_H_
