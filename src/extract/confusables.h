// Lookalike detection for host names with the ICU spoof checker (UTS #39).
// One checker is configured once and shared: ICU documents its check and
// skeleton functions (const USpoofChecker*) as safe to call concurrently.
#ifndef PHISHSCAN_EXTRACT_CONFUSABLES_H_
#define PHISHSCAN_EXTRACT_CONFUSABLES_H_

#include <string>
#include <string_view>

namespace phishscan {

// UTS #39 confusable skeleton of `utf8` ("pаypal.com" with Cyrillic а ->
// "paypal.corn"). Two strings that look alike have equal skeletons, so compare
// a host's skeleton with ConfusableSkeleton(official domain). Skeletons are
// only meant to be compared with each other (their case is not meaningful).
// Ill-formed UTF-8 becomes U+FFFD; the input comes back unchanged when ICU
// cannot build a checker.
std::string ConfusableSkeleton(std::string_view utf8);

// True when a Unicode host name is built to look like something else: it
// mixes scripts beyond what UTS #39 "moderately restrictive" allows (Latin +
// Cyrillic), hides characters (invisible marks, mixed digit systems), or every
// non-ASCII character is an ASCII lookalike (an all-Cyrillic "аррӏе.com").
// Pure-ASCII hosts are never confusable by this test.
bool IsConfusableHost(std::string_view host_unicode);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_CONFUSABLES_H_
