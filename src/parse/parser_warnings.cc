#include "parse/parser_warnings.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/text.h"
#include "parse/parse_notes.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxWarnings = 32;

// The English note for a GMime warning; `subject` is the header name when
// GMime gives one.
std::string Describe(GMimeParserWarning code, const std::string& subject) {
  const std::string field = subject.empty() ? "" : " " + subject;
  switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER: return "header field repeated:" + field;
    case GMIME_WARN_DUPLICATED_PARAMETER: return "header parameter repeated";
    case GMIME_WARN_UNENCODED_8BIT_HEADER: return "unencoded 8-bit text in header" + field;
    case GMIME_WARN_INVALID_CONTENT_TYPE: return "invalid Content-Type";
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return "invalid RFC 2047 encoded word";
    case GMIME_WARN_MALFORMED_MULTIPART: return "malformed multipart";
    case GMIME_WARN_TRUNCATED_MESSAGE:
      return "message or part ends early (missing closing boundary or body)";
    case GMIME_WARN_MALFORMED_MESSAGE: return "malformed message";
    case GMIME_CRIT_INVALID_HEADER_NAME: return "invalid header line ignored by the MIME parser";
    case GMIME_CRIT_CONFLICTING_HEADER: return "conflicting header fields:" + field;
    case GMIME_CRIT_CONFLICTING_PARAMETER: return "conflicting header parameters";
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "multipart without a boundary";
    case GMIME_WARN_INVALID_PARAMETER: return "invalid header parameter";
    case GMIME_WARN_INVALID_ADDRESS_LIST: return "invalid address list";
    case GMIME_CRIT_NESTING_OVERFLOW: return "MIME nesting too deep for the MIME parser";
    case GMIME_WARN_PART_WITHOUT_CONTENT: return "MIME part without content";
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "MIME part without headers or content";
  }
  return "MIME parser warning " + std::to_string(static_cast<int>(code));
}

bool ItemIsHeaderName(GMimeParserWarning code) {
  return code == GMIME_WARN_DUPLICATED_HEADER || code == GMIME_WARN_UNENCODED_8BIT_HEADER ||
         code == GMIME_CRIT_CONFLICTING_HEADER;
}

// Repeated fields worth telling a reader about: a second From or
// Content-Type changes what a mail client shows. Repeats of trace or
// mbox fields (Content-Length, Status...) are routine and left out.
bool IsSignificantRepeat(std::string_view name) {
  static constexpr std::array<std::string_view, 11> kSignificant = {
      "from", "sender", "reply-to", "to", "cc", "subject", "date", "message-id",
      "content-type", "content-transfer-encoding", "content-disposition"};
  const std::string lower = AsciiLower(TrimWhitespace(name));
  return std::find(kSignificant.begin(), kSignificant.end(), lower) != kSignificant.end();
}

}  // namespace

void ParserWarnings::Install(GMimeParserOptions* options) {
  g_mime_parser_options_set_warning_callback(options, &ParserWarnings::OnWarning, this);
}

void ParserWarnings::OnWarning(gint64 offset, GMimeParserWarning code, const gchar* item,
                               gpointer self) {
  try {
    static_cast<ParserWarnings*>(self)->Add(code, item);
  } catch (...) {  // nothing may unwind through GMime's C frames
  }
}

void ParserWarnings::Add(GMimeParserWarning code, const gchar* item) {
  if (notes_.size() >= kMaxWarnings) return;
  const bool repeat = code == GMIME_WARN_DUPLICATED_HEADER || code == GMIME_CRIT_CONFLICTING_HEADER;
  if (repeat && (item == nullptr || !IsSignificantRepeat(item))) return;
  std::string subject;
  if (item != nullptr && ItemIsHeaderName(code)) {
    subject = Ellipsize(RepairUtf8(TrimWhitespace(item)), 64);
  }
  std::string note = Describe(code, subject);
  if (std::find(notes_.begin(), notes_.end(), note) == notes_.end()) {
    notes_.push_back(std::move(note));
  }
}

void ParserWarnings::AppendNotes(Message& message) const {
  for (const std::string& note : notes_) AddNote(message, note);
}

}  // namespace phishscan
