// Hard bounds on everything an attacker controls. Hitting one never aborts a
// scan: the scan goes on with what it has and reports which limit was reached.
#ifndef PHISHSCAN_LIMITS_H_
#define PHISHSCAN_LIMITS_H_

#include <cstddef>

namespace phishscan {

struct Limits {
  std::size_t max_message_bytes = 32u << 20;     // bytes read from one message; the rest is ignored
  std::size_t max_header_count = 1000;           // header fields kept
  std::size_t max_header_bytes = 64u << 10;      // one header field's value
  std::size_t max_mime_depth = 20;               // nesting of multiparts and message/rfc822
  std::size_t max_mime_parts = 500;              // leaves visited
  std::size_t max_decoded_bytes = 64u << 20;     // total decoded part content (base64/qp bombs)
  std::size_t max_part_text_bytes = 2u << 20;    // text kept from one text part
  std::size_t max_html_nodes = 200000;           // HTML nodes visited per part
  std::size_t max_links = 2000;                  // links kept per message
  std::size_t max_text_bytes = 4u << 20;         // normalised text handed to phrase matching
  std::size_t max_attachment_scan_bytes = 4u << 20;  // bytes of one attachment inspected (HTML/PDF/text)
  unsigned phrase_match_budget_ms = 200;         // wall time allowed to the phrase matcher
};

}  // namespace phishscan

#endif  // PHISHSCAN_LIMITS_H_
