#include "parse/parse_notes.h"

#include <algorithm>

namespace phishscan {

namespace {
constexpr std::size_t kMaxNotes = 64;
}  // namespace

void AddNote(Message& message, std::string note) {
  auto& notes = message.notes;
  if (notes.size() >= kMaxNotes) return;
  if (std::find(notes.begin(), notes.end(), note) != notes.end()) return;
  notes.push_back(std::move(note));
}

void AddLimitHit(Message& message, std::string_view limit_name, std::string note) {
  auto& hits = message.limits_hit;
  if (std::find(hits.begin(), hits.end(), limit_name) == hits.end()) {
    hits.emplace_back(limit_name);
  }
  AddNote(message, std::move(note));
}

}  // namespace phishscan
