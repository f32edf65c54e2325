// The parts of a host name the detectors reason about: its labels, the
// organisation label of a registrable domain, and the part of a host its
// owner chose (everything left of the public suffix).
#ifndef PHISHSCAN_DETECT_HOST_LABELS_H_
#define PHISHSCAN_DETECT_HOST_LABELS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "parse/message.h"

namespace phishscan {

// Organisation labels shorter than this ("ab", "my") coincide across
// unrelated organisations and are not compared.
inline constexpr std::size_t kMinOrganisationLabel = 4;

// "a.b.c" -> {"a", "b", "c"}.
std::vector<std::string_view> SplitLabels(std::string_view host);

// The first label of a registrable domain ("dupont-avocats.fr" -> "dupont-avocats").
std::string_view OrganisationLabel(std::string_view registrable);

// The public suffix of a registrable domain ("imap-auth-portal.pages.dev" -> "pages.dev").
std::string_view PublicSuffixOf(std::string_view registrable);

// The host without its public suffix: the labels someone chose
// ("x.imap-auth-portal.pages.dev" -> "x.imap-auth-portal").
std::string_view ChosenPart(const Url& url);

// The labels of a sender's host its owner chose, without punycode labels:
// "em1234.news.shop.co.uk" -> {"em1234", "news", "shop"}.
std::vector<std::string> ChosenSenderLabels(const Mailbox& from);

// True when `label` (at least kMinOrganisationLabel long) is one of the
// chosen labels of the host.
bool HostHasLabel(const Url& url, std::string_view label);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_HOST_LABELS_H_
