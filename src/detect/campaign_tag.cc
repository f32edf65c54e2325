#include "detect/campaign_tag.h"

#include <algorithm>

#include "detect/random_string.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxNameBytes = 256;   // sender names are short; bound every scan
constexpr std::size_t kMaxLocalBytes = 64;   // RFC 5321's limit for a local part
constexpr std::size_t kMinNameTag = 3;
constexpr std::size_t kMaxNameTag = 16;
constexpr std::size_t kMinLetterTag = 4;     // "NET", "Inc" and other short words end names
constexpr std::size_t kMinLocalTag = 4;
constexpr std::size_t kMaxLocalTag = 6;
constexpr std::size_t kMinLocalWord = 3;     // "newsletters.", "news.", not "j."
constexpr std::size_t kMinSerialDigits = 3;  // "OFFER_DEAL_2" may number a mailbox; "_58302" a run

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return IsLower(c) || IsUpper(c); }
bool IsAlnum(char c) { return IsLetter(c) || IsDigit(c); }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimEnd(std::string_view s) {
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// Capitals where no word puts them: after the first letter ("tzRK", "WQTN",
// "HXpD"), except the conventions of names ("DeSouza", "McKay", "eBay").
bool HasInnerCapital(std::string_view letters) {
  return letters.size() >= 2 && std::any_of(letters.begin() + 1, letters.end(), IsUpper) &&
         !IsConventionalMixedCase(letters);
}

// "Shop...X", "Shop ..X", "Shop .X": dots glue the code to the name. One dot
// right after a word is an initial or an abbreviation ("M.A. DeSouza",
// "Dr.Hall"), not glue.
bool GluedByDots(std::string_view name, std::size_t tag_begin) {
  std::size_t dots = 0;
  while (dots < tag_begin && name[tag_begin - dots - 1] == '.') ++dots;
  if (dots == 0) return false;
  const std::size_t glue_begin = tag_begin - dots;
  if (dots == 1 && (glue_begin == 0 || !IsSpace(name[glue_begin - 1]))) return false;
  const std::string_view before = name.substr(0, glue_begin);
  return std::any_of(before.begin(), before.end(), [](char c) { return IsAlnum(c) || (c & 0x80) != 0; });
}

// The subject ends with ".tag", glued the same way.
bool SubjectEndsWithGluedTag(std::string_view subject, std::string_view tag) {
  subject = TrimEnd(subject);
  if (subject.size() <= tag.size() || subject.substr(subject.size() - tag.size()) != tag) return false;
  return subject[subject.size() - tag.size() - 1] == '.';
}

// A piece of a local part that no one would choose as a name: capitals
// where no word puts them ("RVNw", "kZTT"), or capitals without a vowel
// ("XKPT"). All capitals with vowels is how many people write their surname
// ("jean.DUPONT").
bool IsLocalPartCode(std::string_view piece) {
  if (piece.size() < kMinLocalTag || piece.size() > kMaxLocalTag) return false;
  if (!std::all_of(piece.begin(), piece.end(), IsLetter)) return false;
  if (!std::all_of(piece.begin(), piece.end(), IsUpper)) return HasInnerCapital(piece);
  return piece.find_first_of("AEIOUY") == std::string_view::npos;
}

// "HOT_DEAL_4_58302", "PROMO_DEAL_30518": a local part made of capitalised
// words and a serial number, the name a mailing tool gives each offer it
// sends. People and services choose names and roles ("info", "jean.dupont",
// "no_reply"); tracking ids in addresses are lower case or hexadecimal.
bool IsOfferSerial(std::string_view local) {
  std::size_t words = 0, numbers = 0, last_digits = 0;
  bool long_word = false;
  for (std::size_t start = 0; start <= local.size();) {
    const std::size_t end = std::min(local.find('_', start), local.size());
    const std::string_view piece = local.substr(start, end - start);
    const bool word = piece.size() >= 2 && std::all_of(piece.begin(), piece.end(), IsUpper);
    const bool number = !piece.empty() && std::all_of(piece.begin(), piece.end(), IsDigit);
    if (word && numbers == 0) {
      ++words;
      long_word |= piece.size() >= 3;
    } else if (number && words > 0) {
      ++numbers;
      last_digits = piece.size();
    } else {
      return false;
    }
    start = end + 1;
  }
  return words >= 2 && long_word && numbers > 0 && last_digits >= kMinSerialDigits;
}

}  // namespace

std::string NameCampaignTag(std::string_view sender_name, std::string_view subject) {
  const std::string_view name = TrimEnd(sender_name.substr(0, std::min(sender_name.size(), kMaxNameBytes)));
  std::size_t begin = name.size();
  while (begin > 0 && IsAlnum(name[begin - 1])) --begin;
  const std::string_view tag = name.substr(begin);
  if (tag.size() < kMinNameTag || tag.size() > kMaxNameTag || !GluedByDots(name, begin)) return "";
  const bool letters = std::any_of(tag.begin(), tag.end(), IsLetter);
  const bool digits = std::any_of(tag.begin(), tag.end(), IsDigit);
  if (!letters) return "";  // "Shop ..2025": a year or a number
  if (digits) return std::string(tag);
  if (tag.size() < kMinLetterTag) return "";
  if (HasInnerCapital(tag) || SubjectEndsWithGluedTag(subject, tag)) return std::string(tag);
  return "";
}

std::string LocalPartCampaignTag(std::string_view local_part) {
  std::string_view local = local_part.substr(0, std::min(local_part.size(), kMaxLocalBytes));
  if (const std::size_t plus = local.find('+'); plus != std::string_view::npos) local = local.substr(0, plus);
  if (IsOfferSerial(local)) return std::string(local);
  const std::size_t dot = local.find('.');
  if (dot == std::string_view::npos || dot < kMinLocalWord) return "";
  const std::string_view word = local.substr(0, dot);
  if (!std::all_of(word.begin(), word.end(), IsLetter)) return "";
  std::string_view rest = local.substr(dot + 1);
  while (!rest.empty()) {
    const std::size_t next = rest.find('.');
    const std::string_view piece = rest.substr(0, next);
    if (IsLocalPartCode(piece)) return std::string(piece);
    if (next == std::string_view::npos) break;
    rest = rest.substr(next + 1);
  }
  return "";
}

bool ContainsTag(std::string_view text, std::string_view tag) {
  if (tag.empty()) return false;
  for (std::size_t pos = text.find(tag); pos != std::string_view::npos; pos = text.find(tag, pos + 1)) {
    const std::size_t end = pos + tag.size();
    if ((pos == 0 || !IsAlnum(text[pos - 1])) && (end >= text.size() || !IsAlnum(text[end]))) return true;
  }
  return false;
}

}  // namespace phishscan
