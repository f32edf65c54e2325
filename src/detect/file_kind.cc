#include "detect/file_kind.h"

#include <algorithm>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::string_view kWebPageExtensions[] = {"htm", "html", "shtml", "xhtml", "svg", "mht", "mhtml"};
constexpr std::string_view kExecutableExtensions[] = {
    "exe", "scr", "js",  "jse", "vbs", "vbe", "hta", "iso", "img", "lnk", "one", "wsf", "wsh",
    "jar", "bat", "cmd", "ps1", "msi", "pif", "cpl", "reg", "vhd", "vhdx", "xll", "chm", "appx"};
constexpr std::string_view kDocumentExtensions[] = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
                                                    "ods", "rtf", "txt", "csv", "jpg", "jpeg", "png", "gif"};
constexpr std::string_view kExecutableTypes[] = {
    "application/x-dosexec",     "application/x-msdownload", "application/x-executable",
    "application/x-sharedlib",   "application/vnd.microsoft.portable-executable",
    "application/x-mach-binary", "application/java-archive", "application/x-msi",
    "application/x-ms-shortcut", "application/x-iso9660-image"};

template <std::size_t N>
bool OneOf(std::string_view value, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), value) != std::end(set);
}

}  // namespace

std::string ExtensionOf(std::string_view filename, std::string* inner) {
  std::string name = AsciiLower(TrimWhitespace(filename));
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
  std::size_t dot = name.rfind('.');
  if (inner != nullptr) inner->clear();
  if (dot == std::string::npos) return "";
  if (inner != nullptr) {
    std::string_view stem = TrimWhitespace(std::string_view(name).substr(0, dot));
    std::size_t inner_dot = stem.rfind('.');
    if (inner_dot != std::string_view::npos) *inner = std::string(stem.substr(inner_dot + 1));
  }
  return name.substr(dot + 1);
}

bool IsWebPageExtension(std::string_view ext) { return OneOf(ext, kWebPageExtensions); }
bool IsExecutableExtension(std::string_view ext) { return OneOf(ext, kExecutableExtensions); }
bool IsDocumentExtension(std::string_view ext) { return OneOf(ext, kDocumentExtensions); }

bool IsWebPageType(std::string_view mime_type) { return mime_type == "text/html" || mime_type == "image/svg+xml"; }
bool IsExecutableType(std::string_view mime_type) { return OneOf(mime_type, kExecutableTypes); }

bool IsDocumentType(std::string_view mime_type) {
  return mime_type == "application/pdf" || mime_type == "application/msword" ||
         mime_type.rfind("application/vnd.", 0) == 0 || mime_type.rfind("image/", 0) == 0;
}

bool IsWebPageAttachment(const Attachment& a) {
  return IsWebPageExtension(ExtensionOf(a.filename)) || IsWebPageType(a.declared_type) ||
         IsWebPageType(a.sniffed_type);
}

bool IsRiskyAttachment(const Attachment& a) {
  return IsWebPageAttachment(a) || IsExecutableExtension(ExtensionOf(a.filename)) ||
         IsExecutableType(a.sniffed_type);
}

}  // namespace phishscan
