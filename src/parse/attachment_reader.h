// Attachments (every leaf part that is not body text): name, declared and
// sniffed type, size and SHA-256 of the decoded bytes, and the first bytes of
// the kinds later stages inspect (HTML, PDF, text, attached messages...).
#ifndef PHISHSCAN_PARSE_ATTACHMENT_READER_H_
#define PHISHSCAN_PARSE_ATTACHMENT_READER_H_

#include <gmime/gmime.h>

#include "parse/message.h"
#include "parse/part_content.h"
#include "phishscan/limits.h"

namespace phishscan {

// The decoded file name (Content-Disposition filename or Content-Type name,
// RFC 2231/2047), "" when none.
std::string PartFilename(GMimeObject* object);

// "type/subtype" in lower case, "" when the object has no content type.
std::string MimeTypeOf(GMimeObject* object);

// True for Content-Disposition: inline.
bool HasInlineDisposition(GMimeObject* object);

// When the attachment is itself a message (an .eml file, or message/rfc822
// sent with a transfer encoding), its decoded bytes are left in
// `embedded_message` so the caller can read its text too.
Attachment ReadAttachment(GMimePart* part, const Limits& limits, DecodeBudget& budget,
                          Message& message, std::string* embedded_message);

// An attached message/rfc822 (GMime parsed it into a message; its text parts
// are read separately): recorded from its serialised form.
Attachment ReadAttachedMessage(GMimeMessagePart* part, const Limits& limits, DecodeBudget& budget,
                               Message& message);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_ATTACHMENT_READER_H_
