#include "detect/host_labels.h"

#include <algorithm>

namespace phishscan {

std::vector<std::string_view> SplitLabels(std::string_view host) {
  std::vector<std::string_view> labels;
  while (!host.empty()) {
    std::size_t dot = host.find('.');
    labels.push_back(host.substr(0, dot));
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return labels;
}

std::string_view OrganisationLabel(std::string_view registrable) {
  return registrable.substr(0, registrable.find('.'));
}

std::string_view PublicSuffixOf(std::string_view registrable) {
  std::size_t dot = registrable.find('.');
  return dot == std::string_view::npos ? std::string_view() : registrable.substr(dot + 1);
}

std::string_view ChosenPart(const Url& url) {
  std::string_view host = url.host;
  std::string_view suffix = PublicSuffixOf(url.registrable_domain);
  if (!suffix.empty() && host.size() > suffix.size() + 1 &&
      host.substr(host.size() - suffix.size() - 1) == "." + std::string(suffix))
    host.remove_suffix(suffix.size() + 1);
  return host;
}

bool HostHasLabel(const Url& url, std::string_view label) {
  if (label.size() < kMinOrganisationLabel) return false;
  std::vector<std::string_view> labels = SplitLabels(ChosenPart(url));
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::vector<std::string> ChosenSenderLabels(const Mailbox& from) {
  std::vector<std::string> labels;
  if (from.domain.empty() || from.registrable_domain.empty()) return labels;
  const std::string_view suffix = PublicSuffixOf(from.registrable_domain);
  std::string_view host = from.domain;
  if (suffix.size() + 1 >= host.size()) return labels;
  host.remove_suffix(suffix.size() + 1);
  for (std::string_view label : SplitLabels(host))
    if (!label.empty() && label.substr(0, 4) != "xn--") labels.emplace_back(label);
  return labels;
}

}  // namespace phishscan
