// obfuscation: text disguised so that filters cannot read it while a person
// still can. Real senders write words with ordinary letters; a sender that
// spells "𝐈𝐦𝐩𝐨𝐫𝐭𝐚𝐧𝐭" with mathematical letters, "Pаypal" with a Cyrillic
// "а", "pass\u200Bword" with an invisible character inside, "C.a.l.l.e.d"
// letter by letter, or glues "RQDIOYHWFANHV" to the subject is hiding the
// words from keyword filters. Checked in the subject, the sender's name and
// the body text; each trick is one signal.
//
// structure.invisible_chars already reports zero-width characters in the
// subject and sender name; here only the body and the characters that
// check leaves out (direction marks between letters, grapheme joiners,
// variation selectors, tag characters) are counted, so no trick is reported
// twice.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/part_words.h"
#include "extract/confusables.h"

namespace phishscan {
namespace {

// Bytes of one body part examined: disguise shows in the first screens.
constexpr std::size_t kMaxPartBytes = 256 * 1024;
constexpr std::size_t kMaxWordsShown = 4;

// ---------------------------------------------------------------------------
// Decoding

// The code points of UTF-8 text, into `out`. In HTML (already stripped of tags by
// StripHtml) numeric character references and the named invisible ones
// (&zwnj; &zwj; &shy;) are decoded too, since that is how they are written
// there. Invalid bytes become U+FFFD.
//
// Returns what the passes below are skipped on: the highest code point above
// ASCII, and the highest outside U+2000-U+20FF (punctuation such as curly
// quotes and dashes, super- and subscripts, currency signs: none of them a
// styled or look-alike letter); 0 when there is none.
struct Highest {
  char32_t any = 0;
  char32_t outside_punctuation = 0;
};

void NoteHighest(char32_t cp, Highest& highest) {
  if (cp < 0x80) return;
  highest.any = std::max(highest.any, cp);
  if (cp < 0x2000 || cp > 0x20FF) highest.outside_punctuation = std::max(highest.outside_punctuation, cp);
}

Highest CodePoints(std::string_view s, bool html, std::vector<char32_t>& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(std::min<std::size_t>(s.size(), kMaxPartBytes));
  // Every code point takes at least one byte: written in place, then cut.
  out.resize(static_cast<std::size_t>(length));
  std::size_t n = 0;
  Highest highest;
  int32_t i = 0;
  while (i < length) {
    // Most text is ASCII: a run of plain bytes is copied, one code point a
    // byte, without UTF-8 decoding.
    int32_t run_end = i;
    while (run_end < length && bytes[run_end] < 0x80 && !(html && bytes[run_end] == '&')) ++run_end;
    std::copy(bytes + i, bytes + run_end, out.begin() + static_cast<std::ptrdiff_t>(n));
    n += static_cast<std::size_t>(run_end - i);
    i = run_end;
    if (i == length) break;
    if (html && s[i] == '&') {
      // A reference is at most nine bytes long: the ';' is looked for that
      // far only, not through the rest of a text full of '&'.
      const std::size_t near_semi = s.substr(i, 10).find(';');
      const std::size_t semi = near_semi == std::string_view::npos ? near_semi : i + near_semi;
      if (semi != std::string_view::npos && semi - i <= 9) {
        std::string_view ref = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (ref == "zwnj") cp = 0x200C;
        else if (ref == "zwj") cp = 0x200D;
        else if (ref == "shy") cp = 0xAD;
        else if (ref == "nbsp") cp = ' ';
        else if (ref.size() > 1 && ref[0] == '#') {
          bool hex = ref[1] == 'x' || ref[1] == 'X';
          std::string digits(ref.substr(hex ? 2 : 1));
          char* end = nullptr;
          unsigned long v = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
          if (end != nullptr && *end == '\0' && v > 0 && v <= 0x10FFFF) cp = static_cast<char32_t>(v);
        }
        if (cp != 0) {
          out[n++] = cp;
          NoteHighest(cp, highest);
          i = static_cast<int32_t>(semi) + 1;
          continue;
        }
      }
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const char32_t cp = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
    out[n++] = cp;
    NoteHighest(cp, highest);
  }
  out.resize(n);
  return highest;
}

std::string ToUtf8(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end && i < cps.size(); ++i) {
    char buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(cps[i]), error);
    if (!error) out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Character classes

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters of the scripts whose words a disguise splits or imitates.
bool IsLatinGreekCyrillicLetter(char32_t c) {
  return IsAsciiLetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x4FF);
}

// Mathematical alphanumeric symbols (𝐀 𝘈 𝙰 𝟏), circled and squared letters
// (Ⓐ 🄰 🅰), and small capitals standing in for letters (ᴘ ᴀ ʏ).
constexpr char32_t kFirstStyledLetter = 0x262;  // small capital G

bool IsStyledLetter(char32_t c) {
  if (c < kFirstStyledLetter) return false;  // below the first of them: most text
  if (c >= 0x1D400 && c <= 0x1D7FF) return true;
  if (c >= 0x24B6 && c <= 0x24E9) return true;
  if (c >= 0x1F130 && c <= 0x1F189) return true;
  if (c >= 0x1D00 && c <= 0x1D22) return true;
  switch (c) {
    case 0x0280: case 0x0262: case 0x029C: case 0x026A: case 0x029F: case 0x0274:
    case 0x028F: case 0xA730: case 0xA731: case 0x0299: case 0x1D0B:
      return true;
    default:
      return false;
  }
}

// Characters with no width that have no business between two letters of a
// Latin, Greek or Cyrillic word. `in_header` leaves out those that
// structure.invisible_chars already counts in the subject and sender name.
bool IsInvisibleSplitter(char32_t c, bool in_header) {
  if (c < 0x34F) return false;  // below the first of them: most text
  switch (c) {
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return !in_header;
    case 0x200E: case 0x200F:  // direction marks: ordinary only beside Arabic or Hebrew
    case 0x034F:               // combining grapheme joiner
    case 0x180E:               // Mongolian vowel separator
    case 0x2061: case 0x2062: case 0x2063: case 0x2064:  // invisible operators
      return true;
    default:
      return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }
}

bool IsTagCharacter(char32_t c) { return c >= 0xE0000 && c <= 0xE007F; }

bool IsEmoji(char32_t c) {
  return (c >= 0x1F300 && c <= 0x1FAFF && !(c >= 0x1F3FB && c <= 0x1F3FF)) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x1F000 && c <= 0x1F02F) || (c >= 0x1F0A0 && c <= 0x1F0FF) || (c >= 0x1F200 && c <= 0x1F2FF);
}

// ---------------------------------------------------------------------------
// Findings in one text

struct TextFindings {
  std::size_t styled = 0;          // styled letters
  std::string styled_sample;       // the first run of them
  std::size_t invisible = 0;       // invisible characters inside words
  std::vector<std::string> mixed;  // words mixing Latin with lookalike letters
  std::vector<std::string> spaced; // words spelt letter by letter
};

// A run of styled letters (and the spaces between them), as shown.
std::string StyledRun(const std::vector<char32_t>& cps, std::size_t i) {
  std::size_t end = i;
  while (end < cps.size() && end - i < 40 && (IsStyledLetter(cps[end]) || cps[end] == ' ')) ++end;
  return ToUtf8(cps, i, end);
}

void CountStyled(const std::vector<char32_t>& cps, TextFindings& f) {
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (!IsStyledLetter(cps[i])) continue;
    if (f.styled == 0) f.styled_sample = StyledRun(cps, i);
    ++f.styled;
  }
}

