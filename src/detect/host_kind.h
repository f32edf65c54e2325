// What kind of place a link's host is, from the knowledge base lists: a free
// hosting or page-builder site, an IPFS gateway, a shortener, a form or
// file-sharing service, a bare IP address, or a TLD common in abuse. Phishing
// pages live on such hosts because they cost nothing and need no identity.
#ifndef PHISHSCAN_DETECT_HOST_KIND_H_
#define PHISHSCAN_DETECT_HOST_KIND_H_

#include <string_view>

#include "detect/knowledge.h"
#include "extract/extraction.h"

namespace phishscan {

enum class HostKind {
  kOrdinary,
  kIpLiteral,
  kIpfsGateway,
  kFreeHosting,
  kShortener,
  kFormService,
  kFileShare,
  kSuspiciousTld,
};

// The most telling kind of the URL's host (IP and IPFS first).
HostKind ClassifyHost(const Url& url, const Knowledge& knowledge);

// "free hosting", ... for evidence; "" for kOrdinary.
std::string_view HostKindName(HostKind kind);
// "a free hosting site" / "un site d'hébergement gratuit"; "" for kOrdinary.
std::string_view HostKindPhraseEn(HostKind kind);
std::string_view HostKindPhraseFr(HostKind kind);

// Hosts a phishing page is cheaply put on (everything but file shares and
// ordinary hosts): a call to action leading there is worth more.
bool IsThrowawayHost(HostKind kind);

// True for loopback, private and link-local addresses: a page there is on
// the reader's own network (a router, a lab device), not a phishing site.
bool IsPrivateIp(std::string_view host);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_HOST_KIND_H_
