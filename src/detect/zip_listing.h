// The file names inside a ZIP archive, read from its headers without
// decompressing anything. Malware and phishing often arrive as an archive
// holding a script or a shortcut, to get past attachment filters.
#ifndef PHISHSCAN_DETECT_ZIP_LISTING_H_
#define PHISHSCAN_DETECT_ZIP_LISTING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// True when `bytes` starts like a ZIP archive ("PK\3\4").
bool LooksLikeZip(std::string_view bytes);

// Distinct entry names from the local and central directory headers found
// in `bytes` (which may be a truncated archive), at most `max_names`.
std::vector<std::string> ZipEntryNames(std::string_view bytes, std::size_t max_names = 200);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_ZIP_LISTING_H_
