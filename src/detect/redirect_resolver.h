// Unwraps click trackers and redirect wrappers (SafeLinks, google.com/url,
// l.facebook.com, ...) to the destination they carry, so a link is judged by
// where it really leads. Only reads the URL: nothing is fetched.
#ifndef PHISHSCAN_DETECT_REDIRECT_RESOLVER_H_
#define PHISHSCAN_DETECT_REDIRECT_RESOLVER_H_

#include <string>
#include <vector>

#include "detect/knowledge.h"
#include "extract/extraction.h"

namespace phishscan {

struct ResolvedUrl {
  Url target;                         // the innermost destination (the input when not wrapped)
  std::vector<std::string> wrappers;  // hosts of the wrappers removed, outermost first
  // The target's host is a known redirector but the destination it carries
  // could not be read (opaque tracking id): where the link leads is unknown.
  bool opaque_redirect = false;
};

// Follows nested wrappers (at most a few levels). Targets may be
// percent-encoded (also twice), base64-encoded, or written in the path.
ResolvedUrl ResolveRedirects(const Url& url, const std::vector<Redirector>& redirectors);

// "/Click?q=", "/track/click", "/ls/click", "lt.php": the path of a mailing
// service's click counter, whether or not its host is a known redirector.
bool LooksLikeClickCounter(const Url& url);

// The value of `name` in a raw query string ("a=1&b=2"), percent-decoded;
// "" when absent.
std::string QueryParam(std::string_view query, std::string_view name);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_REDIRECT_RESOLVER_H_
