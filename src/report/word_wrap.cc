// Widths count code points (bytes that do not continue a UTF-8 sequence):
// close enough to terminal columns for Latin text, and never splits one.
#include "report/word_wrap.h"

namespace phishscan {

std::size_t TextColumns(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void AppendWrapped(std::string_view text, std::string_view first_indent, std::string_view indent,
                   std::size_t width, std::string& out) {
  out.append(first_indent);
  std::size_t column = TextColumns(first_indent);
  const std::size_t line_start = TextColumns(indent);
  bool line_empty = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(pos, end - pos);
    const std::size_t word_columns = TextColumns(word);
    const bool fits_a_fresh_line = line_start + word_columns <= width;
    if (!line_empty && column + 1 + word_columns > width && fits_a_fresh_line) {
      out.push_back('\n');
      out.append(indent);
      column = line_start;
      line_empty = true;
    }
    if (!line_empty) {
      out.push_back(' ');
      ++column;
    }
    out.append(word);
    column += word_columns;
    line_empty = false;
    pos = end;
  }
  out.push_back('\n');
}

}  // namespace phishscan