// Letters since the previous non-letter, for soft hyphens: hyphenation
// leaves syllables, a disguise leaves single letters ("P\u00ADa\u00ADy").
std::size_t LettersBefore(const std::vector<char32_t>& cps, std::size_t i) {
  std::size_t n = 0;
  while (i > 0 && IsLatinGreekCyrillicLetter(cps[i - 1])) {
    --i;
    ++n;
  }
  return n;
}

// The soft hyphen; tag characters and splitters all come after it.
constexpr char32_t kFirstInvisible = 0xAD;

void CountInvisible(const std::vector<char32_t>& cps, bool in_header, TextFindings& f) {
  for (std::size_t i = 1; i + 1 < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (c < kFirstInvisible) continue;  // neither a tag, a splitter nor a soft hyphen
    if (IsTagCharacter(c)) {
      // Tag characters only belong after a black flag, spelling a region.
      if (cps[i - 1] != 0x1F3F4 && !IsTagCharacter(cps[i - 1])) ++f.invisible;
      continue;
    }
    // Skip a run of invisibles: "a\u200B\u200Cb" counts as one split.
    std::size_t j = i;
    while (j + 1 < cps.size() && (IsInvisibleSplitter(cps[j], in_header) || cps[j] == 0xAD)) ++j;
    if (j == i) continue;
    const bool letters_around = IsLatinGreekCyrillicLetter(cps[i - 1]) && IsLatinGreekCyrillicLetter(cps[j]);
    bool splitter = false;
    for (std::size_t k = i; k < j; ++k) splitter |= IsInvisibleSplitter(cps[k], in_header);
    const bool shy_disguise = !splitter && !in_header && LettersBefore(cps, i) == 1;
    if (letters_around && (splitter || shy_disguise)) ++f.invisible;
    i = j - 1;
  }
}

