#include "parse/attachment_sniffer.h"

#include <magic.h>

#include <array>

#include "base/text.h"

namespace phishscan {

namespace {

// libmagic only looks at the start of a file; do not hand it megabytes.
constexpr std::size_t kSniffBytes = 256u << 10;

// A magic_t is not thread-safe, so each thread loads its own on first use.
class MagicHandle {
 public:
  MagicHandle() : cookie_(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS)) {
    if (cookie_ != nullptr && magic_load(cookie_, nullptr) != 0) {
      magic_close(cookie_);
      cookie_ = nullptr;
    }
  }
  ~MagicHandle() {
    if (cookie_ != nullptr) magic_close(cookie_);
  }
  MagicHandle(const MagicHandle&) = delete;
  MagicHandle& operator=(const MagicHandle&) = delete;

  magic_t get() const { return cookie_; }

 private:
  magic_t cookie_;
};

std::string_view Extension(std::string_view filename) {
  const std::size_t dot = filename.rfind('.');
  if (dot == std::string_view::npos) return "";
  return filename.substr(dot + 1);
}

bool IsTextLikeExtension(std::string_view ext) {
  static constexpr std::array<std::string_view, 13> kText = {
      "html", "htm", "shtml", "shtm", "xhtml", "xht", "svg",
      "txt",  "text", "eml",  "mht",  "mhtml", "hta"};
  for (std::string_view known : kText) {
    if (ext == known) return true;
  }
  return false;
}

bool IsBinaryScannableExtension(std::string_view ext) {
  static constexpr std::array<std::string_view, 8> kBinary = {
      "pdf", "zip", "rar", "7z", "gz", "tgz", "tar", "iso"};
  for (std::string_view known : kBinary) {
    if (ext == known) return true;
  }
  return false;
}

bool IsTextLikeType(std::string_view type) {
  return type.substr(0, 5) == "text/" || type.ends_with("+xml") || type == "application/xml" ||
         type == "application/json" || type == "application/javascript" ||
         type == "message/rfc822" || type == "application/x-mimearchive";
}

// libmagic's answers that say nothing about the content's nature.
bool IsUninformative(std::string_view sniffed) {
  return sniffed.empty() || sniffed == "application/octet-stream" ||
         sniffed == "application/x-empty";
}

bool IsBinaryScannableType(std::string_view type) {
  static constexpr std::array<std::string_view, 11> kBinary = {
      "application/pdf",          "application/x-pdf",
      "application/zip",          "application/x-zip-compressed",
      "application/x-rar",        "application/vnd.rar",
      "application/x-rar-compressed", "application/x-7z-compressed",
      "application/gzip",         "application/x-gzip",
      "application/x-tar"};
  for (std::string_view known : kBinary) {
    if (type == known) return true;
  }
  return false;
}

}  // namespace

std::string SniffMimeType(std::string_view content) {
  thread_local MagicHandle handle;
  if (handle.get() == nullptr) return "";
  content = content.substr(0, kSniffBytes);
  const char* type = magic_buffer(handle.get(), content.data(), content.size());
  return type != nullptr ? AsciiLower(type) : "";
}

bool IsTextLikeAttachment(std::string_view filename, std::string_view declared_type,
                          std::string_view sniffed_type) {
  // The bytes outrank the labels: a PNG named "invoice.html" is not text.
  if (!IsUninformative(sniffed_type)) return IsTextLikeType(sniffed_type);
  return IsTextLikeType(declared_type) || IsTextLikeExtension(AsciiLower(Extension(filename)));
}

bool IsScannableAttachment(std::string_view filename, std::string_view declared_type,
                           std::string_view sniffed_type) {
  const std::string ext = AsciiLower(Extension(filename));
  return IsTextLikeAttachment(filename, declared_type, sniffed_type) ||
         IsBinaryScannableType(declared_type) || IsBinaryScannableType(sniffed_type) ||
         IsBinaryScannableExtension(ext);
}

}  // namespace phishscan
