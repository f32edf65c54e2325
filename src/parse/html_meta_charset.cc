#include "parse/html_meta_charset.h"

#include "base/text.h"

namespace phishscan {

namespace {

constexpr std::size_t kPrescanBytes = 4096;

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

std::string CharsetInTag(std::string_view tag) {
  const std::size_t key = tag.find("charset");
  if (key == std::string_view::npos) return "";
  std::size_t i = key + 7;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n')) ++i;
  if (i >= tag.size() || tag[i] != '=') return "";
  ++i;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < tag.size() && IsLabelChar(tag[end])) ++end;
  return std::string(tag.substr(i, end - i));
}

}  // namespace

std::string HtmlMetaCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, kPrescanBytes));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const std::size_t close = head.find('>', pos);
    std::string_view tag = std::string_view(head).substr(pos, close == std::string::npos
                                                                  ? std::string::npos
                                                                  : close - pos);
    std::string charset = CharsetInTag(tag);
    if (!charset.empty()) return charset;
    pos += 5;
  }
  return "";
}

}  // namespace phishscan
