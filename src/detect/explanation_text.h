// Small formatting helpers shared by the detectors' evidence and their
// English/French explanations, so quoting and shortening look the same in
// every signal.
#ifndef PHISHSCAN_DETECT_EXPLANATION_TEXT_H_
#define PHISHSCAN_DETECT_EXPLANATION_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// Text as a reader saw it, on one line: whitespace runs collapsed, trimmed,
// shortened to `max_bytes` on a UTF-8 boundary. Case is kept.
std::string DisplayText(std::string_view text, std::size_t max_bytes = 80);

// "\"text\"" for English, "« text »" for French.
std::string QuoteEn(std::string_view text);
std::string QuoteFr(std::string_view text);

// "a, b and c" / "a, b et c".
std::string JoinEn(const std::vector<std::string>& items);
std::string JoinFr(const std::vector<std::string>& items);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_EXPLANATION_TEXT_H_
