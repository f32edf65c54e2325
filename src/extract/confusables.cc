#include "extract/confusables.h"

#include <unicode/uspoof.h>

#include <array>
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

std::string IcuSkeleton(const USpoofChecker* sc, std::string_view utf8) {
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

// The skeleton of each ASCII character, as ICU gives it, or "" when it is
// not ASCII itself. UTS #39 maps a string one code point at a time, between
// two NFD normalisations that leave ASCII as it is, so the skeleton of an
// ASCII string whose characters all map to ASCII is the concatenation of
// theirs: most hosts and sender names, without a call into ICU for each.
class AsciiSkeletons {
 public:
  explicit AsciiSkeletons(const USpoofChecker* sc) {
    for (int c = 1; c < 128; ++c) {
      std::string one = IcuSkeleton(sc, std::string(1, static_cast<char>(c)));
      if (!one.empty() && IsAscii(one)) of_[static_cast<std::size_t>(c)] = std::move(one);
    }
  }

  // False when a character of `ascii` has no ASCII skeleton; `out` is then
  // left part-written.
  bool Append(std::string_view ascii, std::string& out) const {
    for (char c : ascii) {
      const std::string& one = of_[static_cast<unsigned char>(c) & 0x7f];
      if (one.empty()) return false;
      out.append(one);
    }
    return true;
  }

 private:
  std::array<std::string, 128> of_;
};

}  // namespace

std::string ConfusableSkeleton(std::string_view utf8) {
  const USpoofChecker* sc = SharedChecker();
  if (sc == nullptr || utf8.empty() || utf8.size() > kMaxInputBytes) return std::string(utf8);
  static const AsciiSkeletons ascii(sc);
  if (IsAscii(utf8)) {
    std::string skeleton;
    skeleton.reserve(utf8.size() + 8);
    if (ascii.Append(utf8, skeleton)) return skeleton;
  }
  return IcuSkeleton(sc, utf8);
}

namespace {

// Judged one label at a time: a name written in one script under a Latin
// top-level domain ("ελληνικά.gr", "пример.com") is how such names are
// registered; the spoof is a label that mixes scripts or copies ASCII.
bool IsConfusableLabel(const USpoofChecker* sc, std::string_view label) {
  if (IsAscii(label)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t failed =
      uspoof_check2UTF8(sc, label.data(), static_cast<int32_t>(label.size()), nullptr, &status);
  if (U_FAILURE(status)) return false;
  if (failed != 0) return true;
  // Single-script but every character is an ASCII lookalike.
  return IsAscii(ConfusableSkeleton(label));
}

}  // namespace

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
