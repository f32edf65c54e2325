// The distinct words a body part shows, to compare a message's plain-text
// and HTML versions. For HTML a rough rendering is enough: scripts, styles,
// comments and tags are dropped, the rest is split into words.
#ifndef PHISHSCAN_DETECT_PART_WORDS_H_
#define PHISHSCAN_DETECT_PART_WORDS_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace phishscan {

// Lower-case words of at least `min_letters` letters (UTF-8 letters count),
// at most `max_words` distinct ones.
std::set<std::string> DistinctWords(std::string_view text, bool is_html, std::size_t min_letters = 4,
                                    std::size_t max_words = 2000);

// The text of an HTML document without its markup, scripts, styles and
// comments; entities are left as written.
std::string StripHtml(std::string_view html);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PART_WORDS_H_
