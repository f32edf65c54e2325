#include "parse/prepared_input.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "parse/parse_notes.h"

namespace phishscan {

namespace {

// How far a field name may be folded away from its colon.
constexpr std::size_t kMaxFoldedNameBytes = 1024;

// Where the header block of `text` (raw, LF or CRLF) ends.
struct HeaderBlockBounds {
  std::size_t header_end = 0;   // end of the last header line
  std::size_t body_begin = 0;   // after the blank line, or == header_end
  bool blank_line = false;      // a real blank line separates headers and body
};

std::string_view LineAt(std::string_view text, std::size_t pos, std::size_t* next) {
  std::size_t nl = text.find('\n', pos);
  *next = nl == std::string_view::npos ? text.size() : nl + 1;
  std::string_view line = text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
  while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// True when the field starting at `pos` is a header field. A name alone on
// its line ("From\n : <a@b>") is one too: folding may separate name and colon.
bool StartsHeaderField(std::string_view text, std::size_t pos, std::string_view line) {
  if (line.find(':') != std::string_view::npos) return IsHeaderFieldLine(line);
  std::string logical(line);
  std::size_t next = 0;
  LineAt(text, pos, &next);
  while (next < text.size() && logical.size() < kMaxFoldedNameBytes) {
    std::string_view more = LineAt(text, next, &next);
    if (more.empty() || !IsBlank(more.front())) break;
    logical.append(more.substr(0, kMaxFoldedNameBytes));
    if (more.find(':') != std::string_view::npos) break;
  }
  return IsHeaderFieldLine(logical);
}

HeaderBlockBounds FindHeaderBlock(std::string_view text) {
  HeaderBlockBounds bounds;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = 0;
    std::string_view line = LineAt(text, pos, &next);
    if (line.empty()) {
      bounds.header_end = pos;
      bounds.body_begin = next;
      bounds.blank_line = true;
      return bounds;
    }
    const bool continuation = pos > 0 && IsBlank(line[0]);
    if (!continuation && !StartsHeaderField(text, pos, line)) break;  // the body starts here
    pos = next;
  }
  bounds.header_end = pos;
  bounds.body_begin = pos;
  return bounds;
}

// Appends `in` to `out` with every CRLF turned into LF. Runs of CR before
// LF ("\r\r\n", from a message converted to CRLF twice) count as one line end.
// Writes into the array in place: a g_byte_array_append per line cost more
// than the copying itself.
void AppendLfOnly(std::string_view in, GByteArray* out) {
  const guint start = out->len;
  g_byte_array_set_size(out, static_cast<guint>(start + in.size()));  // the most it can take
  char* const begin = reinterpret_cast<char*>(out->data) + start;
  char* write = begin;
  while (!in.empty()) {
    const std::size_t cr = in.find('\r');
    if (cr == std::string_view::npos) {
      std::memcpy(write, in.data(), in.size());
      write += in.size();
      break;
    }
    std::size_t after = cr;
    while (after < in.size() && in[after] == '\r') ++after;
    const bool line_end = after < in.size() && in[after] == '\n';
    const std::size_t keep = line_end ? cr : after;  // a lone CR is text
    std::memcpy(write, in.data(), keep);
    write += keep;
    in.remove_prefix(after);
  }
  g_byte_array_set_size(out, static_cast<guint>(start + (write - begin)));
}

std::string_view StripMboxFromLine(std::string_view raw, Message& message) {
  if (raw.substr(0, 5) != "From ") return raw;
  message.had_mbox_from_line = true;
  std::size_t nl = raw.find('\n');
  return nl == std::string_view::npos ? std::string_view() : raw.substr(nl + 1);
}

// Files saved by editors and exporters may start with a byte order mark or
// blank lines before the first header; neither is part of the message.
std::string_view StripLeadingNoise(std::string_view raw) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  std::string_view rest = raw;
  while (!rest.empty() && (rest.front() == '\r' || rest.front() == '\n')) rest.remove_prefix(1);
  if (rest.size() == raw.size()) return raw;
  const std::size_t nl = rest.find('\n');
  std::string_view first = rest.substr(0, nl);
  while (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  return IsHeaderFieldLine(first) ? rest : raw;
}

}  // namespace

std::string_view PreparedInput::Text() const {
  return std::string_view(reinterpret_cast<const char*>(bytes->data), bytes->len);
}

bool IsHeaderFieldLine(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view name = line.substr(0, colon);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.empty()) return false;
  for (char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 33 || byte > 126) return false;
  }
  return true;
}

PreparedInput PrepareInput(std::string_view raw, const Limits& limits, Message& message) {
  // GByteArray lengths are 32-bit: even an "unlimited" setting stays below.
  const std::size_t max_bytes = std::min<std::size_t>(limits.max_message_bytes, 1u << 30);
  if (raw.size() > max_bytes) {
    raw = raw.substr(0, max_bytes);
    AddLimitHit(message, "max_message_bytes",
                "message cut at " + std::to_string(max_bytes) + " bytes");
  }
  raw = StripLeadingNoise(StripMboxFromLine(StripLeadingNoise(raw), message));
  const HeaderBlockBounds bounds = FindHeaderBlock(raw);

  PreparedInput input;
  input.bytes.reset(g_byte_array_sized_new(static_cast<guint>(raw.size() + 1)));
  AppendLfOnly(raw.substr(0, bounds.header_end), input.bytes.get());
  input.header_end = input.bytes->len;
  const bool body_without_separator = !bounds.blank_line && bounds.body_begin < raw.size();
  if (body_without_separator) {
    g_byte_array_append(input.bytes.get(), reinterpret_cast<const guint8*>("\n"), 1);
    AddNote(message, "no blank line between the header and the body");
  } else if (bounds.blank_line) {
    g_byte_array_append(input.bytes.get(), reinterpret_cast<const guint8*>("\n"), 1);
  }
  input.has_separator = bounds.blank_line || body_without_separator;
  input.body_begin = input.bytes->len;
  AppendLfOnly(raw.substr(bounds.body_begin), input.bytes.get());
  return input;
}

}  // namespace phishscan
