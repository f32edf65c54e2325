#include "extract/read_attributes.h"

#include "base/text.h"

namespace phishscan {

bool KeepsAttribute(std::string_view name) {
  for (std::string_view known : kReadAttributes) {
    if (known.size() == name.size() && EqualsIgnoreCase(known, name)) return true;
  }
  for (std::string_view known : kTreeConstructionAttributes) {
    if (known.size() == name.size() && EqualsIgnoreCase(known, name)) return true;
  }
  return false;
}

}  // namespace phishscan
