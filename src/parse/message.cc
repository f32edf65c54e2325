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

const Mailbox& Message::EffectiveFrom() const {
  if (!from.address.empty() && !from.domain.empty()) return from;
  for (const Mailbox& m : from_all)
    if (!m.address.empty() && !m.domain.empty()) return m;
  return from;
}

}  // namespace phishscan
