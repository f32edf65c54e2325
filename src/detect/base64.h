// Base64 as it appears inside URLs: standard and URL-safe alphabets, with or
// without padding. Used to read wrapped link targets and to recognise an
// address a phishing link carries in encoded form.
#ifndef PHISHSCAN_DETECT_BASE64_H_
#define PHISHSCAN_DETECT_BASE64_H_

#include <optional>
#include <string>
#include <string_view>

namespace phishscan {

// Standard alphabet ('+', '/'), without '=' padding.
std::string Base64EncodeUnpadded(std::string_view bytes);

// Accepts both alphabets and optional padding; std::nullopt on any other
// character or an impossible length.
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BASE64_H_
