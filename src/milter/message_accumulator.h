// Rebuilds the raw message from the pieces libmilter hands over (header by
// header, then body chunks), never keeping more than the size limit. It also
// remembers what the end-of-message step needs: the first Subject, and which
// X-Phishscan-* headers the sender tried to slip in.
#ifndef PHISHSCAN_MILTER_MESSAGE_ACCUMULATOR_H_
#define PHISHSCAN_MILTER_MESSAGE_ACCUMULATOR_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace phishscan {

class MessageAccumulator {
 public:
  explicit MessageAccumulator(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  void AddHeader(std::string_view name, std::string_view value);
  void EndHeaders();
  void AddBody(std::string_view chunk);

  // The message as scanned: at most max_bytes, CRLF line ends in the header.
  const std::string& bytes() const { return bytes_; }
  std::string TakeBytes() { return std::move(bytes_); }
  // True when anything had to be left out.
  bool overflowed() const { return overflowed_; }

  // The first Subject's value as received (absent: no Subject header, or one
  // too long to rewrite safely).
  const std::optional<std::string>& subject() const { return subject_; }
  bool has_subject() const { return subject_seen_; }
  // Our own header names found in the message, with how often each occurred.
  const std::map<std::string, int>& planted_headers() const { return planted_headers_; }

 private:
  void Append(std::string_view piece);

  std::size_t max_bytes_;
  std::string bytes_;
  bool overflowed_ = false;
  bool subject_seen_ = false;
  std::optional<std::string> subject_;
  std::map<std::string, int> planted_headers_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MESSAGE_ACCUMULATOR_H_
