// Finds the reader inside a link: their address (as written, percent- or
// base64-encoded) or their organisation's name in the host
// ("dupont-avocats-fr.evil.example"). Phishing kits pre-fill the login page
// and dress it as the reader's own service this way; a site that is not the
// reader's has no reason to carry either.
#ifndef PHISHSCAN_DETECT_RECIPIENT_TRACE_H_
#define PHISHSCAN_DETECT_RECIPIENT_TRACE_H_

#include <string>
#include <string_view>

#include "extract/extraction.h"

namespace phishscan {

struct RecipientTrace {
  std::string address_encoding;  // "as written", "percent-encoded", "base64-encoded"; "" when absent
  std::string host_label;        // the host label naming the reader's organisation; "" when absent
  bool found() const { return !address_encoding.empty() || !host_label.empty(); }
};

// `address` is the reader's address; `registrable` their domain's eTLD+1 and
// `check_organisation` whether its first label is specific enough to look for
// (not a freemail provider, not a two-letter name).
RecipientTrace TraceRecipient(const Url& url, std::string_view address, std::string_view registrable,
                              bool check_organisation);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_RECIPIENT_TRACE_H_
