#include "detect/recipient_trace.h"

#include <algorithm>
#include <vector>

#include "base/text.h"
#include "detect/base64.h"
#include "detect/host_labels.h"
#include "extract/percent_decode.h"

namespace phishscan {
namespace {

// Shorter encoded fragments could match inside unrelated base64 by chance.
constexpr std::size_t kMinBase64Fragment = 8;

// The part of base64(x) that depends only on `text` when `text` starts
// `offset` bytes into x (offset 0..2), whatever surrounds it.
std::string Base64Fragment(std::string_view text, std::size_t offset) {
  std::string padded(offset, '\0');
  padded.append(text);
  std::string encoded = Base64EncodeUnpadded(padded);
  std::size_t skip = (offset * 8 + 5) / 6;
  std::size_t complete = padded.size() * 8 / 6;
  if (complete <= skip) return "";
  return encoded.substr(skip, complete - skip);
}

std::string UrlSafe(std::string s) {
  std::replace(s.begin(), s.end(), '+', '-');
  std::replace(s.begin(), s.end(), '/', '_');
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() > prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// A host label that names the reader's organisation. In a subdomain:
// "dupont-avocats", "dupont-avocats-fr", "dupont-avocats-login". The
// registrable label is the name someone registered: it only counts when it
// carries the whole domain ("dupont-avocats-fr-login"), since unrelated
// organisations share words ("example-shop.nl" for a reader at example.net)
// and organisations publish under their own name on shared platforms
// ("dupont-avocats.github.io").
std::string OrganisationInHost(const Url& url, std::string_view registrable) {
  std::string_view org = OrganisationLabel(registrable);
  std::string dashed(registrable);
  std::replace(dashed.begin(), dashed.end(), '.', '-');
  std::string org_dash = std::string(org) + "-";
  std::string dashed_dash = dashed + "-";
  std::string_view named = ChosenPart(url);
  std::string dotted = "." + std::string(named) + ".";
  if (dotted.find("." + std::string(registrable) + ".") != std::string::npos) return std::string(registrable);
  std::vector<std::string_view> labels = SplitLabels(named);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string_view label = labels[i];
    if (label == dashed || StartsWith(label, dashed_dash)) return std::string(label);
    bool is_registrable_label = i + 1 == labels.size();
    if (!is_registrable_label && (label == org || StartsWith(label, org_dash))) return std::string(label);
  }
  return "";
}

// Splits on the separators of paths and query strings.
std::vector<std::string_view> UrlTokens(std::string_view s) {
  std::vector<std::string_view> tokens;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && std::string_view("/?&=;#,").find(s[i]) == std::string_view::npos) continue;
    if (i > begin) tokens.push_back(s.substr(begin, i - begin));
    begin = i + 1;
  }
  return tokens;
}

// A path segment or query value that is the reader's whole domain
// ("?domain=dupont-avocats.fr", "/dupont-avocats.fr/"). The name alone
// ("/dupont-avocats/") is not enough: that is how the organisation's own
// pages on other sites are addressed ("linkedin.com/company/dupont-avocats").
std::string OrganisationInPathOrQuery(const Url& url, std::string_view registrable) {
  for (const std::string& part : {AsciiLower(url.path), AsciiLower(PercentDecode(url.query))}) {
    for (std::string_view token : UrlTokens(part)) {
      if (token == registrable) return std::string(token);
    }
  }
  return "";
}

}  // namespace

RecipientTracer::RecipientTracer(std::string_view address, std::string_view registrable, bool check_organisation)
    : address_(address), lower_address_(AsciiLower(address)), registrable_(registrable),
      check_organisation_(check_organisation) {
  if (address_.find('@') == std::string::npos) return;
  for (const std::string* text : {&address_, &lower_address_}) {
    for (std::size_t offset = 0; offset < 3; ++offset) {
      std::string fragment = Base64Fragment(*text, offset);
      if (fragment.size() < kMinBase64Fragment) continue;
      base64_fragments_.push_back(fragment);
      base64_fragments_.push_back(UrlSafe(std::move(fragment)));
    }
  }
}

bool RecipientTracer::ContainsBase64OfAddress(std::string_view haystack) const {
  return std::any_of(base64_fragments_.begin(), base64_fragments_.end(),
                     [&](const std::string& fragment) { return haystack.find(fragment) != std::string_view::npos; });
}

std::string RecipientTracer::AddressEncoding(const Url& url) const {
  if (AsciiLower(url.raw).find(lower_address_) != std::string::npos) return "as written";
  std::string decoded = PercentDecode(PercentDecode(url.raw));
  if (AsciiLower(decoded).find(lower_address_) != std::string::npos) return "percent-encoded";
  if (ContainsBase64OfAddress(url.raw) || ContainsBase64OfAddress(decoded)) return "base64-encoded";
  return "";
}

RecipientTrace RecipientTracer::Trace(const Url& url) const {
  RecipientTrace trace;
  if (address_.find('@') != std::string::npos) trace.address_encoding = AddressEncoding(url);
  if (check_organisation_ && !registrable_.empty()) {
    trace.host_label = OrganisationInHost(url, registrable_);
    if (trace.host_label.empty()) trace.path_token = OrganisationInPathOrQuery(url, registrable_);
  }
  return trace;
}

RecipientTrace TraceRecipient(const Url& url, std::string_view address, std::string_view registrable,
                              bool check_organisation) {
  return RecipientTracer(address, registrable, check_organisation).Trace(url);
}

}  // namespace phishscan
