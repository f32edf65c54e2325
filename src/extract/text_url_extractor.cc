#include "extract/text_url_extractor.h"

#include <optional>
#include <string>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kNotFound = std::string_view::npos;
constexpr std::size_t kMaxSchemeBytes = 16;
// How far back from "<URL>" a label is looked for, and how much is kept.
constexpr std::size_t kMaxLabelScanBytes = 1024;
constexpr std::size_t kMaxLabelBytes = 256;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

bool IsSchemeChar(char c) { return IsAsciiAlnum(c) || c == '+' || c == '-' || c == '.'; }

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

// "www." and "mailto:" only count at the start of a word, not inside
// "example.com/www.x" or "foo-www.bar".
bool AtWordStart(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  const char prev = text[i - 1];
  return !(IsAsciiAlnum(prev) || prev == '.' || prev == '-' || prev == '_' || prev == '/' ||
           prev == '@' || prev == '%' || prev == '+');
}

// Start of the scheme ending at the "://" at `colon`, or kNotFound. Glued
// text before a known scheme ("URLhttps://") is cut off.
std::size_t SchemeStart(std::string_view text, std::size_t colon, std::size_t floor) {
  std::size_t j = colon;
  while (j > floor && colon - j < kMaxSchemeBytes && IsSchemeChar(text[j - 1])) --j;
  while (j < colon && !IsAsciiAlpha(text[j])) ++j;
  if (j == colon) return kNotFound;
  const std::string_view scheme = text.substr(j, colon - j);
  for (std::string_view known : {"https", "http", "ftp", "file"}) {
    if (EqualsIgnoreCase(scheme, known)) return j;
  }
  for (std::string_view known : {"https", "http", "ftp"}) {
    if (EndsWithIgnoreCase(scheme, known)) return colon - known.size();
  }
  return kNotFound;
}

// Byte length of a URL-ending character at text[i] (whitespace, angle
// brackets, quotes, and the Unicode spaces and quotes that end a URL in
// running text), or 0 when text[i] may be part of a URL.
std::size_t TerminatorWidth(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '`') return 1;
  if (c < 0x80 || i + 1 >= text.size()) return 0;
  const auto c1 = static_cast<unsigned char>(text[i + 1]);
  if (c == 0xC2 && (c1 == 0xA0 || c1 == 0xAB || c1 == 0xBB)) return 2;  // NBSP « »
  if (i + 2 >= text.size()) return 0;
  const auto c2 = static_cast<unsigned char>(text[i + 2]);
  if (c == 0xE2 && c1 == 0x80 &&
      (c2 <= 0x8B || c2 == 0x98 || c2 == 0x99 || c2 == 0x9C || c2 == 0x9D || c2 == 0xA8 ||
       c2 == 0xA9 || c2 == 0xAF)) {
    return 3;  // U+2000-200B spaces, curly quotes, line/paragraph separators
  }
  if (c == 0xE3 && c1 == 0x80 && c2 <= 0x82) return 3;  // ideographic space, comma, stop
  return 0;
}

std::size_t UrlEnd(std::string_view text, std::size_t start) {
  std::size_t i = start;
  while (i < text.size() && TerminatorWidth(text, i) == 0) ++i;
  return i;
}

// Length of `url` without trailing sentence punctuation and unbalanced
// closing brackets: "(see https://x.example/a)." -> "https://x.example/a".
std::size_t TrimmedUrlLength(std::string_view url) {
  int open_paren = 0, close_paren = 0, open_square = 0, close_square = 0;
  for (char c : url) {
    open_paren += c == '(';
    close_paren += c == ')';
    open_square += c == '[';
    close_square += c == ']';
  }
  std::size_t len = url.size();
  while (len > 0) {
    const char c = url[len - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '*') {
      --len;
    } else if (c == ')' && close_paren > open_paren) {
      --close_paren;
      --len;
    } else if (c == ']' && close_square > open_square) {
      --close_square;
      --len;
    } else {
      break;
    }
  }
  return len;
}

// The label before a "<URL>" at `open_angle`: the text since the start of the
// line (or the previous "<URL>"), trimmed, at most kMaxLabelBytes from its end.
std::string LabelBefore(std::string_view text, std::size_t open_angle, std::size_t floor) {
  if (open_angle > floor + kMaxLabelScanBytes) floor = open_angle - kMaxLabelScanBytes;
  std::size_t begin = open_angle;
  while (begin > floor && text[begin - 1] != '\n') --begin;
  std::string_view label = TrimWhitespace(text.substr(begin, open_angle - begin));
  while (!label.empty() && (label.back() == ':' || label.back() == '-')) {
    label = TrimWhitespace(label.substr(0, label.size() - 1));
  }
  if (label.size() > kMaxLabelBytes) {
    std::size_t cut = label.size() - kMaxLabelBytes;
    const std::size_t space = label.find(' ', cut);
    if (space != kNotFound) {
      cut = space + 1;
    } else {
      while (cut < label.size() && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) ++cut;
    }
    label = label.substr(cut);
  }
  return std::string(label);
}

// Whether a URL candidate can be found at a character: the ':' of "://", or
// the first letter of "www." or "mailto:". Tested inline for every character
// of the text, before the call that looks closer.
bool MayStartCandidate(char c) { return c == ':' || c == 'w' || c == 'W' || c == 'm' || c == 'M'; }

// Start of a URL candidate at text[i], or kNotFound.
std::size_t CandidateAt(std::string_view text, std::size_t i, std::size_t floor) {
  const char c = text[i];
  if (c == ':' && text.compare(i, 3, "://") == 0) return SchemeStart(text, i, floor);
  if ((c == 'w' || c == 'W') && AtWordStart(text, i) &&
      StartsWithIgnoreCase(text.substr(i), "www.")) {
    return i;
  }
  if ((c == 'm' || c == 'M') && AtWordStart(text, i) &&
      StartsWithIgnoreCase(text.substr(i), "mailto:")) {
    return i;
  }
  return kNotFound;
}

}  // namespace

bool AppendTextLinks(std::string_view text, LinkOrigin origin, std::size_t part_index,
                     std::size_t max_links, std::vector<Link>& links) {
  std::size_t previous_end = 0;  // candidates never start inside an earlier URL
  std::size_t label_floor = 0;   // labels never reach back past an earlier "<URL>"
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!MayStartCandidate(text[i])) continue;
    const std::size_t start = CandidateAt(text, i, previous_end);
    if (start == kNotFound) continue;
    std::size_t end = UrlEnd(text, i);
    const bool bracketed = start > 0 && text[start - 1] == '<' && end < text.size() &&
                           text[end] == '>';
    std::size_t url_length = end - start;
    if (!bracketed) url_length = TrimmedUrlLength(text.substr(start, url_length));
    previous_end = bracketed ? end + 1 : start + url_length;
    i = (end > i ? end : i + 1) - 1;  // the loop's ++i moves past the candidate
    std::optional<Url> url = ParseUrl(text.substr(start, url_length));
    if (!url) continue;
    if (links.size() >= max_links) return false;
    Link link;
    link.url = std::move(*url);
    link.origin = origin;
    link.part_index = part_index;
    if (bracketed) {
      link.text = LabelBefore(text, start - 1, label_floor);
      label_floor = end + 1;
    }
    links.push_back(std::move(link));
  }
  return true;
}

}  // namespace phishscan
