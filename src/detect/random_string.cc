#include "detect/random_string.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace phishscan {
namespace {

constexpr std::size_t kMaxJudged = 64;  // longer runs are ids or hashes, not chosen names

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsLower(c) || IsUpper(c); }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// 'y' is a vowel in most of the languages concerned; 'w' is one in Welsh
// ("cwm", "pwll"), which only matters for consonant runs.
// A switch, not a search of "aeiouy": it runs on every letter of every token
// the filler and random-name checks judge.
bool IsVowel(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      return true;
    default:
      return false;
  }
}

// For each consonant, the consonants that may follow it inside a word or
// across a compound boundary in English, French, German, Spanish,
// Portuguese, Dutch, Italian, Polish, Czech or pinyin ("mc" for McNett,
// "zw" for Dutch, "cz"/"rz" for Polish). Any pair outside this table is rare
// in words and common in random strings.
constexpr std::array<std::string_view, 26> kFollowingConsonants = {
    "",                      // a
    "bdhjlrst",              // b
    "cdhklqrstz",            // c
    "dhjlmnrstvw",           // d
    "",                      // e
    "fhlnrst",               // f
    "dghlmnrst",             // g
    "bdlmnrstw",             // h
    "",                      // i
    "",                      // j
    "hklnrstvw",             // k
    "bcdfghjklmnprstvwz",    // l
    "bcfhlmnps",             // m
    "bcdfghjklmnpqrstvwxz",  // n
    "",                      // o
    "fhlnprst",              // p
    "",                      // q: only "qu", and pinyin "qi"
    "bcdfghjklmnpqrstvwxz",  // r
    "bcdfghjklmnpqstwz",     // s
    "hlmnrstwz",             // t
    "",                      // u
    "lrv",                   // v
    "bdhklmnrstz",           // w
    "cpt",                   // x
    "",                      // y
    "bdhklmnwz",             // z
};

// kFollowingConsonants as one bit per following letter, so that a pair
// costs a shift instead of a search.
constexpr std::array<std::uint32_t, 26> kFollowingMasks = [] {
  std::array<std::uint32_t, 26> masks{};
  for (std::size_t i = 0; i < masks.size(); ++i)
    for (char c : kFollowingConsonants[i]) masks[i] |= std::uint32_t{1} << (c - 'a');
  return masks;
}();

bool MayFollow(char a, char b) { return IsLower(b) && ((kFollowingMasks[a - 'a'] >> (b - 'a')) & 1) != 0; }

std::size_t RarePairs(std::string_view lower) {
  std::size_t rare = 0;
  for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
    const char a = lower[i], b = lower[i + 1];
    if (IsVowel(b) || IsVowel(a)) continue;
    if (!MayFollow(a, b)) ++rare;
  }
  return rare;
}

// Longest run of consonant sounds: "sch", "tch" and "ch", "sh", "th", "ph",
// "ck", "gh" count as one ("Deutschland" has three, not five).
std::size_t LongestConsonantRun(std::string_view lower) {
  std::size_t run = 0, longest = 0;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = lower[i];
    if (IsVowel(c) || c == 'w') {
      run = 0;
      continue;
    }
    // Letters compared one by one, not as substrings: this runs on every
    // consonant of every long token the filler check judges.
    const char next = i + 1 < lower.size() ? lower[i + 1] : '\0';
    if ((c == 's' || c == 't') && next == 'c' && i + 2 < lower.size() && lower[i + 2] == 'h') {  // sch, tch
      i += 2;
    } else if (next == 'h' && (c == 'c' || c == 's' || c == 't' || c == 'p' || c == 'g')) {
      ++i;
    } else if (c == 'c' && next == 'k') {
      ++i;
    }
    longest = std::max(longest, ++run);
  }
  return longest;
}

// Adjacent letters of which neither is a vowel, in either case. Each letter
// is classified once: this runs on every long token the filler check judges.
std::size_t AdjacentConsonantPairs(std::string_view letters) {
  std::size_t pairs = 0;
  bool previous_consonant = false;
  for (char c : letters) {
    const bool consonant = !IsVowel(Lower(c));
    if (consonant && previous_consonant) ++pairs;
    previous_consonant = consonant;
  }
  return pairs;
}

// "zzzz", "hmmm": a letter held down is deliberate, not random.
bool HasHeldLetter(std::string_view lower) {
  for (std::size_t i = 0; i + 2 < lower.size(); ++i)
    if (lower[i] == lower[i + 1] && lower[i] == lower[i + 2]) return true;
  return false;
}

