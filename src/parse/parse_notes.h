// How the parser reports what it could not read or had to cut: short English
// notes (shown to users in the report) and the names of the Limits reached.
#ifndef PHISHSCAN_PARSE_PARSE_NOTES_H_
#define PHISHSCAN_PARSE_PARSE_NOTES_H_

#include <string>
#include <string_view>

#include "parse/message.h"

namespace phishscan {

// Appends `note` unless it is already there. A hostile message can trigger
// the same problem thousands of times, so the list is capped.
void AddNote(Message& message, std::string note);

// Records that the Limits field `limit_name` was reached, with a note.
void AddLimitHit(Message& message, std::string_view limit_name, std::string note);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_PARSE_NOTES_H_
