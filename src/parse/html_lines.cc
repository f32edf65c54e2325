#include "parse/html_lines.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxTagNameBytes = 16;
constexpr std::size_t kMaxEntityBytes = 10;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool EndsLine(std::string_view tag) {
  for (std::string_view t : {"br", "p", "div", "tr", "li", "hr", "table", "blockquote", "h1", "h2", "h3",
                             "h4", "h5", "h6", "ul", "ol", "pre"})
    if (tag == t) return true;
  return false;
}

bool HidesContent(std::string_view tag) { return tag == "style" || tag == "script" || tag == "head"; }

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity at html[i] ('&'); returns the bytes it spans, 0 when it
// is not one we know (the '&' is then kept as text).
std::size_t DecodeEntity(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.substr(i, kMaxEntityBytes).find(';');
  if (semi == std::string_view::npos || semi < 2) return 0;
  const std::string name = AsciiLower(html.substr(i + 1, semi - 1));
  if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "amp") out += '&';
  else if (name == "quot") out += '"';
  else if (name == "apos" || name == "#39") out += '\'';
  else if (name == "nbsp" || name == "#160") out += ' ';
  else if (name[0] == '#') {
    const bool hex = name.size() > 1 && name[1] == 'x';
    std::uint32_t cp = 0;
    for (std::size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      const char c = name[k];
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (digit < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    AppendUtf8(cp == 0xA0 ? ' ' : cp, out);
  } else {
    return 0;
  }
  return semi + 1;
}

// Where "</tag" (any case) starts at or after `from`; html.size() if nowhere.
std::size_t FindClosingTag(std::string_view html, std::size_t from, std::string_view tag) {
  for (std::size_t p = html.find("</", from); p != std::string_view::npos; p = html.find("</", p + 2))
    if (EqualsIgnoreCase(html.substr(p + 2, tag.size()), tag)) return p;
  return html.size();
}

}  // namespace

std::string HtmlToLines(std::string_view html, std::size_t max_bytes) {
  std::string out;
  std::size_t i = 0;
  while (i < html.size() && out.size() < max_bytes) {
    const char c = html[i];
    if (c == '&') {
      const std::size_t used = DecodeEntity(html, i, out);
      if (used > 0) {
        i += used;
        continue;
      }
    }
    if (c != '<') {
      // The text up to the next tag or entity, whole (a lone '&' included).
      std::size_t next = i + 1;
      while (next < html.size() && html[next] != '<' && html[next] != '&') ++next;
      const std::size_t take = std::min(next - i, max_bytes - out.size());
      const std::size_t from = out.size();
      out.append(html.substr(i, take));
      for (std::size_t k = from; k < out.size(); ++k)
        if (out[k] == '\r' || out[k] == '\n' || out[k] == '\t') out[k] = ' ';
      i += take;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const std::size_t close = html.find('>', i + 1);
    if (close == std::string_view::npos) break;
    std::size_t n = i + 1;
    const bool closing = n < close && html[n] == '/';
    if (closing) ++n;
    std::size_t name_end = n;
    while (name_end < close && name_end - n < kMaxTagNameBytes && IsAsciiAlnum(html[name_end])) ++name_end;
    const std::string tag = AsciiLower(html.substr(n, name_end - n));
    i = close + 1;
    if (!closing && HidesContent(tag)) {
      i = FindClosingTag(html, i, tag);
      continue;
    }
    if (EndsLine(tag)) out += '\n';
    else if (tag == "td" || tag == "th") out += ' ';
  }
  return out;
}

}  // namespace phishscan
