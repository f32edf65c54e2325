#include "parse/header_fields.h"

#include "base/text.h"
#include "parse/glib_ptr.h"
#include "parse/parse_notes.h"
#include "parse/printable_ascii.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

// How much of a logical line may precede the colon (names can be folded).
constexpr std::size_t kMaxNameBytes = 1024;

// One field being assembled from its first line and continuation lines.
struct PendingField {
  std::string line;  // the unfolded logical line, name and value
  bool cut = false;
};

void AppendBounded(std::string_view text, std::size_t max_bytes, PendingField& field) {
  if (field.line.size() + text.size() > max_bytes) {
    text = text.substr(0, max_bytes - std::min(max_bytes, field.line.size()));
    field.cut = true;
  }
  field.line.append(text);
}

// Printable ASCII without an encoded word ("=?") is what GMime's decoder
// returns unchanged (it only trims, and `raw` is trimmed): nearly every field
// of real mail, and the decoder's copy and tokenising are a tenth of parsing.
bool NeedsNoDecoding(std::string_view raw) {
  if (raw.find("=?") != std::string_view::npos) return false;
  return IsPrintableAsciiText(raw) && TrimWhitespace(raw).size() == raw.size();
}

void Finish(PendingField& field, GMimeParserOptions* options, const Limits& limits,
            Message& message, std::vector<std::string>& raw_values) {
  const std::size_t colon = field.line.find(':');
  if (colon == std::string::npos) return;  // PrepareInput lets none through
  std::string_view value = TrimWhitespace(std::string_view(field.line).substr(colon + 1));
  if (field.cut || value.size() > limits.max_header_bytes) {
    value = value.substr(0, limits.max_header_bytes);
    AddLimitHit(message, "max_header_bytes",
                "header field cut at " + std::to_string(limits.max_header_bytes) + " bytes");
  }
  HeaderField out;
  const std::string_view raw = TrimWhitespace(value);
  out.name = RepairUtf8(TrimWhitespace(std::string_view(field.line).substr(0, colon)));
  if (NeedsNoDecoding(raw)) {  // printable ASCII: already valid UTF-8, and its own decoding
    out.value = std::string(raw);
    out.raw = out.value;
  } else {
    out.value = DecodeHeaderText(options, raw);
    out.raw = RepairUtf8(raw);
  }
  // Only values the repair changed need a copy of their own.
  raw_values.emplace_back(out.raw == raw ? std::string_view() : raw);
  message.headers.push_back(std::move(out));
}

}  // namespace

std::string DecodeHeaderText(GMimeParserOptions* options, std::string_view raw) {
  if (NeedsNoDecoding(raw)) return std::string(raw);
  const std::string terminated(raw);
  GCharPtr decoded(g_mime_utils_header_decode_text(options, terminated.c_str()));
  if (decoded == nullptr) return RepairUtf8(raw);
  return RepairUtf8(TrimWhitespace(decoded.get()));
}

std::vector<std::string> ReadHeaderFields(std::string_view block, GMimeParserOptions* options,
                                          const Limits& limits, Message& message) {
  std::vector<std::string> raw_values;
  PendingField field;
  bool open = false;
  const std::size_t max_line_bytes = limits.max_header_bytes + kMaxNameBytes;
  while (!block.empty()) {
    std::size_t nl = block.find('\n');
    std::string_view line = block.substr(0, nl);
    block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
    if (open && !line.empty() && (line.front() == ' ' || line.front() == '\t')) {
      AppendBounded(line, max_line_bytes, field);  // unfolding keeps the blank
      continue;
    }
    if (open) Finish(field, options, limits, message, raw_values);
    open = false;
    if (line.empty()) continue;
    if (message.headers.size() >= limits.max_header_count) {
      AddLimitHit(message, "max_header_count",
                  "only the first " + std::to_string(limits.max_header_count) +
                      " header fields were read");
      return raw_values;
    }
    field.line.clear();  // keeps the buffer for the next field
    field.cut = false;
    AppendBounded(line, max_line_bytes, field);
    open = true;
  }
  if (open) Finish(field, options, limits, message, raw_values);
  return raw_values;
}

}  // namespace phishscan
