// Hash-buster filler: text placed in a message to defeat statistical
// filters rather than to be read. Either one nonsense token repeated over
// and over ("abcdef.12345.678.xyz" forty times in a row), or a long run of
// distinct machine-drawn tokens ("qzv8kd wpx3ltm 7hjxq ..."). Legitimate
// mail carries tracking ids and order numbers, one at a time among words;
// it does not repeat one of them dozens of times in a row nor string
// dozens of them together.
#ifndef PHISHSCAN_DETECT_FILLER_TOKENS_H_
#define PHISHSCAN_DETECT_FILLER_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

struct Filler {
  std::string kind;     // "repeated token" or "random tokens"; "" when none
  std::string sample;   // the repeated token, or the first tokens of the run
  std::size_t count = 0;  // repetitions, or tokens in the run
};

// Where the tokens are. Text a reader sees may hold product codes and
// package names; the inside of an HTML <title> or <style> element, which
// no mail program shows as text, holds no prose at all and no codes.
enum class FillerPlace { kShownText, kUnshownHtml };

// Whether one whitespace-free token is nonsense: ASCII letters and digits
// (with . _ - between groups) that take turns ("abc.123.xyz", "a8f3k2"; in
// unshown HTML one turn is enough: "maktal11") or hold a random-looking run
// of letters. Words, numbers, prices, dates and checksums are not.
bool IsNonsenseToken(std::string_view token, FillerPlace place = FillerPlace::kShownText);

// The first filler in `text` (normalised, lower-case text is fine), bounded
// to the first tokens of a long text.
Filler FindFiller(std::string_view text, FillerPlace place = FillerPlace::kShownText);

// How many distinct words a reader can read in `text`, counted up to
// `enough`: whitespace-separated tokens of two letters or more, without
// digits ("nj8z", "x6th" and "aw3b.l9we7" are codes, not words), that are
// not nonsense tokens, links or addresses; pictographs and symbols
// ("🔔", "✔️") are not letters. A body of hash-buster filler
// reads as nothing, and so does a pasted PGP signature (armor_block.h).
// The walk stops at `enough` and is bounded like
// FindFiller's.
std::size_t CountReadableWords(std::string_view text, std::size_t enough);

// The text inside the <title> and <style> elements of an HTML document
// (an unclosed element runs to the end), each followed by a newline;
// bounded in size.
std::string UnshownHtmlText(std::string_view html);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_FILLER_TOKENS_H_
