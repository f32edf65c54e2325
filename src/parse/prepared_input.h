// The bytes the parser reads: the caller's message bounded in size, without
// its mbox "From " line (nor a leading byte order mark or blank lines before
// the headers), with LF line ends, and with a blank line inserted where a
// sender ran the body straight into the header block (GMime would otherwise
// drop those body lines as invalid headers). GMime is given them under the
// header block of gmime_header_view.h.
#ifndef PHISHSCAN_PARSE_PREPARED_INPUT_H_
#define PHISHSCAN_PARSE_PREPARED_INPUT_H_

#include <cstddef>
#include <string_view>

#include "parse/glib_ptr.h"
#include "parse/message.h"
#include "phishscan/limits.h"

namespace phishscan {

struct PreparedInput {
  ByteArrayPtr bytes;              // never null
  std::size_t header_end = 0;      // end of the header lines
  std::size_t body_begin = 0;      // first body byte (after the blank line)
  bool has_separator = false;      // a blank line (or an inserted one) ends the headers

  std::string_view Text() const;
  std::string_view HeaderBlock() const { return Text().substr(0, header_end); }
  std::string_view Body() const { return Text().substr(body_begin); }
};

// Never fails. Records the mbox line, the size cut and the repaired separator
// in `message` (flags, notes, limits_hit).
PreparedInput PrepareInput(std::string_view raw, const Limits& limits, Message& message);

// True for "Name: value" with a name of printable ASCII (RFC 5322 ftext),
// optionally followed by blanks before the colon.
bool IsHeaderFieldLine(std::string_view line);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_PREPARED_INPUT_H_
