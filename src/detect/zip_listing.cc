#include "detect/zip_listing.h"

#include <algorithm>
#include <cstdint>

namespace phishscan {
namespace {

constexpr std::string_view kLocalHeader("PK\x03\x04", 4);
constexpr std::string_view kCentralHeader("PK\x01\x02", 4);
constexpr std::size_t kLocalNameOffset = 30;    // fixed part of a local file header
constexpr std::size_t kLocalNameLength = 26;
constexpr std::size_t kCentralNameOffset = 46;  // fixed part of a central directory header
constexpr std::size_t kCentralNameLength = 28;
constexpr std::size_t kMaxNameBytes = 512;

std::uint16_t ReadLe16(std::string_view bytes, std::size_t pos) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[pos]) |
                                    (static_cast<unsigned char>(bytes[pos + 1]) << 8));
}

// Names are printable text; anything else means the signature bytes were a
// coincidence inside compressed data.
bool IsPlausibleName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  return std::none_of(name.begin(), name.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
}

void CollectNames(std::string_view bytes, std::string_view signature, std::size_t length_at,
                  std::size_t name_at, std::size_t max_names, std::vector<std::string>& names) {
  for (std::size_t pos = bytes.find(signature); pos != std::string_view::npos && names.size() < max_names;
       pos = bytes.find(signature, pos + 1)) {
    if (pos + name_at > bytes.size()) break;
    std::size_t length = ReadLe16(bytes, pos + length_at);
    if (pos + name_at + length > bytes.size()) continue;
    std::string_view name = bytes.substr(pos + name_at, length);
    if (!IsPlausibleName(name)) continue;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
  }
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.substr(0, kLocalHeader.size()) == kLocalHeader; }

std::vector<std::string> ZipEntryNames(std::string_view bytes, std::size_t max_names) {
  std::vector<std::string> names;
  CollectNames(bytes, kCentralHeader, kCentralNameLength, kCentralNameOffset, max_names, names);
  CollectNames(bytes, kLocalHeader, kLocalNameLength, kLocalNameOffset, max_names, names);
  return names;
}

}  // namespace phishscan
