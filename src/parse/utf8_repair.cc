#include "parse/utf8_repair.h"

#include <glib.h>

#include <cstdint>
#include <cstring>

namespace phishscan {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the leading run of ASCII bytes other than NUL: text that is
// valid as it is. Most header and body text is ASCII, and eight bytes at a
// time cost less than GLib's validation of one character after another.
std::size_t PlainAsciiPrefix(std::string_view in) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHighBits = 0x8080808080808080;
  std::size_t i = 0;
  for (; i + 8 <= in.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, in.data() + i, sizeof word);
    // A byte of 0x80 or more, or a zero byte ((word - kOnes) & ~word sets
    // the high bit of a zero byte): the exact place is found below.
    if (((word | ((word - kOnes) & ~word)) & kHighBits) != 0) break;
  }
  while (i < in.size() && in[i] != '\0' && static_cast<unsigned char>(in[i]) < 0x80) ++i;
  return i;
}

// The length of the leading run of bytes of 0x80 or more. Text is checked as
// ASCII runs and such runs, each run handed to GLib alone: no ASCII byte can
// continue a sequence, so a run is valid exactly when the characters in it
// would be valid in the whole text, and GLib stops where it would have.
std::size_t HighByteRun(std::string_view in) {
  std::size_t i = 0;
  while (i < in.size() && static_cast<unsigned char>(in[i]) >= 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view in) {
  while (!(in = in.substr(PlainAsciiPrefix(in))).empty()) {
    const std::size_t run = HighByteRun(in);
    if (run == 0) return false;  // a NUL
    if (!g_utf8_validate_len(in.data(), run, nullptr)) return false;
    in.remove_prefix(run);
  }
  return true;
}

std::string RepairUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  while (!in.empty()) {
    const std::size_t ascii = PlainAsciiPrefix(in);
    out.append(in.substr(0, ascii));
    in.remove_prefix(ascii);
    if (in.empty()) break;
    const std::size_t run = HighByteRun(in);
    if (run == 0) {  // a NUL
      out.append(kReplacement);
      in.remove_prefix(1);
      continue;
    }
    const gchar* end = nullptr;
    if (g_utf8_validate_len(in.data(), run, &end)) {
      out.append(in.substr(0, run));
      in.remove_prefix(run);
      continue;
    }
    const std::size_t valid = static_cast<std::size_t>(end - in.data());
    out.append(in.substr(0, valid));
    out.append(kReplacement);
    in.remove_prefix(valid + 1);
  }
  return out;
}

std::string_view Utf8Prefix(std::string_view in, std::size_t max_bytes) {
  if (in.size() <= max_bytes) return in;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(in[cut]) & 0xC0) == 0x80) --cut;
  return in.substr(0, cut);
}

std::string UnixNewlines(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  while (!in.empty()) {  // copies the runs between CRs whole
    const std::size_t cr = in.find('\r');
    out.append(in.substr(0, cr));
    if (cr == std::string_view::npos) break;
    if (cr + 1 >= in.size() || in[cr + 1] != '\n') out.push_back('\n');
    in.remove_prefix(cr + 1);
  }
  return out;
}

}  // namespace phishscan
