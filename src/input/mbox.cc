#include "input/mbox.h"

#include "input/message_source.h"

namespace phishscan {
namespace {

// The line ending just before `pos` (which starts a line) is empty.
bool FollowsEmptyLine(std::string_view s, std::size_t pos) {
  if (pos == 0 || s[pos - 1] != '\n') return false;
  std::size_t end = pos - 1;  // the '\n' closing the previous line
  if (end > 0 && s[end - 1] == '\r') --end;
  return end == 0 || s[end - 1] == '\n';
}

// "Name:" with a name of printable ASCII other than ':' (RFC 5322 ftext).
bool IsHeaderFieldLine(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && s[i] > ' ' && s[i] < 127 && s[i] != ':') ++i;
  return i > pos && i < s.size() && s[i] == ':';
}

bool IsSeparatorAt(std::string_view s, std::size_t pos) {
  if (!FollowsEmptyLine(s, pos)) return false;
  const std::size_t line_end = s.find('\n', pos);
  return line_end != std::string_view::npos && IsHeaderFieldLine(s, line_end + 1);
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::size_t NextMboxSeparator(std::string_view mbox, std::size_t from) {
  constexpr std::string_view kFrom = "\nFrom ";
  std::size_t newline = mbox.find(kFrom, from == 0 ? 0 : from - 1);
  while (newline != std::string_view::npos) {
    if (IsSeparatorAt(mbox, newline + 1)) return newline + 1;
    newline = mbox.find(kFrom, newline + 1);
  }
  return std::string_view::npos;
}

void ForEachMboxMessage(std::string_view mbox,
                        const std::function<void(std::size_t, std::size_t)>& message) {
  std::size_t begin = 0;
  while (begin < mbox.size()) {
    std::size_t end = NextMboxSeparator(mbox, begin + 1);
    if (end == std::string_view::npos) end = mbox.size();
    // Blank lines before the first "From " are not a message.
    if (!IsBlank(mbox.substr(begin, end - begin))) message(begin, end);
    begin = end;
  }
}

std::vector<std::pair<std::size_t, std::size_t>> SplitMbox(std::string_view mbox) {
  std::vector<std::pair<std::size_t, std::size_t>> messages;
  ForEachMboxMessage(
      mbox, [&](std::size_t begin, std::size_t end) { messages.emplace_back(begin, end); });
  return messages;
}

}  // namespace phishscan
