#include "parse/utf8_repair.h"

#include <glib.h>

namespace phishscan {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}  // namespace

std::string RepairUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  while (!in.empty()) {
    const gchar* end = nullptr;
    // g_utf8_validate_len also stops at NUL, which we replace as well.
    if (g_utf8_validate_len(in.data(), in.size(), &end)) {
      out.append(in);
      break;
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
