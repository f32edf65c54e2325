// GMime reports what it had to work around (missing boundaries, 8-bit
// headers, conflicting Content-Type...) through a callback; this collects
// those reports as notes for one message.
#ifndef PHISHSCAN_PARSE_PARSER_WARNINGS_H_
#define PHISHSCAN_PARSE_PARSER_WARNINGS_H_

#include <gmime/gmime.h>

#include <string>
#include <vector>

#include "parse/message.h"

namespace phishscan {

class ParserWarnings {
 public:
  ParserWarnings() = default;
  ParserWarnings(const ParserWarnings&) = delete;
  ParserWarnings& operator=(const ParserWarnings&) = delete;

  // Routes the warnings of every parse using `options` to this object, which
  // must outlive those parses.
  void Install(GMimeParserOptions* options);

  // Appends the distinct warnings seen so far to message.notes.
  void AppendNotes(Message& message) const;

 private:
  static void OnWarning(gint64 offset, GMimeParserWarning code, const gchar* item,
                        gpointer self);
  void Add(GMimeParserWarning code, const gchar* item);

  std::vector<std::string> notes_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_PARSER_WARNINGS_H_
