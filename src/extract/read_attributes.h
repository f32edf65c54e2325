// The HTML attributes extraction reads. The HTML guard leaves every other
// attribute out of the markup Gumbo parses (outside SVG and MathML): Gumbo
// copies each attribute a character at a time, and mail markup is full of
// width, cellpadding, align and data-* attributes nobody reads. Reading an
// attribute not listed here would therefore find nothing, so the functions
// that read attributes take an AttributeName, which only compiles for a
// listed name.
#ifndef PHISHSCAN_EXTRACT_READ_ATTRIBUTES_H_
#define PHISHSCAN_EXTRACT_READ_ATTRIBUTES_H_

#include <array>
#include <string_view>

namespace phishscan {

inline constexpr std::array<std::string_view, 19> kReadAttributes = {
    "action", "alt", "background", "bgcolor", "class", "color",  "content", "hidden",     "href",
    "http-equiv", "id", "method", "name", "src", "style", "type", "usemap", "value", "xlink:href"};

// Read by Gumbo's tree construction itself (with "type", "color", "action"
// and "name" above): <font face/size> leaves foreign content, <isindex
// prompt> becomes text, <annotation-xml encoding> may hold HTML.
inline constexpr std::array<std::string_view, 4> kTreeConstructionAttributes = {
    "face", "size", "prompt", "encoding"};

// Of kReadAttributes, those whose long values the HTML guard may hand over
// beside the markup (taken_text.h): extraction reads them, Gumbo's tree
// construction never does ("type", "name", "action" and "color" stay).
inline constexpr std::array<std::string_view, 9> kTakenValueAttributes = {
    "alt", "background", "class", "content", "href", "id", "src", "style", "value"};

// A lower-case attribute name from kReadAttributes, checked at compile time.
class AttributeName {
 public:
  consteval AttributeName(const char* name) : name_(name) {  // NOLINT: implicit on purpose
    bool listed = false;
    for (std::string_view known : kReadAttributes) listed = listed || known == name;
    if (!listed) throw "attribute missing from kReadAttributes";  // a compile-time error
  }
  const char* c_str() const { return name_; }
  std::string_view view() const { return name_; }

 private:
  const char* name_;
};

// Whether the guard keeps an attribute called `name` (in any case).
bool KeepsAttribute(std::string_view name);

// Whether `name` (in any case) is one of kTakenValueAttributes.
bool TakesAttributeValue(std::string_view name);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_READ_ATTRIBUTES_H_