// Whether a letter of another script is drawn like a Latin one (Cyrillic
// "а", Greek "ο", Armenian "ո", Cherokee "Ꮮ"): its confusable skeleton is
// plain ASCII.
class LookalikeCache {
 public:
  bool IsLatinLookalike(char32_t c) {
    auto it = cache_.find(c);
    if (it != cache_.end()) return it->second;
    std::string skeleton = ConfusableSkeleton(ToUtf8({c}, 0, 1));
    bool ascii = !skeleton.empty() && std::all_of(skeleton.begin(), skeleton.end(), [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    });
    cache_.emplace(c, ascii);
    return ascii;
  }

 private:
  std::unordered_map<char32_t, bool> cache_;
};

// Alphabetic includes letter numbers such as Roman numerals.
bool IsNonAsciiWordLetter(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC) ||
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK;
}

// In ASCII only the letters are alphabetic and nothing is a mark; most text
// is ASCII, and the property lookups cost far more than this test, which is
// inlined at every call.
inline bool IsWordLetter(char32_t c) { return c < 0x80 ? IsAsciiLetter(c) : IsNonAsciiWordLetter(c); }

// Characters outside the Latin letters that only imitate them: IPA and
// small-capital forms and letter-like symbols (ℓ ℮) anywhere; single-letter
// Roman numerals (ⅼ ⅾ ⅿ), Tai Le look-alikes (ᥣ ᥱ ᥴ) and fullwidth letters
// only in Latin text, since Chinese and Japanese writers use them as they
// are ("PⅢ", "Ｗｉｎｄｏｗｓ").
bool IsLatinImitation(char32_t c, bool latin_text) {
  if ((c >= 0x250 && c <= 0x2AF) || (c >= 0x1D00 && c <= 0x1D2B) || (c >= 0x2100 && c <= 0x214F)) return true;
  if (c == 0xA730 || c == 0xA731) return true;  // small capitals F and S
  if (!latin_text) return false;
  switch (c) {
    case 0x1963: case 0x1971: case 0x1974:  // Tai Le letters drawn like l, e, c (no confusable data in ICU 72)
    case 0x2160: case 0x2164: case 0x2169: case 0x216C: case 0x216D: case 0x216E: case 0x216F:  // I V X L C D M
    case 0x2170: case 0x2174: case 0x2179: case 0x217C: case 0x217D: case 0x217E: case 0x217F:  // i v x l c d m
      return true;
    default:
      return (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
  }
}

// The first IPA letter: no character below is an imitation or of another script.
constexpr char32_t kFirstLookalikeLetter = 0x250;

// A letter drawn like a Latin one without being one: an imitation, or a
// letter of another script (Cyrillic "а", Greek "ο", Armenian "ո").
bool IsLatinLookalikeLetter(char32_t c, bool latin_text, LookalikeCache& lookalikes) {
  // Below U+0250 (ASCII, Latin-1, Latin Extended-A and -B) every character
  // is of the Latin, Common or Inherited script and none is an imitation:
  // this spares a script look-up per accented letter of European text.
  if (c < kFirstLookalikeLetter) return false;
  if (IsLatinImitation(c, latin_text)) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status) || script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) {
    return false;
  }
  return lookalikes.IsLatinLookalike(c);
}

