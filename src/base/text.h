// Text normalisation shared by phrase matching and evidence: one pass over
// UTF-8 that lower-cases, folds typographic variants and collapses spaces.
#ifndef PHISHSCAN_BASE_TEXT_H_
#define PHISHSCAN_BASE_TEXT_H_

#include <string>
#include <string_view>

namespace phishscan {

// Appends the normalised form of `in` to `out`: Unicode lower case, NBSP and
// other spaces -> ' ', runs of whitespace -> one ' ', zero-width, bidi control,
// tag and supplementary variation-selector characters removed, typographic
// quotes/apostrophes/dashes -> ASCII.
// Invalid UTF-8 bytes become U+FFFD. Accents are kept.
void AppendNormalizedText(std::string_view in, std::string& out);
std::string NormalizeText(std::string_view in);

// Lower-cases ASCII only (for header names, hosts, schemes).
std::string AsciiLower(std::string_view in);
// Whether no byte of `s` is 0x80 or more. Reads eight bytes at a time: it is
// asked of whole body parts as well as of hosts and labels.
bool IsAscii(std::string_view s);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
std::string_view TrimWhitespace(std::string_view s);

// Shortens `s` to at most `max_bytes` on a UTF-8 boundary, adding "…" when cut.
std::string Ellipsize(std::string_view s, std::size_t max_bytes);

}  // namespace phishscan

#endif  // PHISHSCAN_BASE_TEXT_H_
