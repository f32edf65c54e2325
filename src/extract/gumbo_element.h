// Reading Gumbo elements: the tag (undoing the HTML guard's renaming of
// formatting elements), the lower-case name, and attribute values.
#ifndef PHISHSCAN_EXTRACT_GUMBO_ELEMENT_H_
#define PHISHSCAN_EXTRACT_GUMBO_ELEMENT_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "extract/read_attributes.h"

namespace phishscan {

// The element's tag; <ps-a> (the guard's name for <a>) reads as GUMBO_TAG_A.
GumboTag EffectiveTag(const GumboElement& element);

// Lower-case tag name as a style sheet selector names it ("p", "o:p").
std::string TagName(const GumboElement& element, GumboTag effective_tag);

// Attribute value, "" when absent (Gumbo has decoded entities).
std::string_view Attribute(const GumboElement& element, AttributeName name);
bool HasAttribute(const GumboElement& element, AttributeName name);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_GUMBO_ELEMENT_H_