// Whether most letters of the text are plain ASCII: there a word spelt
// wholly in look-alike letters ("Ρⅼеаѕе" = Greek, Roman numeral, Cyrillic)
// is a disguise, while in Russian or Greek text it is just a word.
bool MostlyAsciiLetters(const std::vector<char32_t>& cps) {
  std::size_t ascii = 0, other = 0;
  for (char32_t c : cps) {
    if (IsAsciiLetter(c)) ++ascii;
    else if (IsWordLetter(c)) ++other;
  }
  return ascii >= 4 * other;
}

void FindMixedWords(const std::vector<char32_t>& cps, LookalikeCache& lookalikes, TextFindings& f) {
  const bool latin_text = MostlyAsciiLetters(cps);
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!IsWordLetter(cps[i])) {
      ++i;
      continue;
    }
    std::size_t end = i, lookalike = 0, styled = 0;
    bool ascii = false, other = false;
    for (; end < cps.size() && IsWordLetter(cps[end]); ++end) {
      if (IsAsciiLetter(cps[end])) {
        ascii = true;
      } else if (end - i < 64 && IsLatinLookalikeLetter(cps[end], latin_text, lookalikes)) {
        ++lookalike;
        styled += IsStyledLetter(cps[end]);
      } else {
        other = true;
      }
    }
    const std::size_t length = end - i;
    const bool mixed = ascii && lookalike > 0;
    // A word wholly in small capitals is reported as styled letters.
    const bool disguised_whole =
        latin_text && !ascii && !other && length >= 4 && lookalike == length && styled < length;
    if (mixed || disguised_whole) f.mixed.push_back(ToUtf8(cps, i, std::min(end, i + 40)));
    i = end;
  }
}

// "C.a.l.l.e.d", "p_h_o_t_o_s": five or more single letters joined by one
// repeated separator. Acronyms in capitals ("S.A.R.L", "U.S.A") are not
// disguise, so at least two letters must be lower case; rules drawn with
// one letter ("x_x_x_x_x") are not words, so three letters must differ.
void FindSpacedWords(const std::vector<char32_t>& cps, TextFindings& f) {
  std::size_t i = 0;
  while (i < cps.size()) {
    const bool starts = IsAsciiLetter(cps[i]) && (i == 0 || !IsAsciiLetter(cps[i - 1]));
    if (!starts || i + 1 >= cps.size()) {
      ++i;
      continue;
    }
    const char32_t sep = cps[i + 1];
    if (sep != '.' && sep != '_' && sep != '*' && sep != '-') {
      ++i;
      continue;
    }
    std::size_t j = i, letters = 0, lower = 0;
    uint32_t distinct = 0;  // one bit per letter of the alphabet, case folded
    while (j < cps.size() && IsAsciiLetter(cps[j]) && (j + 1 >= cps.size() || !IsAsciiLetter(cps[j + 1]))) {
      ++letters;
      distinct |= uint32_t{1} << ((cps[j] | 0x20) - 'a');
      if (cps[j] >= 'a' && cps[j] <= 'z') ++lower;
      if (j + 2 < cps.size() && cps[j + 1] == sep && IsAsciiLetter(cps[j + 2])) {
        j += 2;
      } else {
        ++j;
        break;
      }
    }
    if (letters >= 5 && lower >= 2 && std::popcount(distinct) >= 3)
      f.spaced.push_back(ToUtf8(cps, i, std::min(j, i + 40)));
    i = std::max(j, i + 1);
  }
}

