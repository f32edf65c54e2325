#include "detect/phone_number.h"

#include <algorithm>
#include <initializer_list>

namespace phishscan {
namespace {

// A written number is rarely longer; the bound keeps scanning linear.
constexpr std::size_t kMaxCandidateBytes = 28;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s)
    if (IsDigit(c)) d.push_back(c);
  return d;
}

// Digit group lengths, e.g. "(888) 555-0199" -> {3, 3, 4}.
std::vector<std::size_t> GroupsOf(std::string_view s) {
  std::vector<std::size_t> groups;
  std::size_t run = 0;
  for (char c : s) {
    if (IsDigit(c)) {
      ++run;
    } else if (run > 0) {
      groups.push_back(run);
      run = 0;
    }
  }
  if (run > 0) groups.push_back(run);
  return groups;
}

bool IsTollFreeArea(std::string_view area) {
  static constexpr std::string_view kAreas[] = {"800", "833", "844", "855", "866", "877", "888"};
  return std::find(std::begin(kAreas), std::end(kAreas), area) != std::end(kAreas);
}

// "(888) 555-0199", "888-555-0199", "1-888-555-0199", "+1 888 555 0199":
// 3-3-4 groups (after an optional country code 1), area code not starting 0/1.
bool IsNorthAmerican(std::string_view candidate, std::string* area) {
  std::vector<std::size_t> groups = GroupsOf(candidate);
  std::string digits = DigitsOf(candidate);
  if (groups.size() == 4 && groups[0] == 1 && digits[0] == '1') {
    groups.erase(groups.begin());
    digits.erase(0, 1);
  }
  if (groups != std::vector<std::size_t>{3, 3, 4}) return false;
  if (digits[0] < '2' || digits[3] < '2') return false;
  *area = digits.substr(0, 3);
  return true;
}

