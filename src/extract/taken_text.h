// Text the HTML guard takes out of Gumbo's input. Gumbo's tokenizer and tree
// builder handle text a character at a time, one token per character, and
// text is about a third of mail HTML. Where the guard is certain Gumbo reads
// a run of text as character data, byte for byte, the run leaves the markup
// and a mark takes its place: one character from the supplementary private
// use planes (U+F0000 on), which numbers the run (TakenTextMark). The mark is
// text that is not blank, like the run it replaces, so Gumbo builds the same
// tree and puts the mark in the text node the run would have been in; and it
// is one character, so Gumbo makes one token of it. The walker puts the run
// back (Restore).
// Long attribute values extraction reads (style, href, src...) are taken the
// same way, whole: the value becomes the mark.
#ifndef PHISHSCAN_EXTRACT_TAKEN_TEXT_H_
#define PHISHSCAN_EXTRACT_TAKEN_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// How many runs one document may have taken: the private-use characters of
// planes 15 and 16 but their noncharacters (U+FFFFE...), which Gumbo replaces.
inline constexpr std::size_t kMaxTakenRuns = 2 * 0xFFFE;

// The mark of run `index` (< kMaxTakenRuns), 4 bytes of UTF-8.
std::string TakenTextMark(std::size_t index);

// Shorter runs stay in the markup: their mark would save little.
inline constexpr std::size_t kMinTakenTextBytes = 16;

class TakenText {
 public:
  // Appends the mark of `run` to `out`, and keeps the run as Gumbo would
  // read it: "\r\n" and a lone "\r" become "\n". False (nothing done) once
  // kMaxTakenRuns are taken.
  bool Take(std::string_view run, std::string& out);

  std::size_t size() const { return ends_.size(); }
  std::string_view Run(std::size_t index) const;

  // `text` (a text node's) with each mark replaced by its run: `text` itself
  // when it holds no mark, else `buffer`, rebuilt. A mark beyond the runs
  // taken is left as it is.
  std::string_view Restore(std::string_view text, std::string& buffer) const;
  // An attribute value, which the guard takes whole: its run when `value`
  // is exactly a mark, else `value`.
  std::string_view RestoreValue(std::string_view value) const;

  bool operator==(const TakenText&) const = default;

 private:
  std::string runs_;               // all runs, one after the other
  std::vector<std::size_t> ends_;  // where each ends in runs_
};

// Appends `text` to `out` with its line ends as Gumbo reads them: "\r\n"
// and a lone "\r" become "\n".
void AppendWithGumboLineEnds(std::string_view text, std::string& out);

// Whether Gumbo could read a mark out of `html` itself: a character of
// planes 15 or 16, or a numeric character reference to one. The guard takes
// no text from such HTML, so every mark is its own.
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
