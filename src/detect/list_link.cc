#include "detect/list_link.h"

#include <string>
#include <string_view>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::string_view kListLinkWords[] = {
    "unsub", "optout", "opt-out", "opt_out", "preference", "desinscri", "desabon", "désabon",
    "abmeld", "abbestell", "baja", "webversion", "view-online", "viewonline", "in-browser"};

bool NamesListPage(std::string_view lower) {
  for (std::string_view w : kListLinkWords)
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

bool IsListManagementLink(const Link& link) {
  return NamesListPage(AsciiLower(link.url.raw)) || NamesListPage(AsciiLower(link.text));
}

}  // namespace phishscan
