#include "parse/text_part_reader.h"

#include <algorithm>
#include <utility>

#include "base/text.h"
#include "parse/charset_conversion.h"
#include "parse/html_meta_charset.h"
#include "parse/parse_notes.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {
constexpr std::size_t kMaxCharsetLabelBytes = 64;
}  // namespace

std::string DeclaredCharset(GMimeObject* object) {
  const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
  if (charset == nullptr) return "";
  // Broken mailers leave markup or quotes after the label: keep the label.
  const std::string label = AsciiLower(TrimWhitespace(charset));
  const std::size_t end = label.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_.:");
  return label.substr(0, std::min({end, label.size(), kMaxCharsetLabelBytes}));
}

TextPart MakeTextPart(std::string_view bytes, std::string_view charset, bool is_html,
                      std::size_t depth, bool source_cut, const Limits& limits, Message& message) {
  TextPart part;
  part.is_html = is_html;
  part.content_type = is_html ? "text/html" : "text/plain";
  part.charset = std::string(charset);
  part.depth = depth;
  const std::string effective = charset.empty() && is_html ? HtmlMetaCharset(bytes)
                                                           : std::string(charset);
  Utf8Text converted = ConvertToUtf8(bytes, effective);
  if (!converted.charset_known) {
    AddNote(message, "unknown charset \"" + Ellipsize(effective, 40) +
                         "\": text read as UTF-8 or windows-1252");
  }
  // Most parts have no CR once PrepareInput made line ends LF: no second copy.
  part.text = converted.text.find('\r') == std::string::npos ? std::move(converted.text)
                                                               : UnixNewlines(converted.text);
  if (part.text.size() > limits.max_part_text_bytes) {
    part.text.resize(Utf8Prefix(part.text, limits.max_part_text_bytes).size());
    AddLimitHit(message, "max_part_text_bytes", "a text part was cut at " +
                                                    std::to_string(limits.max_part_text_bytes) +
                                                    " bytes");
    source_cut = true;
  }
  part.truncated = source_cut;
  return part;
}

TextPart ReadTextPart(GMimePart* part, std::size_t depth, const Limits& limits,
                      DecodeBudget& budget, Message& message) {
  GMimeContentType* type = g_mime_object_get_content_type(GMIME_OBJECT(part));
  const bool is_html = type != nullptr && g_mime_content_type_is_type(type, "text", "html");
  DecodedContent content =
      DecodePartContent(part, limits.max_part_text_bytes, DecodeMode::kHead, budget);
  if (content.budget_exhausted) {
    AddLimitHit(message, "max_decoded_bytes", "decoded content limit reached: parts were cut");
  } else if (!content.complete) {
    AddLimitHit(message, "max_part_text_bytes", "a text part was cut at " +
                                                    std::to_string(limits.max_part_text_bytes) +
                                                    " bytes");
  }
  return MakeTextPart(content.head, DeclaredCharset(GMIME_OBJECT(part)), is_html, depth,
                      !content.complete, limits, message);
}

}  // namespace phishscan
