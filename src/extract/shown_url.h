// Whether the text a reader sees on a link is itself an address. A link whose
// text reads "www.paypal.com" but whose href goes elsewhere is the classic
// deceptive link; this decides the "reads like an address" half.
#ifndef PHISHSCAN_EXTRACT_SHOWN_URL_H_
#define PHISHSCAN_EXTRACT_SHOWN_URL_H_

#include <optional>
#include <string_view>

#include "extract/extraction.h"

namespace phishscan {

// The URL a visible link text shows, when the whole text (give or take
// brackets, quotes and final punctuation) is an absolute URL ("https://…",
// "www.…") or a bare domain with an optional path whose last label is a
// listed public suffix ("paypal.com/login", "impots.gouv.fr"). Text with
// spaces, e-mail addresses and file names ("report.pdf") are not URLs.
std::optional<Url> UrlShownInText(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_SHOWN_URL_H_
