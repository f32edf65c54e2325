#include "extract/gumbo_element.h"

#include "base/text.h"
#include "extract/html_guard.h"

namespace phishscan {
namespace {

std::string_view OriginalName(const GumboElement& element) {
  if (element.original_tag.data == nullptr) return "";
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

}  // namespace

GumboTag EffectiveTag(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return element.tag;
  std::string_view name = OriginalName(element);
  if (name.size() <= kGuardedTagPrefix.size() ||
      !EqualsIgnoreCase(name.substr(0, kGuardedTagPrefix.size()), kGuardedTagPrefix)) {
    return GUMBO_TAG_UNKNOWN;
  }
  name.remove_prefix(kGuardedTagPrefix.size());
  return gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
}

std::string TagName(const GumboElement& element, GumboTag effective_tag) {
  if (effective_tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(effective_tag);
  return AsciiLower(OriginalName(element));
}

std::string_view Attribute(const GumboElement& element, AttributeName name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name.c_str());
  return attribute != nullptr ? std::string_view(attribute->value) : std::string_view();
}

bool HasAttribute(const GumboElement& element, AttributeName name) {
  return gumbo_get_attribute(&element.attributes, name.c_str()) != nullptr;
}

}  // namespace phishscan
