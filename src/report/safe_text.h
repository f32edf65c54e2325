// Strings from a message are attacker-controlled. Before they leave the
// program they are made safe for where they go: JSON needs valid UTF-8, and a
// terminal must also not receive control characters (escape sequences could
// rewrite the screen) or bidi overrides (they could reverse what is shown).
#ifndef PHISHSCAN_REPORT_SAFE_TEXT_H_
#define PHISHSCAN_REPORT_SAFE_TEXT_H_

#include <string>
#include <string_view>

namespace phishscan {

// Copies `s`, replacing each invalid UTF-8 sequence with U+FFFD.
std::string ValidUtf8(std::string_view s);

// ValidUtf8, then tab/CR/LF become spaces and other C0/C1 controls, DEL and
// bidi embedding/override/isolate characters become U+FFFD: one safe line.
std::string PrintableLine(std::string_view s);

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_SAFE_TEXT_H_