// "renewXyZq", "bYsBj", "xMARt": a single lower-case letter squeezed after
// capitals. Camel-case joins ("FoxSportsFlash"), acronyms before a word
// ("FOXSports") and after one ("NewsDE") never do that; one capital
// run ending in a lower-case letter ("GDNy") is too little to tell.
bool HasCaseChaos(std::string_view s) {
  if (s.size() < 4 || IsConventionalMixedCase(s)) return false;
  std::size_t flips = 0;
  bool squeezed = false;
  std::size_t run_start = 0;
  for (std::size_t i = 1; i <= s.size(); ++i) {
    if (i < s.size() && IsUpper(s[i]) == IsUpper(s[i - 1])) continue;
    if (i < s.size()) ++flips;
    const bool lower_run = !IsUpper(s[run_start]);
    if (lower_run && run_start > 0 && i - run_start == 1) squeezed = true;
    run_start = i;
  }
  return squeezed && flips >= 2;
}

// "kcbgroup", "dbschenker", "groupebpce": initials joined to a word. All the
// rare pairs are inside the initials; the word has none.
bool IsAcronymAndWord(std::string_view lower) {
  constexpr std::size_t kMaxInitials = 4, kMinWord = 4;
  for (std::size_t k = 2; k <= kMaxInitials && k + kMinWord <= lower.size(); ++k) {
    const std::string_view word_after = lower.substr(k), word_before = lower.substr(0, lower.size() - k);
    if (RarePairs(word_after) == 0 && LongestConsonantRun(word_after) < 4) return true;
    if (RarePairs(word_before) == 0 && LongestConsonantRun(word_before) < 4) return true;
  }
  return false;
}

}  // namespace

bool IsConventionalMixedCase(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  if (IsUpper(s[0])) ++i;
  std::size_t lower_prefix = 0;
  while (i < s.size() && IsLower(s[i]) && lower_prefix < 3) ++i, ++lower_prefix;
  if (lower_prefix == 0 || i >= s.size() || !IsUpper(s[i])) return false;
  ++i;
  if (i >= s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), IsLower);
}

std::string_view RandomnessOf(std::string_view letters, RandomStringKind kind) {
  // Lambdas, not the functions themselves: passed as pointers they were
  // called for every byte, and this runs for most long tokens of a body.
  if (letters.empty() || letters.size() > kMaxJudged ||
      !std::all_of(letters.begin(), letters.end(), [](char c) { return IsLetter(c); }))
    return {};
  if (kind == RandomStringKind::kLocalPart && HasCaseChaos(letters)) return "mixed case";
  // Organisation names are often acronyms ("kpmg", "hsbcnet") that look as
  // random as random strings do: they are judged from seven letters on.
  // Host labels left of them are words ("email", "news") or short codes
  // ("em", "mkt", "mta5"), so five random-looking letters already stand out.
  const std::size_t min_size = kind == RandomStringKind::kDomainLabel ? 7 : 5;
  if (letters.size() < min_size) return {};
  // Both signs below need consonants side by side: three rare pairs, or a
  // run of seven. A run with fewer than three adjacent consonant pairs (as
  // most words) has neither, and is let go before the copy and the tables.
  if (AdjacentConsonantPairs(letters) < 3) return {};
  // On the stack: this runs for most long tokens of a body (filler checks).
  std::array<char, kMaxJudged> buffer;
  std::transform(letters.begin(), letters.end(), buffer.begin(), [](char c) { return Lower(c); });
  const std::string_view lower(buffer.data(), letters.size());
  if (HasHeldLetter(lower)) return {};
  const std::size_t rare = RarePairs(lower);
  if (rare >= 3 && rare * 4 >= lower.size() && !IsAcronymAndWord(lower)) return "unpronounceable letter pairs";
  if (LongestConsonantRun(lower) >= 7) return "consonant run";  // German compounds reach six: "herbstschnitt"
  return {};
}

namespace {

// The first run of letters in `text` that looks random and why, or an empty
// run when none does: FindRandomPiece without the copies.
std::string_view FirstRandomRun(std::string_view text, RandomStringKind kind, std::string_view& why) {
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return {};
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsLetter(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && IsLetter(text[j])) ++j;
    const std::string_view run = text.substr(i, j - i);
    why = RandomnessOf(run, kind);
    if (!why.empty()) return run;
    i = j;
  }
  return {};
}

}  // namespace

RandomPiece FindRandomPiece(std::string_view text, RandomStringKind kind) {
  std::string_view why;
  const std::string_view run = FirstRandomRun(text, kind, why);
  if (run.empty()) return {};
  return {std::string(run), std::string(why)};
}

bool HasRandomRun(std::string_view text, RandomStringKind kind) {
  std::string_view why;
  return !FirstRandomRun(text, kind, why).empty();
}

std::string FindRandomlyCasedRun(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsLetter(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && IsLetter(text[j])) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (RandomnessOf(run, RandomStringKind::kLocalPart) == "mixed case") return std::string(run);
    i = j;
  }
  return "";
}

}  // namespace phishscan