// `cps` is scratch space for the decoded text, kept between calls so that
// one buffer serves every field of a message.
TextFindings Examine(std::string_view text, bool html, bool in_header, LookalikeCache& lookalikes,
                     std::vector<char32_t>& cps) {
  TextFindings f;
  // Most text holds no character as high as the first styled letter, the
  // first invisible one or the first look-alike: the passes that look for
  // them only would find nothing, and are skipped.
  const Highest highest = CodePoints(text, html, cps);
  if (highest.outside_punctuation >= kFirstStyledLetter) CountStyled(cps, f);
  if (highest.any >= kFirstInvisible) CountInvisible(cps, in_header, f);
  if (highest.outside_punctuation >= kFirstLookalikeLetter) FindMixedWords(cps, lookalikes, f);
  FindSpacedWords(cps, f);
  return f;
}

// ---------------------------------------------------------------------------
// Subject-only tricks

// The last word of a subject when it is a string of random capitals
// ("... your account RQDIOYHWFANHV"): seven or more capital letters, hardly
// any vowels or six consonants in a row (German manages five:
// "DEUTSCHLAND"), no letter repeated for emphasis ("LARRRGER"), after a
// subject that is not itself written in capitals.
std::string RandomSubjectTail(std::string_view subject) {
  std::size_t end = subject.size();
  while (end > 0 && !IsAsciiLetter(static_cast<unsigned char>(subject[end - 1]))) {
    const unsigned char c = static_cast<unsigned char>(subject[end - 1]);
    if (c != ' ' && c != '\t' && c != '.' && c != '!' && c != '-' && c != '_') return "";
    --end;
  }
  std::size_t begin = end;
  while (begin > 0 && subject[begin - 1] >= 'A' && subject[begin - 1] <= 'Z') --begin;
  std::string_view token = subject.substr(begin, end - begin);
  if (token.size() < 7 || begin == 0 || IsAsciiLetter(static_cast<unsigned char>(subject[begin - 1]))) return "";
  std::string_view before = subject.substr(0, begin);
  if (std::none_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return "";
  std::size_t vowels = 0, run = 0, longest_run = 0, repeat = 1, longest_repeat = 1;
  for (std::size_t k = 0; k < token.size(); ++k) {
    const bool vowel = std::string_view("AEIOU").find(token[k]) != std::string_view::npos;
    vowels += vowel;
    run = vowel ? 0 : run + 1;
    longest_run = std::max(longest_run, run);
    repeat = k > 0 && token[k] == token[k - 1] ? repeat + 1 : 1;
    longest_repeat = std::max(longest_repeat, repeat);
  }
  const bool random = vowels * 4 < token.size() || longest_run >= 6;
  return random && longest_repeat < 4 ? std::string(token) : "";
}

std::size_t CountEmoji(std::string_view subject) {
  std::vector<char32_t> cps;
  CodePoints(subject, false, cps);
  return static_cast<std::size_t>(std::count_if(cps.begin(), cps.end(), IsEmoji));
}

// ---------------------------------------------------------------------------
// Signals

// Disguised words are deliberate deception aimed at filters, so they count
// with the fraud signs; a random subject tail or a row of emoji only shows
// how bulk mail is built and stays with the structure signs.
struct Field {
  const char* en;  // "subject"
  const char* fr;  // "l'objet"
  bool header;
  TextFindings found;
};

// The body counts as one field: each finding keeps its strongest part
// (a plain-text and an HTML version of one body say the same thing).
TextFindings ExamineBody(const ScanContext& ctx, LookalikeCache& lookalikes, std::vector<char32_t>& cps) {
  TextFindings body;
  const std::vector<TextPart>& parts = ctx.message.text_parts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const TextPart& part = parts[i];
    // The visible text of the part: HTML with its markup removed. A part
    // within the bytes examined is stripped once for all detectors.
    const std::string_view text = std::string_view(part.text).substr(0, kMaxPartBytes);
    const bool whole = text.size() == part.text.size();
    const std::string stripped = part.is_html && !whole ? StripHtml(text) : std::string();
    const std::string_view shown = !part.is_html ? text : whole ? ShownPartText(ctx, i) : std::string_view(stripped);
    TextFindings f = Examine(shown, part.is_html, false, lookalikes, cps);
    if (f.styled > body.styled) {
      body.styled = f.styled;
      body.styled_sample = f.styled_sample;
    }
    body.invisible = std::max(body.invisible, f.invisible);
    if (f.mixed.size() > body.mixed.size()) body.mixed = std::move(f.mixed);
    if (f.spaced.size() > body.spaced.size()) body.spaced = std::move(f.spaced);
  }
  return body;
}

