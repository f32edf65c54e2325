#include "detect/money_amount.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace phishscan {
namespace {

// How far the scan looks for a currency after a number or a spelt-out
// million ("6.8 million united states dollars", "millions de dollars").
constexpr std::size_t kWordsToCurrency = 4;
constexpr std::size_t kWordsAfterSpeltMillion = 8;
constexpr std::size_t kMaxNumberBytes = 32;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

constexpr std::array<std::string_view, 6> kSymbols = {"$", "€", "£", "¥", "₦", "₹"};
constexpr std::array<std::string_view, 14> kCodes = {"usd", "eur", "gbp", "chf", "cad", "aud", "jpy",
                                                      "ngn", "brl", "us$", "r$", "u$s", "usdt", "euro"};
constexpr std::array<std::string_view, 20> kCurrencyWords = {
    "dollar", "dollars", "dólares", "dolares", "dólar", "dolar", "dollari", "dollaro", "euros", "pounds",
    "sterling", "reais", "francs", "franken", "dollaren", "sterline", "usd.", "eur.", "euro.", "libras"};

struct Magnitude {
  std::string_view word;
  double factor;
};
constexpr std::array<Magnitude, 22> kMagnitudes = {{
    {"million", 1e6},   {"millions", 1e6},  {"m", 1e6},        {"mio", 1e6},      {"mio.", 1e6},
    {"mn", 1e6},        {"millionen", 1e6}, {"million.", 1e6}, {"milhões", 1e6},  {"milhoes", 1e6},
    {"milhão", 1e6},    {"milhao", 1e6},    {"millones", 1e6}, {"millón", 1e6},   {"millon", 1e6},
    {"miljoen", 1e6},   {"milioni", 1e6},   {"milione", 1e6},  {"billion", 1e9},  {"bn", 1e9},
    {"mil", 1e3},       {"k", 1e3},
}};

// Words that may stand between an amount and its currency: "of", "de",
// "united states", "american".
constexpr std::array<std::string_view, 12> kFillers = {"de", "di", "of", "us", "u.s.", "united", "states",
                                                       "state", "american", "americanos", "d'euros", "van"};

template <std::size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  for (std::string_view w : list)
    if (word == w) return true;
  return false;
}

