// A small, fixed-size memo of string -> string results for a pure function that
// is asked about the same few keys again and again: a message names the same
// hosts in its From, Reply-To, Return-Path, Message-ID and links, and each of
// those asks the Public Suffix List for the registrable domain.
#ifndef PHISHSCAN_BASE_STRING_MEMO_H_
#define PHISHSCAN_BASE_STRING_MEMO_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {

// Direct-mapped: each key hashes to one slot and evicts whatever sat there, so
// a lookup costs one hash and one comparison, and the memory stays bounded
// whatever a message holds: kSlots entries, keys of at most kMaxKeyBytes
// (longer ones are never stored). Not thread-safe: give each thread its own
// (thread_local).
class StringMemo {
 public:
  static constexpr std::size_t kSlots = 256;
  // The longest host name; longer keys are rare and simply not remembered.
  static constexpr std::size_t kMaxKeyBytes = 253;

  // The value stored for `key`, or nullptr when it is not (or no longer) held.
  const std::string* Find(std::string_view key) const;

  // Remembers `value` for `key`, replacing the slot's previous entry.
  void Store(std::string_view key, std::string value);

 private:
  struct Slot {
    bool used = false;
    std::string key;
    std::string value;
  };

  static std::size_t SlotOf(std::string_view key);

  std::array<Slot, kSlots> slots_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_BASE_STRING_MEMO_H_