std::vector<Field> ExamineFields(const ScanContext& ctx) {
  LookalikeCache lookalikes;
  std::vector<char32_t> cps;
  std::vector<Field> fields;
  fields.reserve(3);
  fields.push_back({"subject", "l'objet", true, Examine(ctx.message.subject, false, true, lookalikes, cps)});
  fields.push_back({"sender's name", "le nom de l'expéditeur", true,
                    Examine(ctx.message.from.display_name, false, true, lookalikes, cps)});
  fields.push_back({"body", "le corps du message", false, ExamineBody(ctx, lookalikes, cps)});
  return fields;
}

std::vector<std::string> Shown(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) {
    if (out.size() == kMaxWordsShown) break;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }
  return out;
}

std::vector<std::string> QuotedEn(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) out.push_back(QuoteEn(w));
  return out;
}

std::vector<std::string> QuotedFr(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) out.push_back(QuoteFr(w));
  return out;
}

// Where a trick was seen, for the explanation: "the subject and the body".
struct Places {
  std::vector<std::string> en, fr;
  void Add(const Field& f) {
    en.push_back(std::string("the ") + f.en);
    fr.push_back(f.fr);
  }
};

void StyledLetters(const std::vector<Field>& fields, std::vector<Signal>& out) {
  Evidence e;
  Places where;
  int weight = 0;
  for (const Field& f : fields) {
    const std::size_t needed = f.header ? 3 : 6;
    if (f.found.styled < needed) continue;
    e.emplace_back(f.en, f.found.styled_sample);
    where.Add(f);
    weight = weight == 0 ? (f.header ? 18 : 12) : std::max(weight, 18) + 4;
  }
  if (weight == 0) return;
  out.push_back(MakeSignal(
      "obfuscation.styled_letters", Sign::kFraudLure, weight, std::move(e),
      "The text is disguised to get past filters: " + JoinEn(where.en) +
          " is written with decorative look-alike characters (mathematical or small-capital letters) instead of "
          "ordinary letters, so keyword filters cannot read it while a person can.",
      "Le texte est déguisé pour passer les filtres : " + JoinFr(where.fr) +
          " est écrit avec des caractères décoratifs qui imitent des lettres (lettres mathématiques ou petites "
          "capitales) au lieu de lettres ordinaires ; les filtres par mots-clés ne le lisent pas, une personne si."));
}

void InvisibleInWords(const std::vector<Field>& fields, std::vector<Signal>& out) {
  Evidence e;
  Places where;
  int weight = 0;
  for (const Field& f : fields) {
    if (f.found.invisible == 0 || (!f.header && f.found.invisible < 2)) continue;
    e.emplace_back(std::string("invisible characters in ") + f.en, std::to_string(f.found.invisible));
    where.Add(f);
    weight = std::max(weight, f.header || f.found.invisible >= 5 ? 22 : 12);
  }
  if (weight == 0) return;
  out.push_back(MakeSignal(
      "obfuscation.invisible_in_words", Sign::kFraudLure, weight, std::move(e),
      "The text is disguised to get past filters: " + JoinEn(where.en) +
          " has invisible characters inside words, which split the words for a filter while the reader sees "
          "nothing.",
      "Le texte est déguisé pour passer les filtres : " + JoinFr(where.fr) +
          " contient des caractères invisibles au milieu des mots, qui les coupent pour un filtre sans que le "
          "lecteur ne voie rien."));
}

