// Paragraphs of the text report are wrapped so that a long explanation or
// the advice stays readable in an 80-column terminal or an email body.
#ifndef PHISHSCAN_REPORT_WORD_WRAP_H_
#define PHISHSCAN_REPORT_WORD_WRAP_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

// Display width of UTF-8 text, counted in code points.
std::size_t TextColumns(std::string_view s);

// Appends `text` (one line of UTF-8) broken at spaces into lines of at most
// `width` characters, the first starting with `first_indent` and the others
// with `indent`; each line ends with '\n'. A word too long for any line (a
// URL) is never cut and stays where it is: moving it would only leave a
// short line behind.
void AppendWrapped(std::string_view text, std::string_view first_indent, std::string_view indent,
                   std::size_t width, std::string& out);

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_WORD_WRAP_H_
