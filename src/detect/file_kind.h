// What an attached file's name and types say it is: a web page (HTML, SVG),
// something that runs code when opened (exe, js, lnk, iso...), or an
// ordinary document or picture. Shared by the attachment and fraud detectors.
#ifndef PHISHSCAN_DETECT_FILE_KIND_H_
#define PHISHSCAN_DETECT_FILE_KIND_H_

#include <string>
#include <string_view>

#include "parse/message.h"

namespace phishscan {

// The last extension of a file name, lower case, trailing spaces and dots
// ignored ("Invoice.PDF  " -> "pdf"); `inner` receives the one before it
// ("scan.pdf.exe" -> "exe", inner "pdf").
std::string ExtensionOf(std::string_view filename, std::string* inner = nullptr);

bool IsWebPageExtension(std::string_view ext);   // htm, html, shtml, xhtml, svg, mht...
bool IsExecutableExtension(std::string_view ext);  // exe, scr, js, vbs, hta, iso, lnk, one...
bool IsDocumentExtension(std::string_view ext);    // pdf, doc(x), xls(x), txt, jpg...

bool IsWebPageType(std::string_view mime_type);     // text/html, image/svg+xml
bool IsExecutableType(std::string_view mime_type);  // application/x-dosexec, ...
bool IsDocumentType(std::string_view mime_type);    // application/pdf, office, images

// A web page by name, declared type or content.
bool IsWebPageAttachment(const Attachment& a);
// A web page or a program: the classic phishing and malware attachments.
bool IsRiskyAttachment(const Attachment& a);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_FILE_KIND_H_
