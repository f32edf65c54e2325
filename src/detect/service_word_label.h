// A domain label made of a name and words of a help desk or a login page:
// "githubsupport", "securepaypal", "netflix-account-verify". Such words are
// what a combosquatter adds to make a registered name read like the brand's
// own service; a brand's genuine service domains run its name into product
// words ("githubassets", "microsoftonline"), which are not service words.
#ifndef PHISHSCAN_DETECT_SERVICE_WORD_LABEL_H_
#define PHISHSCAN_DETECT_SERVICE_WORD_LABEL_H_

#include <string_view>
#include <vector>

namespace phishscan {

// The parts of lower-case `label` that service words surround: every
// label[p, q) such that label[0, p) and label[q, end) are each empty or only
// service words, hyphens and digits, and at least one of them holds a word.
// "githubsupport" -> {"github"}; "paypal-secure-login" -> {"paypal",
// "paypal-secure"}. Empty for labels longer than a DNS label (63 bytes).
std::vector<std::string_view> NamesBetweenServiceWords(std::string_view label);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SERVICE_WORD_LABEL_H_
