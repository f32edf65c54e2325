#include "extract/confusables.h"

#include <unicode/uspoof.h>

#include <cstdint>
#include <string>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxInputBytes = 1024;

// Configured once, then only used through const functions. Never closed:
// other threads may still be scanning while static destructors run.
const USpoofChecker* SharedChecker() {
  static const USpoofChecker* const checker = []() -> const USpoofChecker* {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    if (U_FAILURE(status)) return nullptr;
    uspoof_setRestrictionLevel(sc, USPOOF_MODERATELY_RESTRICTIVE);
    uspoof_setChecks(sc,
                     USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS |
                         USPOOF_HIDDEN_OVERLAY,
                     &status);
    if (U_FAILURE(status)) {
      uspoof_close(sc);
      return nullptr;
    }
    return sc;
  }();
  return checker;
}

}  // namespace

std::string ConfusableSkeleton(std::string_view utf8) {
  const USpoofChecker* sc = SharedChecker();
  if (sc == nullptr || utf8.empty() || utf8.size() > kMaxInputBytes) return std::string(utf8);
  const auto length = static_cast<int32_t>(utf8.size());
  // Skeletons rarely grow by more than a few bytes per character.
  std::string skeleton(utf8.size() * 3 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = uspoof_getSkeletonUTF8(sc, 0, utf8.data(), length, skeleton.data(),
                                          static_cast<int32_t>(skeleton.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    skeleton.assign(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    needed = uspoof_getSkeletonUTF8(sc, 0, utf8.data(), length, skeleton.data(), needed, &status);
  }
  if (U_FAILURE(status)) return std::string(utf8);
  skeleton.resize(static_cast<std::size_t>(needed));
  return skeleton;
}

// Judged one label at a time: a name written in one script under a Latin
// top-level domain ("ελληνικά.gr", "пример.com") is how such names are
// registered; the spoof is a label that mixes scripts or copies ASCII.
static bool IsConfusableLabel(const USpoofChecker* sc, std::string_view label) {
  if (IsAscii(label)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t failed =
      uspoof_check2UTF8(sc, label.data(), static_cast<int32_t>(label.size()), nullptr, &status);
  if (U_FAILURE(status)) return false;
  if (failed != 0) return true;
  // Single-script but every character is an ASCII lookalike.
  return IsAscii(ConfusableSkeleton(label));
}

bool IsConfusableHost(std::string_view host_unicode) {
  if (IsAscii(host_unicode) || host_unicode.size() > kMaxInputBytes) return false;
  const USpoofChecker* sc = SharedChecker();
  if (sc == nullptr) return false;
  while (!host_unicode.empty()) {
    const std::size_t dot = host_unicode.find('.');
    if (IsConfusableLabel(sc, host_unicode.substr(0, dot))) return true;
    if (dot == std::string_view::npos) break;
    host_unicode.remove_prefix(dot + 1);
  }
  return false;
}

}  // namespace phishscan
