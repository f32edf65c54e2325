#include "base/string_memo.h"

#include <functional>
#include <utility>

namespace phishscan {

std::size_t StringMemo::SlotOf(std::string_view key) {
  return std::hash<std::string_view>{}(key) % kSlots;
}

const std::string* StringMemo::Find(std::string_view key) const {
  if (key.size() > kMaxKeyBytes) return nullptr;
  const Slot& slot = slots_[SlotOf(key)];
  return slot.used && slot.key == key ? &slot.value : nullptr;
}

void StringMemo::Store(std::string_view key, std::string value) {
  if (key.size() > kMaxKeyBytes) return;
  Slot& slot = slots_[SlotOf(key)];
  slot.used = true;
  slot.key.assign(key);
  slot.value = std::move(value);
}

}  // namespace phishscan
