#include "detect/persona_title.h"

namespace phishscan {
namespace {

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool StartsWithWord(std::string_view text, std::string_view word) {
  return text.substr(0, word.size()) == word && (text.size() == word.size() || !IsWordByte(text[word.size()]));
}

}  // namespace

std::string_view PersonaTitle(std::string_view normalized_name) {
  while (!normalized_name.empty() && !IsWordByte(normalized_name.front())) normalized_name.remove_prefix(1);
  for (std::string_view title : {"mr", "mrs", "ms", "miss", "dr", "barrister", "barr", "prof", "rev", "sir",
                                 "madam", "madame", "engr", "hon", "capt", "gen", "col", "lady", "chief"})
    if (StartsWithWord(normalized_name, title)) return title;
  return {};
}

}  // namespace phishscan
