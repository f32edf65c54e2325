#include "detect/host_kind.h"

#include <array>
#include <charconv>

#include "base/text.h"

namespace phishscan {
namespace {

// Parses "a.b.c.d" (decimal) into four octets.
bool ParseDottedQuad(std::string_view host, std::array<int, 4>* octets) {
  for (int i = 0; i < 4; ++i) {
    std::size_t dot = host.find('.');
    std::string_view part = i < 3 ? host.substr(0, dot) : host;
    if (part.empty() || part.size() > 3 || (i < 3 && dot == std::string_view::npos)) return false;
    int value = 0;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || ptr != part.data() + part.size() || value > 255) return false;
    (*octets)[i] = value;
    if (i < 3) host.remove_prefix(dot + 1);
  }
  return true;
}

}  // namespace

HostKind ClassifyHost(const Url& url, const Knowledge& knowledge) {
  if (url.ip_literal) return HostKind::kIpLiteral;
  if (knowledge.IsIpfsGateway(url.host)) return HostKind::kIpfsGateway;
  if (knowledge.IsFreeHosting(url.host)) return HostKind::kFreeHosting;
  if (knowledge.IsShortener(url.host)) return HostKind::kShortener;
  if (knowledge.IsFormService(url.host)) return HostKind::kFormService;
  if (knowledge.IsFileShare(url.host)) return HostKind::kFileShare;
  if (knowledge.IsSuspiciousTld(url.host)) return HostKind::kSuspiciousTld;
  return HostKind::kOrdinary;
}

std::string_view HostKindName(HostKind kind) {
  switch (kind) {
    case HostKind::kOrdinary: return "";
    case HostKind::kIpLiteral: return "IP address";
    case HostKind::kIpfsGateway: return "IPFS gateway";
    case HostKind::kFreeHosting: return "free hosting";
    case HostKind::kShortener: return "URL shortener";
    case HostKind::kFormService: return "form service";
    case HostKind::kFileShare: return "file sharing";
    case HostKind::kSuspiciousTld: return "TLD common in abuse";
  }
  return "";
}

std::string_view HostKindPhraseEn(HostKind kind) {
  switch (kind) {
    case HostKind::kOrdinary: return "";
    case HostKind::kIpLiteral: return "a bare IP address";
    case HostKind::kIpfsGateway: return "an IPFS gateway";
    case HostKind::kFreeHosting: return "a free hosting site";
    case HostKind::kShortener: return "a link shortener";
    case HostKind::kFormService: return "an online form service";
    case HostKind::kFileShare: return "a file-sharing service";
    case HostKind::kSuspiciousTld: return "a domain under an extension common in abuse";
  }
  return "";
}

std::string_view HostKindPhraseFr(HostKind kind) {
  switch (kind) {
    case HostKind::kOrdinary: return "";
    case HostKind::kIpLiteral: return "une adresse IP brute";
    case HostKind::kIpfsGateway: return "une passerelle IPFS";
    case HostKind::kFreeHosting: return "un site d'hébergement gratuit";
    case HostKind::kShortener: return "un raccourcisseur de liens";
    case HostKind::kFormService: return "un service de formulaires en ligne";
    case HostKind::kFileShare: return "un service de partage de fichiers";
    case HostKind::kSuspiciousTld: return "un domaine sous une extension fréquente dans les abus";
  }
  return "";
}

bool IsThrowawayHost(HostKind kind) {
  return kind != HostKind::kOrdinary && kind != HostKind::kFileShare;
}

bool IsPrivateIp(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    std::string v6 = AsciiLower(host);
    return v6 == "[::1]" || v6.rfind("[fe80:", 0) == 0 || v6.rfind("[fc", 0) == 0 ||
           v6.rfind("[fd", 0) == 0;
  }
  std::array<int, 4> o{};
  if (!ParseDottedQuad(host, &o)) return false;
  return o[0] == 10 || o[0] == 127 || o[0] == 0 || (o[0] == 172 && o[1] >= 16 && o[1] <= 31) ||
         (o[0] == 192 && o[1] == 168) || (o[0] == 169 && o[1] == 254);
}

}  // namespace phishscan
