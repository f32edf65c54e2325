// Text the HTML guard takes out of Gumbo's input. Gumbo's tokenizer and tree
// builder handle text a character at a time, one token per character, and
// text is about a third of mail HTML. Where the guard is certain Gumbo reads
// a run of text as character data, byte for byte, the run leaves the markup
// and a short mark takes its place: kTakenTextOpen, the run's index in
// decimal, kTakenTextClose. The mark is text that is not blank, like the run
// it replaces, so Gumbo builds the same tree and puts the mark in the text
// node the run would have been in. The walker puts the run back (Restore).
// Long attribute values extraction reads (style, href, src...) are taken the
// same way, whole: the value becomes the mark.
#ifndef PHISHSCAN_EXTRACT_TAKEN_TEXT_H_
#define PHISHSCAN_EXTRACT_TAKEN_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// Private-use characters, which Gumbo reads as they are.
inline constexpr std::string_view kTakenTextOpen = "\xEE\x80\x80";   // U+E000
inline constexpr std::string_view kTakenTextClose = "\xEE\x80\x81";  // U+E001

// Shorter runs stay in the markup: their mark would save little.
inline constexpr std::size_t kMinTakenTextBytes = 16;

class TakenText {
 public:
  // Appends the mark of `run` to `out`, and keeps the run as Gumbo would
  // read it: "\r\n" and a lone "\r" become "\n".
  void Take(std::string_view run, std::string& out);

  std::size_t size() const { return ends_.size(); }
  std::string_view Run(std::size_t index) const;

  // `text` (a text node's) with each mark replaced by its run: `text` itself
  // when it holds no mark, else `buffer`, rebuilt. What only looks like a
  // mark (no digits, no close, an index out of range) is left as it is.
  std::string_view Restore(std::string_view text, std::string& buffer) const;
  // An attribute value, which the guard takes whole: its run when `value`
  // is exactly a mark, else `value`.
  std::string_view RestoreValue(std::string_view value) const;

  bool operator==(const TakenText&) const = default;

 private:
  std::string runs_;               // all runs, one after the other
  std::vector<std::size_t> ends_;  // where each ends in runs_
};

// Whether Gumbo could read a mark's characters out of `html` itself: the
// bytes of either, or a numeric character reference to either. The guard
// takes no text from such HTML, so every mark is its own.
bool MayHoldTakenTextMark(std::string_view html);

// The end of the longest run of text[from..] that Gumbo's tokenizer, in HTML
// content, reads as character data made of the same bytes, line ends aside:
// printable ASCII but '&' and '<', blanks, and well-formed UTF-8 of
// characters Gumbo does not replace (controls, C1 controls, noncharacters).
std::size_t PlainTextEnd(std::string_view text, std::size_t from);

// The end of what Gumbo may read otherwise at text[from] (when from is not
// the end): a character reference, copied with all the letters, digits, '#'
// and ';' after its '&' so that it ends where it did; else one byte.
std::size_t OtherTextEnd(std::string_view text, std::size_t from);

// The end of the letters, digits, '#' and ';' from text[from] on: what a
// character reference begun before `from` may still read.
std::size_t ReferenceCharactersEnd(std::string_view text, std::size_t from);

// Whether `text` ends in a character reference that what follows may go on:
// '&' and then only letters, digits, '#' and ';' to the end; or only those,
// when `continuing` one from before `text`.
bool EndsInReference(std::string_view text, bool continuing);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_TAKEN_TEXT_H_
