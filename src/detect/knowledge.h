// Everything the detectors know besides the message: loaded once from the
// data folder, immutable afterwards, shared by all threads.
#ifndef PHISHSCAN_DETECT_KNOWLEDGE_H_
#define PHISHSCAN_DETECT_KNOWLEDGE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/brand_catalog.h"
#include "detect/brand_shapes.h"
#include "detect/phrase_matcher.h"
#include "phishscan/status.h"

namespace phishscan {

// A click-tracker / redirect wrapper that carries the real target in a query
// parameter (or, with param "", in the path after the host).
struct Redirector {
  std::string host_suffix;  // "safelinks.protection.outlook.com", "google.com"
  std::string path_prefix;  // "/url", "" for any
  std::string param;        // "url", "q", "u", ...
};

class Knowledge {
 public:
  // Reads <dir>/brands.tsv, <dir>/phrases/*.tsv and <dir>/hosts/*.txt.
  static StatusOr<std::unique_ptr<Knowledge>> Load(const std::string& dir,
                                                   const std::vector<std::string>& extra_brand_files);

  const BrandCatalog& brands() const { return *brands_; }
  // The brand names look-alike domains imitate, derived once from brands().
  const BrandShapes& brand_shapes() const { return *brand_shapes_; }
  const PhraseMatcher& phrases() const { return *phrases_; }

  // Host lists (each matches the host or any subdomain of it).
  bool IsFreeHosting(std::string_view host) const;   // pages.dev, web.app, github.io, ...
  bool IsShortener(std::string_view host) const;     // bit.ly, t.co, ...
  bool IsFreemail(std::string_view domain) const;    // gmail.com, outlook.com, ...
  bool IsIpfsGateway(std::string_view host) const;
  bool IsFormService(std::string_view host) const;   // forms.gle, jotform, typeform...
  bool IsFileShare(std::string_view host) const;     // dropbox, wetransfer, sharepoint docs...
  bool IsSuspiciousTld(std::string_view host) const; // .top .xyz .icu ...
  bool IsChatInvite(std::string_view host) const;    // t.me, wa.me, chat.whatsapp.com...
  // Services that mail their users' words to others under their own
  // authenticated name: issue comments, form receipts, shared files, help desks.
  bool IsNotificationPlatform(std::string_view domain) const;
  // Hosts under a suffix only a state registers under (gouv.fr, gov.uk, ...).
  bool IsGovernmentHost(std::string_view host) const;
  // App stores, social profiles, gambling help lines: footer links of real offers.
  bool IsFooterSite(std::string_view host) const;
  const std::vector<Redirector>& redirectors() const { return redirectors_; }
  // The list a host belongs to, for evidence ("free hosting", ...), or "".
  std::string_view HostListOf(std::string_view host) const;

 private:
  Knowledge() = default;
  std::unique_ptr<BrandCatalog> brands_;
  std::unique_ptr<BrandShapes> brand_shapes_;
  std::unique_ptr<PhraseMatcher> phrases_;
  // Looked up by std::string_view (list names, parent domains of a host)
  // without building a std::string key per lookup.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Every host of every list (hosts/*.txt), with the lists that hold it: bit
  // i for list_names_[i]. One lookup per parent domain of a host answers
  // for all the lists at once.
  using ListBits = std::uint64_t;
  static constexpr std::size_t kMaxHostLists = 64;
  std::vector<std::string> list_names_;  // file stems, sorted
  std::unordered_map<std::string, ListBits, StringHash, std::equal_to<>> host_lists_;
  std::vector<Redirector> redirectors_;
  ListBits ListsOf(std::string_view host) const;
  bool InList(std::string_view list, std::string_view host) const;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_KNOWLEDGE_H_
