#include "extract/read_attributes.h"

#include "base/text.h"

namespace phishscan {

namespace {

template <std::size_t N>
bool Lists(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::string_view known : names) {
    if (known.size() == name.size() && EqualsIgnoreCase(known, name)) return true;
  }
  return false;
}

}  // namespace

bool KeepsAttribute(std::string_view name) {
  return Lists(kReadAttributes, name) || Lists(kTreeConstructionAttributes, name);
}

bool TakesAttributeValue(std::string_view name) { return Lists(kTakenValueAttributes, name); }

}  // namespace phishscan
