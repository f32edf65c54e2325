// Decoding one leaf part's content (base64, quoted-printable, uuencode) in
// fixed-size chunks, so a huge or bomb-like part never has to fit in memory:
// only the first bytes are kept, the rest is counted and hashed.
#ifndef PHISHSCAN_PARSE_PART_CONTENT_H_
#define PHISHSCAN_PARSE_PART_CONTENT_H_

#include <gmime/gmime.h>

#include <cstddef>
#include <string>

namespace phishscan {

// Decoded bytes still allowed for the rest of one message
// (Limits::max_decoded_bytes).
class DecodeBudget {
 public:
  explicit DecodeBudget(std::size_t total) : remaining_(total) {}
  std::size_t remaining() const { return remaining_; }
  void Spend(std::size_t bytes) { remaining_ -= bytes < remaining_ ? bytes : remaining_; }

 private:
  std::size_t remaining_;
};

struct DecodedContent {
  std::string head;              // the first `keep_bytes` decoded bytes
  std::size_t size = 0;          // decoded bytes read
  std::string sha256;            // hex, only when hashing was asked and `complete`
  bool complete = false;         // every byte of the content was decoded
  bool budget_exhausted = false; // stopped by the DecodeBudget
};

enum class DecodeMode {
  kHead,        // stop once `keep_bytes` are kept
  kAllHashed,   // read to the end (within the budget), counting and hashing
};

DecodedContent DecodePartContent(GMimePart* part, std::size_t keep_bytes, DecodeMode mode,
                                 DecodeBudget& budget);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_PART_CONTENT_H_
