#include "detect/phone_number.h"

#include <algorithm>

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

std::vector<PhoneNumber> FindPhoneNumbers(std::string_view text, std::size_t max_results) {
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
    if (nanp || intl) {
      bool seen = std::any_of(found.begin(), found.end(), [&](const PhoneNumber& p) {
        return DigitsOf(p.text) == DigitsOf(candidate);
      });
      if (!seen) found.push_back({std::string(candidate), nanp && IsTollFreeArea(area)});
    }
    i += candidate.size();
  }
  return found;
}

}  // namespace phishscan