void MixedScriptWords(const std::vector<Field>& fields, std::vector<Signal>& out) {
  Evidence e;
  Places where;
  std::vector<std::string> words;
  int weight = 0;
  for (const Field& f : fields) {
    if (f.found.mixed.empty()) continue;
    for (const std::string& w : Shown(f.found.mixed)) {
      e.emplace_back(std::string("word in ") + f.en, w);
      if (words.size() < kMaxWordsShown) words.push_back(w);
    }
    where.Add(f);
    weight = std::max(weight, f.header ? 28 : f.found.mixed.size() >= 2 ? 24 : 12);
  }
  if (weight == 0) return;
  out.push_back(MakeSignal(
      "obfuscation.mixed_script", Sign::kFraudLure, weight, std::move(e),
      "The text is disguised to get past filters: words in " + JoinEn(where.en) + " (" + JoinEn(QuotedEn(words)) +
          ") mix Latin letters with look-alike letters of other alphabets (Cyrillic, Greek...), so they look "
          "normal but do not match what a filter searches for.",
      "Le texte est déguisé pour passer les filtres : des mots dans " + JoinFr(where.fr) + " (" +
          JoinFr(QuotedFr(words)) +
          ") mêlent des lettres latines à des lettres d'autres alphabets qui leur ressemblent (cyrilliques, "
          "grecques...) : ils paraissent normaux mais ne correspondent pas à ce que cherche un filtre."));
}

void SpacedLetters(const std::vector<Field>& fields, std::vector<Signal>& out) {
  Evidence e;
  Places where;
  std::vector<std::string> words;
  int weight = 0;
  for (const Field& f : fields) {
    if (f.found.spaced.empty() || (!f.header && f.found.spaced.size() < 2)) continue;
    for (const std::string& w : Shown(f.found.spaced)) {
      e.emplace_back(std::string("word in ") + f.en, w);
      if (words.size() < kMaxWordsShown) words.push_back(w);
    }
    where.Add(f);
    weight = std::max(weight, 12);
  }
  if (weight == 0) return;
  out.push_back(MakeSignal(
      "obfuscation.spaced_letters", Sign::kFraudLure, weight, std::move(e),
      "The text is disguised to get past filters: words in " + JoinEn(where.en) + " are spelt letter by letter (" +
          JoinEn(QuotedEn(words)) + ").",
      "Le texte est déguisé pour passer les filtres : des mots dans " + JoinFr(where.fr) +
          " sont épelés lettre par lettre (" + JoinFr(QuotedFr(words)) + ")."));
}

void RandomTail(const ScanContext& ctx, std::vector<Signal>& out) {
  std::string tail = RandomSubjectTail(ctx.message.subject);
  if (tail.empty()) return;
  out.push_back(MakeSignal(
      "obfuscation.random_subject_tail", Sign::kStructure, 12, {{"subject ends with", tail}},
      "The subject ends with a string of random letters (" + QuoteEn(tail) +
          "), added so that each copy of a mass mailing looks different to filters.",
      "L'objet se termine par une suite de lettres au hasard (" + QuoteFr(tail) +
          "), ajoutée pour que chaque copie d'un envoi en masse paraisse différente aux filtres."));
}

// Newsletters use one or two emoji in a subject; a row of them is the mark
// of bulk lures. Weak on its own.
void EmojiSubject(const ScanContext& ctx, std::vector<Signal>& out) {
  const std::size_t n = CountEmoji(ctx.message.subject);
  if (n < 3) return;
  out.push_back(MakeSignal(
      "obfuscation.emoji_subject", Sign::kStructure, 4, {{"emoji in subject", std::to_string(n)}},
      "The subject is crowded with emoji (" + std::to_string(n) + "), as bulk lures are.",
      "L'objet est chargé d'emoji (" + std::to_string(n) + "), comme les envois en masse d'appâts."));
}

class ObfuscationDetector : public Detector {
 public:
  std::string_view name() const override { return "obfuscation"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::vector<Field> fields = ExamineFields(ctx);
    StyledLetters(fields, out);
    InvisibleInWords(fields, out);
    MixedScriptWords(fields, out);
    SpacedLetters(fields, out);
    RandomTail(ctx, out);
    EmojiSubject(ctx, out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeObfuscationDetector() { return std::make_unique<ObfuscationDetector>(); }

}  // namespace phishscan
