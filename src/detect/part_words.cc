#include "detect/part_words.h"

#include <optional>
#include <vector>

#include "base/text.h"
#include "detect/armor_block.h"

namespace phishscan {
namespace {

bool StartsWithIgnoreCase(std::string_view s, std::size_t pos, std::string_view lower_prefix) {
  return s.size() - pos >= lower_prefix.size() &&
         EqualsIgnoreCase(s.substr(pos, lower_prefix.size()), lower_prefix);
}

// Skips from `pos` (just after "<script") to after the matching close tag,
// matched without regard to ASCII case. The document is not lower-cased as a
// whole: a 65 KB HTML part would be copied once per call for a few tags.
std::size_t SkipElement(std::string_view html, std::size_t pos, std::string_view close_tag) {
  for (std::size_t at = html.find(close_tag.front(), pos); at != std::string_view::npos;
       at = html.find(close_tag.front(), at + 1)) {
    if (StartsWithIgnoreCase(html, at, close_tag)) return at + close_tag.size();
  }
  return html.size();
}

bool IsWordByte(unsigned char c) { return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string StripHtml(std::string_view html) {
  std::string text;
  text.reserve(html.size() / 2);
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      // The text up to the next tag in one append, not byte by byte.
      std::size_t tag = html.find('<', i);
      if (tag == std::string_view::npos) tag = html.size();
      text.append(html.substr(i, tag - i));
      i = tag;
      continue;
    }
    // Most tags are neither a comment, a script nor a style: one look at the
    // byte after '<' spares the three comparisons.
    const char next = i + 1 < html.size() ? static_cast<char>(html[i + 1] | 0x20) : '\0';
    const bool may_skip = next == '!' || next == 's';
    if (may_skip && StartsWithIgnoreCase(html, i, "<!--")) {
      i = SkipElement(html, i + 4, "-->");
    } else if (may_skip && StartsWithIgnoreCase(html, i, "<script")) {
      i = SkipElement(html, i + 7, "</script>");
    } else if (may_skip && StartsWithIgnoreCase(html, i, "<style")) {
      i = SkipElement(html, i + 6, "</style>");
    } else {
      std::size_t close = html.find('>', i);
      i = close == std::string_view::npos ? html.size() : close + 1;
    }
    text.push_back(' ');
  }
  return text;
}

std::string WordsText(std::string_view text, bool is_html) {
  std::string normalized = is_html ? NormalizeText(StripHtml(text)) : NormalizeText(text);
  // A pasted PGP signature is not something the part says.
  if (HasArmorBlock(normalized)) normalized = WithoutArmorBlocks(normalized);
  return normalized;
}

std::set<std::string> DistinctWordsIn(std::string_view words_text, std::size_t min_letters, std::size_t max_words) {
  std::set<std::string> words;
  std::size_t i = 0;
  while (i < words_text.size() && words.size() < max_words) {
    if (!IsWordByte(static_cast<unsigned char>(words_text[i]))) {
      ++i;
      continue;
    }
    std::size_t start = i;
    std::size_t letters = 0;
    while (i < words_text.size() && IsWordByte(static_cast<unsigned char>(words_text[i]))) {
      // Count characters, not bytes: skip UTF-8 continuation bytes.
      if ((static_cast<unsigned char>(words_text[i]) & 0xC0) != 0x80) ++letters;
      ++i;
    }
    if (letters >= min_letters) words.emplace(words_text.substr(start, i - start));
  }
  return words;
}

std::set<std::string> DistinctWords(std::string_view text, bool is_html, std::size_t min_letters,
                                    std::size_t max_words) {
  return DistinctWordsIn(WordsText(text, is_html), min_letters, max_words);
}

namespace {

// The cache slot of `part`, the cache grown to all parts on first use.
std::optional<std::string>& Slot(std::vector<std::optional<std::string>>& cache, const Message& message,
                                 std::size_t part) {
  if (cache.size() < message.text_parts.size()) cache.resize(message.text_parts.size());
  return cache[part];
}

}  // namespace

std::string_view ShownPartText(const ScanContext& ctx, std::size_t part) {
  const TextPart& p = ctx.message.text_parts.at(part);
  if (!p.is_html) return p.text;
  std::optional<std::string>& shown = Slot(ctx.memo.shown_parts, ctx.message, part);
  if (!shown) shown = StripHtml(p.text);
  return *shown;
}

std::string_view PartWordsText(const ScanContext& ctx, std::size_t part) {
  std::optional<std::string>& words = Slot(ctx.memo.part_words, ctx.message, part);
  if (!words) {
    words = NormalizeText(ShownPartText(ctx, part));
    if (HasArmorBlock(*words)) words = WithoutArmorBlocks(*words);
  }
  return *words;
}

}  // namespace phishscan