// "+44 20 7946 0958", "+33612345678": a '+' and 8 to 15 digits, either in
// one block or in short groups as people write them.
bool IsInternational(std::string_view candidate) {
  if (candidate.empty() || candidate[0] != '+') return false;
  std::string digits = DigitsOf(candidate);
  if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return false;
  std::vector<std::size_t> groups = GroupsOf(candidate);
  if (groups.size() == 1) return digits.size() <= 13;
  return std::all_of(groups.begin(), groups.end(), [](std::size_t g) { return g <= 8; });
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool HasGroups(const std::vector<std::size_t>& groups, std::initializer_list<std::size_t> shape) {
  return std::equal(groups.begin(), groups.end(), shape.begin(), shape.end());
}

// A trunk-prefixed number: "01 23 45 67 89", "0 800 123 456", "030 12345678",
// "020 123 4567", "0800-1234", "02 1234 5678": a leading 0, in at least two
// groups, 9 to 12 digits (8 for the short 0800/0900 lines). A date
// ("08.01.2025", "01 02 03") has the shapes 2-2-4 and 2-2-2 and is left out.
bool IsTrunkPrefixed(const std::vector<std::size_t>& groups, std::string_view digits) {
  if (digits[0] != '0' || groups.size() < 2) return false;
  if (HasGroups(groups, {2, 2, 4}) || HasGroups(groups, {2, 2, 2}) || HasGroups(groups, {4, 2, 2})) return false;
  const std::size_t min_digits = StartsWith(digits, "080") || StartsWith(digits, "090") ? 8 : 9;
  if (digits.size() < min_digits || digits.size() > 12) return false;
  return std::all_of(groups.begin(), groups.end(), [](std::size_t g) { return g <= 8; });
}

// The nine-digit numbers of Spain, Italy and Portugal, written without a
// trunk prefix: "900 123 456", "800 123 456", "91 123 45 67". Spaces or
// hyphens only: "900.000.000" is a sum.
bool IsNineDigitNational(std::string_view candidate, const std::vector<std::size_t>& groups,
                         std::string_view digits) {
  if (candidate.find('.') != std::string_view::npos || digits.size() != 9) return false;
  if (digits[0] < '6') return false;
  return HasGroups(groups, {3, 3, 3}) || HasGroups(groups, {2, 3, 2, 2}) || HasGroups(groups, {3, 2, 2, 2});
}

// Brazilian numbers: the nationwide "4003-6514" / "3003 4070" lines and
// "(11) 3003-1234" with its area code in brackets.
bool IsBrazilian(std::string_view candidate, const std::vector<std::size_t>& groups, std::string_view digits) {
  if (candidate.find('.') != std::string_view::npos) return false;
  if (HasGroups(groups, {4, 4})) return digits[0] == '3' || digits[0] == '4';
  return candidate[0] == '(' && (HasGroups(groups, {2, 4, 4}) || HasGroups(groups, {2, 5, 4})) &&
         digits[0] != '0';
}

bool IsNational(std::string_view candidate, bool* toll_free) {
  const std::vector<std::size_t> groups = GroupsOf(candidate);
  const std::string digits = DigitsOf(candidate);
  if (digits.empty()) return false;
  if (IsTrunkPrefixed(groups, digits)) {
    *toll_free = StartsWith(digits, "0800") || StartsWith(digits, "0805");
    return true;
  }
  if (IsNineDigitNational(candidate, groups, digits)) {
    *toll_free = StartsWith(digits, "800") || StartsWith(digits, "900");
    return true;
  }
  *toll_free = false;
  return IsBrazilian(candidate, groups, digits);
}

// The longest stretch of digits and separators starting at `pos`.
std::string_view CandidateAt(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  if (text[end] == '+') ++end;
  while (end < text.size() && end - pos < kMaxCandidateBytes &&
         (IsDigit(text[end]) || IsSeparator(text[end]))) {
    // A double space or a sentence-ending ". " closes the number.
    if (text[end] == ' ' && end + 1 < text.size() && !IsDigit(text[end + 1]) && text[end + 1] != '(')
      break;
    ++end;
  }
  while (end > pos && !IsDigit(text[end - 1])) --end;
  return text.substr(pos, end - pos);
}

}  // namespace

std::vector<PhoneNumber> FindPhoneNumbers(std::string_view text, std::size_t max_results, PhoneFormats formats) {
  std::vector<PhoneNumber> found;
  std::size_t i = 0;
  while (i < text.size() && found.size() < max_results) {
    char c = text[i];
    bool starts = (IsDigit(c) || c == '+' || c == '(') &&
                  (i == 0 || (!IsDigit(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != '-' &&
                              !(text[i - 1] >= 'a' && text[i - 1] <= 'z')));
    if (!starts) {
      ++i;
      continue;
    }
    std::string_view candidate = CandidateAt(text, i);
    if (candidate.empty()) {
      ++i;
      continue;
    }
    bool followed_by_digitish = i + candidate.size() < text.size() &&
                                (IsDigit(text[i + candidate.size()]) ||
                                 (text[i + candidate.size()] >= 'a' && text[i + candidate.size()] <= 'z'));
    std::string area;
    bool nanp = !followed_by_digitish && IsNorthAmerican(candidate, &area);
    bool intl = !followed_by_digitish && !nanp && IsInternational(candidate);
    bool national_toll_free = false;
    bool national = !followed_by_digitish && !nanp && !intl && formats == PhoneFormats::kWithNational &&
                    IsNational(candidate, &national_toll_free);
    if (nanp || intl || national) {
      bool seen = std::any_of(found.begin(), found.end(), [&](const PhoneNumber& p) {
        return DigitsOf(p.text) == DigitsOf(candidate);
      });
      if (!seen) found.push_back({std::string(candidate), (nanp && IsTollFreeArea(area)) || national_toll_free});
    }
    i += candidate.size();
  }
  return found;
}

}  // namespace phishscan
