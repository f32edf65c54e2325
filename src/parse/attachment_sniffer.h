// What an attachment really is, from its bytes (libmagic) rather than from
// the type the sender declared, and whether later stages need its content.
#ifndef PHISHSCAN_PARSE_ATTACHMENT_SNIFFER_H_
#define PHISHSCAN_PARSE_ATTACHMENT_SNIFFER_H_

#include <string>
#include <string_view>

namespace phishscan {

// MIME type of `content` ("text/html", "application/pdf", ...) from its first
// bytes; "" when libmagic is unavailable. Thread-safe: each thread uses its
// own libmagic handle.
std::string SniffMimeType(std::string_view content);

// True for content later stages read: HTML/SVG/XHTML pages, PDF, text,
// attached messages and archives, whether the file name, the declared type
// or the sniffed type says so (a sender can lie in any one of them).
bool IsScannableAttachment(std::string_view filename, std::string_view declared_type,
                           std::string_view sniffed_type);

// True when the content is text to be read in a charset (HTML, SVG, plain
// text...), false for binary formats such as PDF and archives.
bool IsTextLikeAttachment(std::string_view filename, std::string_view declared_type,
                          std::string_view sniffed_type);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_ATTACHMENT_SNIFFER_H_
