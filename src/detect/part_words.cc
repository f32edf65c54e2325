#include "detect/part_words.h"

#include "base/text.h"

namespace phishscan {
namespace {

// Skips from `pos` (just after "<script") to after the matching close tag.
std::size_t SkipElement(std::string_view html_lower, std::size_t pos, std::string_view close_tag) {
  std::size_t end = html_lower.find(close_tag, pos);
  return end == std::string_view::npos ? html_lower.size() : end + close_tag.size();
}

bool IsWordByte(unsigned char c) { return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string StripHtml(std::string_view html) {
  const std::string lower = AsciiLower(html);
  std::string text;
  text.reserve(html.size() / 2);
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      text.push_back(html[i++]);
      continue;
    }
    std::string_view rest = std::string_view(lower).substr(i);
    if (rest.rfind("<!--", 0) == 0) {
      i = SkipElement(lower, i + 4, "-->");
    } else if (rest.rfind("<script", 0) == 0) {
      i = SkipElement(lower, i + 7, "</script>");
    } else if (rest.rfind("<style", 0) == 0) {
      i = SkipElement(lower, i + 6, "</style>");
    } else {
      std::size_t close = html.find('>', i);
      i = close == std::string_view::npos ? html.size() : close + 1;
    }
    text.push_back(' ');
  }
  return text;
}

std::set<std::string> DistinctWords(std::string_view text, bool is_html, std::size_t min_letters,
                                    std::size_t max_words) {
  const std::string stripped = is_html ? StripHtml(text) : std::string();
  const std::string normalized = NormalizeText(is_html ? std::string_view(stripped) : text);
  std::set<std::string> words;
  std::size_t i = 0;
  while (i < normalized.size() && words.size() < max_words) {
    if (!IsWordByte(static_cast<unsigned char>(normalized[i]))) {
      ++i;
      continue;
    }
    std::size_t start = i;
    std::size_t letters = 0;
    while (i < normalized.size() && IsWordByte(static_cast<unsigned char>(normalized[i]))) {
      // Count characters, not bytes: skip UTF-8 continuation bytes.
      if ((static_cast<unsigned char>(normalized[i]) & 0xC0) != 0x80) ++letters;
      ++i;
    }
    if (letters >= min_letters) words.emplace(normalized.substr(start, i - start));
  }
  return words;
}

}  // namespace phishscan
