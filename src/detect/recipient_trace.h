// Finds the reader inside a link: their address (as written, percent- or
// base64-encoded) or their organisation's name where someone wrote it for
// them: a subdomain ("dupont-avocats-fr.evil.example"), or the whole domain
// as a path segment or query value ("?domain=dupont-avocats.fr"). Phishing kits pre-fill the login
// page and dress it as the reader's own service this way; a site that is not
// the reader's has no reason to carry either. A registrable domain that
// merely shares the organisation's word ("example-shop.nl" for a reader at
// example.net) is someone else's name, not a trace.
#ifndef PHISHSCAN_DETECT_RECIPIENT_TRACE_H_
#define PHISHSCAN_DETECT_RECIPIENT_TRACE_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"

namespace phishscan {

struct RecipientTrace {
  std::string address_encoding;  // "as written", "percent-encoded", "base64-encoded"; "" when absent
  std::string host_label;        // the host label naming the reader's organisation; "" when absent
  std::string path_token;        // the path segment or query value that is the reader's domain; "" when absent
  bool found() const { return !address_encoding.empty() || !host_label.empty() || !path_token.empty(); }
};

// `address` is the reader's address; `registrable` their domain's eTLD+1 and
// `check_organisation` whether its first label is specific enough to look for
// (not a freemail provider or ISP, not a two-letter name).
RecipientTrace TraceRecipient(const Url& url, std::string_view address, std::string_view registrable,
                              bool check_organisation);

// TraceRecipient for one reader over the many links of a message: the
// base64 forms of the address are encoded once, not once per link.
class RecipientTracer {
 public:
  RecipientTracer(std::string_view address, std::string_view registrable, bool check_organisation);

  RecipientTrace Trace(const Url& url) const;

 private:
  std::string AddressEncoding(const Url& url) const;
  bool ContainsBase64OfAddress(std::string_view haystack) const;

  std::string address_;
  std::string lower_address_;
  std::string registrable_;
  bool check_organisation_;
  // What base64 of a text holding the address, as written or in lower case,
  // surely contains, in the standard and the URL-safe alphabet.
  std::vector<std::string> base64_fragments_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_RECIPIENT_TRACE_H_
