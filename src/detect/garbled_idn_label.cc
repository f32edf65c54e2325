#include "detect/garbled_idn_label.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace phishscan {
namespace {

// Host names are at most 253 bytes; anything longer is not judged.
constexpr std::size_t kMaxHostBytes = 255;

// The accented letters (lower case) of the Latin-script languages IDN hosts
// are registered in. A label is a word of one language when all its accented
// letters belong to one of these alphabets.
constexpr std::u16string_view kAlphabets[] = {
    u"äöüß",                          // German
    u"àâæçéèêëîïôœùûüÿ",              // French
    u"áéíñóúü",                       // Spanish
    u"áâãàçéêíóôõúü",                 // Portuguese
    u"àèéìíîòóùú",                    // Italian
    u"áéëïóöüèàäâêîôû",               // Dutch
    u"àçèéíïòóúü",                    // Catalan
    u"æøåéóôü",                       // Danish, Norwegian
    u"åäöéü",                         // Swedish
    u"åäöšž",                         // Finnish
    u"áðéíóúýþæö",                    // Icelandic
    u"áðíóúýæø",                      // Faroese
    u"ąćęłńóśźż",                     // Polish
    u"áčďéěíňóřšťúůýž",               // Czech
    u"áäčďéíĺľňóôŕšťúýž",             // Slovak
    u"áéíóöőúüű",                     // Hungarian
    u"ăâîșşțţ",                       // Romanian
    u"çğıöşüâî",                      // Turkish
    u"əçğıöşü",                       // Azerbaijani
    u"čćđšž",                         // Croatian, Slovene, Bosnian, Serbian Latin
    u"ąčęėįšųūž",                     // Lithuanian
    u"āčēģīķļņšūž",                   // Latvian
    u"äöõüšž",                        // Estonian
    u"ċġħżàèìòù",                     // Maltese
    u"âêîôûŵŷäëïöüáéíóúàèìòù",        // Welsh, Irish
    u"ĉĝĥĵŝŭ",                        // Esperanto
    u"çë",                            // Albanian
};

bool IsVietnamese(char16_t c) {
  static constexpr std::u16string_view kBasic = u"àáâãèéêìíòóôõùúýăđĩũơư";
  return (c >= 0x1EA0 && c <= 0x1EF9) || kBasic.find(c) != std::u16string_view::npos;
}

// Latin-1 Supplement, Latin Extended-A and -B, the Azerbaijani schwa and
// Latin Extended Additional (Vietnamese).
bool IsAccentedLatin(UChar32 c) {
  const bool latin = (c >= 0xC0 && c <= 0x24F) || c == 0x259 || (c >= 0x1E00 && c <= 0x1EFF);
  return latin && u_isalpha(c);
}

bool OneLanguageWrites(const std::u16string& letters) {
  auto all_in = [&](auto&& contains) { return std::all_of(letters.begin(), letters.end(), contains); };
  if (all_in(IsVietnamese)) return true;
  return std::any_of(std::begin(kAlphabets), std::end(kAlphabets), [&](std::u16string_view alphabet) {
    return all_in([&](char16_t c) { return alphabet.find(c) != std::u16string_view::npos; });
  });
}

// The distinct accented Latin letters of one label, lower-cased; false when
// the label is not valid UTF-8 or mixes in another script's letters.
bool AccentedLettersOf(std::string_view label, std::u16string& distinct, std::string& in_order) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(label.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(label.data(), i, n, c);
    if (c < 0) return false;
    if (c < 0x80) continue;
    if (!IsAccentedLatin(c)) return false;
    const UChar32 lower = u_tolower(c);
    if (lower > 0xFFFF) return false;
    in_order.append(label.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    if (distinct.find(static_cast<char16_t>(lower)) == std::u16string::npos) distinct += static_cast<char16_t>(lower);
  }
  return true;
}

}  // namespace

GarbledLabel FindGarbledIdnLabel(std::string_view host_unicode) {
  if (host_unicode.size() > kMaxHostBytes) return {};
  std::size_t begin = 0;
  while (begin <= host_unicode.size()) {
    std::size_t end = std::min(host_unicode.find('.', begin), host_unicode.size());
    std::string_view label = host_unicode.substr(begin, end - begin);
    std::u16string distinct;
    std::string in_order;
    if (AccentedLettersOf(label, distinct, in_order) && distinct.size() >= 2 && !OneLanguageWrites(distinct))
      return {std::string(label), in_order};
    begin = end + 1;
  }
  return {};
}

}  // namespace phishscan
