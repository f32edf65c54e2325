#include "parse/attachment_reader.h"

#include <string>

#include "base/text.h"
#include "parse/attachment_sniffer.h"
#include "parse/charset_conversion.h"
#include "parse/glib_ptr.h"
#include "parse/parse_notes.h"
#include "parse/sha256.h"
#include "parse/text_part_reader.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxFilenameBytes = 1024;

// Keeps the content later stages inspect; text-like content is converted to
// UTF-8 like body text.
void KeepContent(std::string head, bool cut, std::string_view charset, const Limits& limits,
                 Attachment& attachment, Message& message) {
  if (!IsScannableAttachment(attachment.filename, attachment.declared_type,
                             attachment.sniffed_type)) {
    return;
  }
  if (cut) {
    AddLimitHit(message, "max_attachment_scan_bytes",
                "only the first " + std::to_string(limits.max_attachment_scan_bytes) +
                    " bytes of an attachment were inspected");
  }
  if (IsTextLikeAttachment(attachment.filename, attachment.declared_type,
                           attachment.sniffed_type)) {
    // Conversion may grow the text (Latin-1 to UTF-8); keep the bound.
    attachment.content = ConvertToUtf8(head, charset).text;
    attachment.content.resize(
        Utf8Prefix(attachment.content, limits.max_attachment_scan_bytes).size());
  } else {
    attachment.content = std::move(head);
  }
}

bool IsAttachedMessage(const Attachment& attachment) {
  const std::string name = AsciiLower(attachment.filename);
  return attachment.declared_type == "message/rfc822" ||
         attachment.sniffed_type == "message/rfc822" ||
         (name.size() > 4 && name.compare(name.size() - 4, 4, ".eml") == 0);
}

}  // namespace

std::string PartFilename(GMimeObject* object) {
  const char* name = nullptr;
  if (GMIME_IS_PART(object)) {
    name = g_mime_part_get_filename(GMIME_PART(object));
  } else {
    name = g_mime_object_get_content_disposition_parameter(object, "filename");
    if (name == nullptr) name = g_mime_object_get_content_type_parameter(object, "name");
  }
  if (name == nullptr) return "";
  return RepairUtf8(Utf8Prefix(TrimWhitespace(name), kMaxFilenameBytes));
}

std::string MimeTypeOf(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (type == nullptr) return "";
  GCharPtr mime(g_mime_content_type_get_mime_type(type));
  return mime != nullptr ? RepairUtf8(AsciiLower(mime.get())) : "";
}

bool HasInlineDisposition(GMimeObject* object) {
  const char* disposition = g_mime_object_get_disposition(object);
  return disposition != nullptr && EqualsIgnoreCase(TrimWhitespace(disposition), "inline");
}

Attachment ReadAttachment(GMimePart* part, const Limits& limits, DecodeBudget& budget,
                          Message& message, std::string* embedded_message) {
  GMimeObject* object = GMIME_OBJECT(part);
  Attachment attachment;
  attachment.filename = PartFilename(object);
  attachment.declared_type = MimeTypeOf(object);
  attachment.inline_disposition = HasInlineDisposition(object);
  DecodedContent content = DecodePartContent(part, limits.max_attachment_scan_bytes,
                                             DecodeMode::kAllHashed, budget);
  if (content.budget_exhausted) {
    AddLimitHit(message, "max_decoded_bytes",
                "decoded content limit reached: an attachment was not fully read");
  }
  attachment.size = content.size;
  attachment.sha256 = content.sha256;
  attachment.sniffed_type = SniffMimeType(content.head);
  const bool cut = content.size > content.head.size();
  if (IsAttachedMessage(attachment)) *embedded_message = content.head;
  KeepContent(std::move(content.head), cut, DeclaredCharset(object), limits, attachment, message);
  return attachment;
}

Attachment ReadAttachedMessage(GMimeMessagePart* part, const Limits& limits, DecodeBudget& budget,
                               Message& message) {
  GMimeObject* object = GMIME_OBJECT(part);
  Attachment attachment;
  attachment.filename = PartFilename(object);
  attachment.declared_type = MimeTypeOf(object);
  attachment.inline_disposition = HasInlineDisposition(object);
  GMimeMessage* embedded = g_mime_message_part_get_message(part);
  if (embedded == nullptr) return attachment;
  if (budget.remaining() == 0) {
    AddLimitHit(message, "max_decoded_bytes",
                "decoded content limit reached: an attachment was not fully read");
    return attachment;
  }
  // The serialised message is no larger than its share of the (bounded) input.
  GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
  g_mime_object_write_to_stream(GMIME_OBJECT(embedded), nullptr, sink.get());
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
  const std::string_view serialised(reinterpret_cast<const char*>(bytes->data), bytes->len);
  budget.Spend(serialised.size());
  Sha256 hash;
  hash.Update(serialised);
  attachment.size = serialised.size();
  attachment.sha256 = hash.HexDigest();
  attachment.sniffed_type = SniffMimeType(serialised);
  const std::string_view head = serialised.substr(0, limits.max_attachment_scan_bytes);
  KeepContent(std::string(head), head.size() < serialised.size(), "", limits, attachment,
              message);
  return attachment;
}

}  // namespace phishscan
