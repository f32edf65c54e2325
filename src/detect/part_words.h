// The distinct words a body part shows, to compare a message's plain-text
// and HTML versions. For HTML a rough rendering is enough: scripts, styles,
// comments and tags are dropped, the rest is split into words.
#ifndef PHISHSCAN_DETECT_PART_WORDS_H_
#define PHISHSCAN_DETECT_PART_WORDS_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "detect/context.h"

namespace phishscan {

// Lower-case words of at least `min_letters` letters (UTF-8 letters count),
// at most `max_words` distinct ones.
std::set<std::string> DistinctWords(std::string_view text, bool is_html, std::size_t min_letters = 4,
                                    std::size_t max_words = 2000);

// What DistinctWords splits into words: the text without its markup when
// HTML, normalised (NormalizeText), pasted PGP signatures left out.
std::string WordsText(std::string_view text, bool is_html);

// DistinctWords over a text WordsText made.
std::set<std::string> DistinctWordsIn(std::string_view words_text, std::size_t min_letters = 4,
                                      std::size_t max_words = 2000);

// Body part `part` of ctx.message as a reader sees it: an HTML part through
// StripHtml, a plain one as it is. Made once per context and part (several
// detectors read the same part).
std::string_view ShownPartText(const ScanContext& ctx, std::size_t part);

// WordsText of body part `part` of ctx.message, made once per context and part.
std::string_view PartWordsText(const ScanContext& ctx, std::size_t part);

// The text of an HTML document without its markup, scripts, styles and
// comments; entities are left as written.
std::string StripHtml(std::string_view html);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PART_WORDS_H_
