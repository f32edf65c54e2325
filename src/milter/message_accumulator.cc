#include "milter/message_accumulator.h"

#include <cctype>

#include "milter/milter_actions.h"

namespace phishscan {

namespace {

// A Subject longer than this is left as it is rather than rewritten with a
// prefix: the rewrite would have to carry the whole value back to the MTA.
constexpr std::size_t kMaxRewritableSubject = 8 << 10;

bool IsSubject(std::string_view name) {
  if (name.size() != 7) return false;
  std::string_view subject = "subject";
  for (std::size_t i = 0; i < 7; ++i) {
    if (std::tolower(static_cast<unsigned char>(name[i])) != subject[i]) return false;
  }
  return true;
}

}  // namespace

void MessageAccumulator::Append(std::string_view piece) {
  std::size_t room = max_bytes_ - bytes_.size();
  if (piece.size() > room) {
    overflowed_ = true;
    piece = piece.substr(0, room);
  }
  bytes_.append(piece);
}

void MessageAccumulator::AddHeader(std::string_view name, std::string_view value) {
  if (IsSubject(name) && !subject_seen_) {
    subject_seen_ = true;
    if (value.size() <= kMaxRewritableSubject) subject_ = std::string(value);
  }
  // Keyed by the canonical spelling: MTAs match header names without regard
  // to case when counting occurrences for a change.
  std::string_view ours = PhishscanHeaderName(name);
  if (!ours.empty()) ++planted_headers_[std::string(ours)];
  if (overflowed_) return;
  Append(name);
  Append(": ");
  Append(value);
  Append("\r\n");
}

void MessageAccumulator::EndHeaders() { Append("\r\n"); }

void MessageAccumulator::AddBody(std::string_view chunk) {
  if (!overflowed_) Append(chunk);
}

}  // namespace phishscan
