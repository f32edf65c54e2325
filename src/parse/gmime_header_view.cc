#include "parse/gmime_header_view.h"

#include <array>
#include <functional>
#include <vector>

#include "base/text.h"
#include "parse/printable_ascii.h"

namespace phishscan {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The names GMime's parser and parts read a value from: every Content-
// field, and MIME-Version.
bool GMimeReadsValue(std::string_view name) {
  if (name.size() >= 8 && EqualsIgnoreCase(name.substr(0, 8), "content-")) return true;
  return EqualsIgnoreCase(name, "mime-version");
}

// The fields RFC 5322 allows once: GMime compares the raw text of a repeat
// with the first one's (a duplicate or a conflict) and reads nothing else
// from them, as it is asked for a MIME part, not a message.
bool GMimeComparesValue(std::string_view name) {
  static constexpr std::array<std::string_view, 11> kCompared = {
      "bcc", "cc", "date", "from", "in-reply-to", "message-id", "references", "reply-to", "sender", "subject", "to"};
  for (std::string_view known : kCompared)
    if (EqualsIgnoreCase(name, known)) return true;
  return false;
}

// Text GMime can warn about nothing in but its encoded words ("=?"), which
// ReadHeaderFields has already decoded with the same parser options, so
// that GMime's warnings about them would only repeat the same notes.
bool IsInertText(std::string_view text) { return IsPrintableAsciiText(text); }

// The name of the field made of `lines` (first line, then continuation
// lines) when its text is inert: nothing in it GMime could decode or warn
// about. Empty otherwise, or when the name is folded away from its colon.
std::string_view InertFieldName(const std::vector<std::string_view>& lines) {
  const std::size_t colon = lines[0].find(':');
  if (colon == std::string_view::npos || !IsInertText(lines[0].substr(colon + 1))) return {};
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (!IsInertText(lines[i]) || TrimWhitespace(lines[i]).empty()) return {};
  }
  std::string_view name = lines[0].substr(0, colon);
  while (!name.empty() && IsBlank(name.back())) name.remove_suffix(1);
  return name;
}

// A name any MIME parser takes for one: letters, digits and hyphens.
bool IsPlainName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

void AppendWhole(const std::vector<std::string_view>& lines, std::string& out) {
  for (std::string_view line : lines) {
    out.append(line);
    out.push_back('\n');
  }
}

// The field on one line, its text replaced by a digest of all of it (blanks
// and line breaks included): two fields get the same text exactly when they
// had the same, which is all GMime compares.
void AppendDigest(const std::vector<std::string_view>& lines, std::string& out) {
  const std::size_t colon = lines[0].find(':');
  std::string text(lines[0].substr(colon + 1));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    text.push_back('\n');
    text.append(lines[i]);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t hash = std::hash<std::string>{}(text);
  out.append(lines[0].substr(0, colon + 1));
  out.append(" x");
  for (int i = 0; i < 16; ++i, hash >>= 4) out.push_back(kHex[hash & 0xf]);
  out.push_back('\n');
}

// Appends the field made of `lines` as GMime is to see it: whole, with its
// text replaced by a digest, without its text, or (after the first field)
// not at all.
void AppendField(const std::vector<std::string_view>& lines, bool first_field, std::string& out) {
  const std::string_view name = InertFieldName(lines);
  if (name.empty() || GMimeReadsValue(name)) return AppendWhole(lines, out);
  if (GMimeComparesValue(name)) return AppendDigest(lines, out);
  const std::size_t colon = lines[0].find(':');
  if (!first_field && IsPlainName(lines[0].substr(0, colon))) return;
  out.append(lines[0].substr(0, colon + 1));
  if (!TrimWhitespace(lines[0].substr(colon + 1)).empty()) out.append(" x");
  out.push_back('\n');
  for (std::size_t i = 1; i < lines.size(); ++i) {
    out.push_back(lines[i][0]);  // the blank that makes it a continuation line
    out.append("x\n");
  }
}

}  // namespace

std::string HeaderBlockForGMime(std::string_view block) {
  const bool ends_with_newline = !block.empty() && block.back() == '\n';
  std::string out;
  out.reserve(block.size());
  std::vector<std::string_view> field;
  std::size_t fields = 0;
  while (!block.empty()) {
    const std::size_t nl = block.find('\n');
    const std::string_view line = block.substr(0, nl);
    block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
    if (!field.empty() && !line.empty() && IsBlank(line.front())) {
      field.push_back(line);
      continue;
    }
    if (!field.empty()) AppendField(field, fields++ == 0, out);
    field.clear();
    if (line.empty()) {
      out.push_back('\n');
      continue;
    }
    field.push_back(line);
  }
  const std::size_t before_last = out.size();
  if (!field.empty()) AppendField(field, fields++ == 0, out);
  // AppendField ended the block's last line, which had no newline.
  if (!ends_with_newline && out.size() > before_last) out.pop_back();
  return out;
}

}  // namespace phishscan
