#include "parse/message.h"

#include "base/text.h"

namespace phishscan {

const HeaderField* Message::FindHeader(std::string_view name) const {
  for (const HeaderField& field : headers) {
    if (EqualsIgnoreCase(field.name, name)) return &field;
  }
  return nullptr;
}

std::size_t Message::CountHeaders(std::string_view name) const {
  std::size_t count = 0;
  for (const HeaderField& field : headers) {
    if (EqualsIgnoreCase(field.name, name)) ++count;
  }
  return count;
}

bool Message::IsListTraffic() const {
  return FindHeader("List-Id") != nullptr || FindHeader("List-Post") != nullptr;
}

}  // namespace phishscan
