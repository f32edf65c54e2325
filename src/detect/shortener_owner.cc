#include "detect/shortener_owner.h"

namespace phishscan {
namespace {

struct Owner {
  std::string_view shortener;
  std::string_view sender;
};

// Registrable domains on both sides; a service with several mail domains
// has one row each.
constexpr Owner kOwners[] = {
    {"t.co", "x.com"},           {"t.co", "twitter.com"},      {"bit.ly", "bitly.com"},
    {"j.mp", "bitly.com"},       {"bitly.com", "bitly.com"},   {"lnkd.in", "linkedin.com"},
    {"goo.gl", "google.com"},    {"ow.ly", "hootsuite.com"},   {"buff.ly", "buffer.com"},
    {"rebrand.ly", "rebrandly.com"}, {"tinyurl.com", "tinyurl.com"}, {"linktr.ee", "linktr.ee"},
    {"linktr.ee", "linktree.com"}, {"dlvr.it", "dlvrit.com"},  {"trib.al", "echobox.com"},
};

}  // namespace

bool SenderOwnsShortener(std::string_view sender, std::string_view shortener) {
  for (const Owner& o : kOwners)
    if (o.shortener == shortener && o.sender == sender) return true;
  return false;
}

}  // namespace phishscan
