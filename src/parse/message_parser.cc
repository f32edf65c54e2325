// ParseMessage: our own reading of the header block (order, duplicates and
// raw bytes matter for detection), GMime for the MIME structure (the
// top-level part: a GMimeMessage would parse and decode the address, subject
// and date fields a second time), and a plain text reading of the body
// whenever GMime cannot make sense of it.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "parse/glib_ptr.h"
#include "parse/gmime_init.h"
#include "parse/forwarded_originals.h"
#include "parse/gmime_header_view.h"
#include "parse/header_fields.h"
#include "parse/message.h"
#include "parse/message_fields.h"
#include "parse/mime_walker.h"
#include "parse/parse_notes.h"
#include "parse/parser_warnings.h"
#include "parse/part_content.h"
#include "parse/prepared_input.h"
#include "parse/text_part_reader.h"

namespace phishscan {

namespace {

void ReadBodyAsPlainText(std::string_view body, const Limits& limits, DecodeBudget& budget,
                         Message& message) {
  AddNote(message, "the body could not be parsed as MIME: it was read as plain text");
  const std::size_t keep = std::min({body.size(), limits.max_part_text_bytes, budget.remaining()});
  budget.Spend(keep);
  message.text_parts.push_back(
      MakeTextPart(body.substr(0, keep), "", false, 0, keep < body.size(), limits, message));
}

// GMime is given the body under HeaderBlockForGMime's header block: it is
// asked for the MIME structure only (a part, not a message), ReadHeaderFields
// and ReadMessageFields having read the header fields.
ByteArrayPtr BytesForGMime(const PreparedInput& input) {
  const std::string headers = HeaderBlockForGMime(input.HeaderBlock());
  const std::string_view rest = input.Text().substr(input.header_end);
  ByteArrayPtr bytes(g_byte_array_sized_new(static_cast<guint>(headers.size() + rest.size())));
  g_byte_array_append(bytes.get(), reinterpret_cast<const guint8*>(headers.data()), static_cast<guint>(headers.size()));
  g_byte_array_append(bytes.get(), reinterpret_cast<const guint8*>(rest.data()), static_cast<guint>(rest.size()));
  return bytes;
}

// `options` must outlive every GMime object made here (GMime headers keep
// it); the stream reads `bytes` in place.
void ReadBody(const PreparedInput& input, GMimeParserOptions* options, const Limits& limits,
              Message& message) {
  DecodeBudget budget(limits.max_decoded_bytes);
  const ByteArrayPtr bytes = BytesForGMime(input);
  GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_byte_array(bytes.get()));
  g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);
  GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GObjectPtr<GMimeObject> parsed(g_mime_parser_construct_part(parser.get(), options));
  GMimeObject* body = parsed.get();
  if (body == nullptr) {
    ReadBodyAsPlainText(input.Body(), limits, budget, message);
    return;
  }
  WalkMimeTree(body, options, limits, budget, message);
}

void ReadMessage(std::string_view raw, const Limits& limits, Message& message) {
  PreparedInput input = PrepareInput(raw, limits, message);
  if (TrimWhitespace(input.Text()).empty()) {
    AddNote(message, "empty input");
    message.headers_only = true;
    return;
  }
  ParserWarnings warnings;
  ParserOptionsPtr options = NewPermissiveParserOptions();
  warnings.Install(options.get());
  const std::vector<std::string> raw_values =
      ReadHeaderFields(input.HeaderBlock(), options.get(), limits, message);
  ReadMessageFields(raw_values, options.get(), message);
  if (message.headers.empty()) AddNote(message, "no header fields");
  message.headers_only = !input.has_separator || TrimWhitespace(input.Body()).empty();
  if (message.headers_only) {
    AddNote(message, "the message has no body");
  } else {
    ReadBody(input, options.get(), limits, message);
    ReadInlineForwardedOriginals(message);
  }
  warnings.AppendNotes(message);
}

}  // namespace

Message ParseMessage(std::string_view raw, const Limits& limits) {
  Message message;
  try {
    ReadMessage(raw, limits, message);
  } catch (const std::exception& error) {  // out of memory: keep what was read
    message.notes.push_back(std::string("parsing stopped: ") + error.what());
  }
  return message;
}

}  // namespace phishscan