// The text's words from `pos`, split on spaces, with surrounding brackets
// and trailing punctuation removed.
class WordCursor {
 public:
  WordCursor(std::string_view text, std::size_t pos) : text_(text), pos_(pos) {}
  bool Next(std::string_view& word) {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
    if (pos_ >= text_.size()) return false;
    std::size_t end = text_.find(' ', pos_);
    if (end == std::string_view::npos) end = text_.size();
    word = text_.substr(pos_, end - pos_);
    pos_ = end;
    while (!word.empty() && (word.front() == '(' || word.front() == '[')) word.remove_prefix(1);
    while (!word.empty() && std::string_view(",;:)]!?").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    return true;
  }
  std::size_t pos() const { return pos_; }

 private:
  std::string_view text_;
  std::size_t pos_;
};

bool IsCurrency(std::string_view word) {
  if (OneOf(word, kSymbols) || OneOf(word, kCodes) || OneOf(word, kCurrencyWords)) return true;
  // A symbol that ends a sentence: "Montant débité : 429,00 €." (codes and
  // words with their full stop are listed above).
  if (word.size() > 1 && word.back() == '.' && OneOf(word.substr(0, word.size() - 1), kSymbols)) return true;
  // A symbol written with a code: "usd$", "$usd".
  for (std::string_view s : kSymbols) {
    if (word.size() <= s.size()) continue;
    if (word.substr(0, s.size()) == s) return OneOf(word.substr(s.size()), kCodes);
    if (word.substr(word.size() - s.size()) == s) return OneOf(word.substr(0, word.size() - s.size()), kCodes);
  }
  return false;
}

double MagnitudeOf(std::string_view word) {
  for (const Magnitude& m : kMagnitudes)
    if (word == m.word) return m.factor;
  return 0;
}

// The currency written right before the number: "$", "us$", "usd ", "€ ".
bool CurrencyBefore(std::string_view text, std::size_t start) {
  std::size_t end = start;
  if (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '(' && end - begin < 8) --begin;
  std::string_view word = text.substr(begin, end - begin);
  if (word.empty()) return false;
  if (IsCurrency(word)) return true;
  for (std::string_view s : kSymbols)
    if (word.size() >= s.size() && word.substr(word.size() - s.size()) == s) return true;
  return false;
}

struct AfterNumber {
  double factor = 1;
  bool currency = false;
  std::size_t end = 0;
};

// Magnitude and currency after the number: "million dollars", "€", "milhões
// de dólares", "m", "usd".
AfterNumber ReadAfter(std::string_view text, std::size_t pos, bool magnitude_glued) {
  AfterNumber after;
  after.end = pos;
  WordCursor words(text, pos);
  std::string_view word;
  bool magnitude_seen = magnitude_glued;
  for (std::size_t i = 0; i < kWordsToCurrency && words.Next(word); ++i) {
    if (IsCurrency(word)) {
      after.currency = true;
      after.end = words.pos();
      return after;
    }
    const double factor = MagnitudeOf(word);
    if (factor > 0 && !magnitude_seen) {
      after.factor = factor;
      magnitude_seen = true;
      after.end = words.pos();
      continue;
    }
    if (!OneOf(word, kFillers)) break;
  }
  return after;
}

bool IsSeparator(char c) { return c == '.' || c == ','; }

// End of the number starting at `start`: digits with '.' or ',' between,
// and spaces followed by exactly three digits ("2 500 000").
std::size_t NumberEnd(std::string_view text, std::size_t start) {
  std::size_t i = start;
  while (i < text.size() && i - start < kMaxNumberBytes) {
    if (IsDigit(text[i])) {
      ++i;
    } else if ((IsSeparator(text[i]) || text[i] == ' ') && i + 1 < text.size() && IsDigit(text[i + 1])) {
      if (text[i] == ' ') {
        std::size_t j = i + 1;
        while (j < text.size() && IsDigit(text[j])) ++j;
        if (j - i - 1 != 3) break;
      }
      ++i;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

double ParseGroupedNumber(std::string_view digits) {
  if (digits.empty() || !IsDigit(digits.front()) || digits.size() > kMaxNumberBytes) return -1;
  const std::size_t last_dot = digits.rfind('.');
  const std::size_t last_comma = digits.rfind(',');
  char decimal = 0;
  if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
    decimal = last_dot > last_comma ? '.' : ',';
  } else if (last_dot != std::string_view::npos || last_comma != std::string_view::npos) {
    const char sep = last_dot != std::string_view::npos ? '.' : ',';
    const std::size_t last = sep == '.' ? last_dot : last_comma;
    const bool repeated = digits.find(sep) != last;
    // One separator followed by three digits groups thousands ("1,500",
    // "350.000"); otherwise it marks decimals ("15,8", "4.5").
    if (!repeated && digits.size() - last - 1 != 3) decimal = sep;
  }
  double value = 0;
  double scale = 0;
  for (char c : digits) {
    if (IsDigit(c)) {
      if (scale > 0) {
        value += (c - '0') * scale;
        scale /= 10;
      } else {
        value = value * 10 + (c - '0');
      }
    } else if (c == decimal) {
      if (scale > 0) return -1;
      scale = 0.1;
    } else if (c != '.' && c != ',' && c != ' ') {
      return -1;
    }
  }
  return value;
}

namespace {

// A million spelt out ("six million eight hundred thousand dollars",
// "millions de dollars"), with a currency in the words that follow.
bool SpeltMillionAt(std::string_view text, std::size_t pos, std::size_t& end) {
  WordCursor words(text, pos);
  std::string_view word;
  if (!words.Next(word) || MagnitudeOf(word) < 1e6 || word == "m" || word == "mn") return false;
  for (std::size_t i = 0; i < kWordsAfterSpeltMillion && words.Next(word); ++i) {
    if (IsCurrency(word)) {
      end = words.pos();
      return true;
    }
    if (!word.empty() && IsDigit(word.front())) return false;
  }
  return false;
}

std::size_t WordStart(std::string_view text, std::size_t i) {
  std::size_t begin = i;
  while (begin > 0 && text[begin - 1] != ' ' && i - begin < 8) --begin;
  return begin;
}

bool AtWordStart(std::string_view text, std::size_t i) {
  return i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
}

}  // namespace

std::vector<MoneyAmount> FindMoneyAmounts(std::string_view text, std::size_t max_results) {
  std::vector<MoneyAmount> found;
  std::size_t i = 0;
  while (i < text.size() && found.size() < max_results) {
    if (IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1]))) {
      std::size_t end = NumberEnd(text, i);
      while (end > i && !IsDigit(text[end - 1])) --end;
      const double number = ParseGroupedNumber(text.substr(i, end - i));
      // "$6.8m", "4.5mio": the magnitude glued to the digits.
      double glued = 1;
      std::size_t word_end = end;
      while (word_end < text.size() && text[word_end] != ' ' && word_end - end < 8) ++word_end;
      std::string_view tail = text.substr(end, word_end - end);
      while (!tail.empty() && std::string_view(",;:)]!?").find(tail.back()) != std::string_view::npos)
        tail.remove_suffix(1);
      if (MagnitudeOf(tail) > 0) glued = MagnitudeOf(tail);
      const AfterNumber after = ReadAfter(text, glued > 1 ? word_end : end, glued > 1);
      const bool currency = CurrencyBefore(text, i) || after.currency || IsCurrency(tail);
      if (number >= 0 && currency) {
        std::size_t begin = WordStart(text, i);
        // "usd 4.5 million": the code is the word before.
        if (begin == i && begin >= 2 && text[begin - 1] == ' ' && CurrencyBefore(text, i))
          begin = WordStart(text, i - 1);
        const std::size_t stop = std::max({after.end, word_end, end});
        found.push_back({number * (glued > 1 ? glued : after.factor), std::string(text.substr(begin, stop - begin))});
        i = stop;
        continue;
      }
      i = std::max(end, i + 1);
      continue;
    }
    std::size_t spelt_end = 0;
    if (AtWordStart(text, i) && !IsDigit(text[i]) && SpeltMillionAt(text, i, spelt_end)) {
      // Starts at the number word before the million ("six million").
      const std::size_t begin = i >= 2 && text[i - 1] == ' ' ? WordStart(text, i - 1) : i;
      found.push_back({1e6, std::string(text.substr(begin, spelt_end - begin))});
      i = spelt_end;
      continue;
    }
    ++i;
  }
  return found;
}

}  // namespace phishscan
