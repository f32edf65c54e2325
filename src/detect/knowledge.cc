#include "detect/knowledge.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>

namespace phishscan {
namespace {

namespace fs = std::filesystem;

// The shipped lists, in the order HostListOf reports them (most specific
// first), with the words used in evidence. Lists users add under hosts/ are
// reported by file name after these.
struct KnownList {
  std::string_view file_stem;
  std::string_view description;
};
constexpr KnownList kKnownLists[] = {
    {"shorteners", "URL shortener"},
    {"ipfs_gateways", "IPFS gateway"},
    {"form_services", "online form service"},
    {"file_share", "file-sharing service"},
    {"free_hosting", "free hosting service"},
    {"freemail", "free webmail provider"},
    {"suspicious_tlds", "frequently abused top-level domain"},
    {"notification_platforms", "notification platform"},
    {"chat_invites", "chat invitation"},
};

std::string_view Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsHostEntry(std::string_view h) {
  if (h.empty() || h.front() == '.' || h.back() == '.' || h.find("..") != std::string_view::npos) return false;
  return std::all_of(h.begin(), h.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

// Calls `on_line(text, "file:line")` for every non-comment line.
template <typename OnLine>
Status ForEachDataLine(const fs::path& path, OnLine on_line) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path.string() + ": cannot open");
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#') continue;
    if (Status s = on_line(std::string_view(line), path.string() + ":" + std::to_string(number)); !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

// One host a line; "*.example.com" and ".example.com" mean the same as
// "example.com" (subdomains always match). Each host gets `bit` in `out`.
template <typename HostIndex>
Status ReadHostList(const fs::path& path, std::uint64_t bit, HostIndex& out) {
  return ForEachDataLine(path, [&](std::string_view line, const std::string& where) {
    std::string host = LowerAscii(Trim(line));
    if (host.rfind("*.", 0) == 0) host.erase(0, 2);
    if (!host.empty() && host.front() == '.') host.erase(0, 1);
    if (!IsHostEntry(host)) {
      return Status(StatusCode::kDataError, where + ": not an ASCII host name (write IDNs in punycode)");
    }
    out[std::move(host)] |= bit;
    return Status::Ok();
  });
}

// host_suffix<TAB>path_prefix<TAB>param. Path "*" means any path. Param
// "(path)" means the target follows in the path (stored as ""), "-" marks a
// click-tracker whose target cannot be recovered (stored as "-").
Status ReadRedirectors(const fs::path& path, std::vector<Redirector>& out) {
  return ForEachDataLine(path, [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> f;
    for (std::size_t pos = 0;;) {
      std::size_t tab = line.find('\t', pos);
      f.push_back(Trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos)));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    if (f.size() != 3 || f[1].empty() || f[2].empty()) {
      return Status(StatusCode::kDataError, where + ": expected host_suffix<TAB>path_prefix<TAB>param");
    }
    Redirector r{LowerAscii(f[0]), std::string(f[1] == "*" ? "" : f[1]), std::string(f[2] == "(path)" ? "" : f[2])};
    if (!IsHostEntry(r.host_suffix)) return Status(StatusCode::kDataError, where + ": not an ASCII host name");
    if (!r.path_prefix.empty() && r.path_prefix.front() != '/') {
      return Status(StatusCode::kDataError, where + ": path prefix must start with '/' (or be '*')");
    }
    out.push_back(std::move(r));
    return Status::Ok();
  });
}

}  // namespace

StatusOr<std::unique_ptr<Knowledge>> Knowledge::Load(const std::string& dir,
                                                     const std::vector<std::string>& extra_brand_files) {
  std::unique_ptr<Knowledge> k(new Knowledge());
  std::vector<std::string> brand_files{(fs::path(dir) / "brands.tsv").string()};
  brand_files.insert(brand_files.end(), extra_brand_files.begin(), extra_brand_files.end());
  auto brands = BrandCatalog::Load(brand_files);
  if (!brands.ok()) return brands.status();
  k->brands_ = std::move(brands).value();
  k->brand_shapes_ = std::make_unique<BrandShapes>(*k->brands_);

  auto phrases = PhraseMatcher::LoadDir((fs::path(dir) / "phrases").string());
  if (!phrases.ok()) return phrases.status();
  k->phrases_ = std::move(phrases).value();

  fs::path hosts = fs::path(dir) / "hosts";
  std::error_code ec;
  if (!fs::is_directory(hosts, ec)) return Status(StatusCode::kNotFound, hosts.string() + ": not a directory");
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(hosts, ec)) {
    if (e.is_regular_file(ec)) files.push_back(e.path());
  }
  if (ec) return Status(StatusCode::kIoError, hosts.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    Status s = Status::Ok();
    if (f.extension() == ".txt") {
      if (k->list_names_.size() == kMaxHostLists) {
        return Status(StatusCode::kDataError, f.string() + ": more than " + std::to_string(kMaxHostLists) +
                                                  " host lists in " + hosts.string());
      }
      k->list_names_.push_back(f.stem().string());
      s = ReadHostList(f, ListBits{1} << (k->list_names_.size() - 1), k->host_lists_);
    } else if (f.filename() == "redirectors.tsv") {
      s = ReadRedirectors(f, k->redirectors_);
    }
    if (!s.ok()) return s;
  }
  return k;
}

Knowledge::ListBits Knowledge::ListsOf(std::string_view host) const {
  // Hosts reach here lower case already (URLs, addresses): copy only when not.
  std::string lowered;
  if (std::any_of(host.begin(), host.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    lowered = LowerAscii(host);
    host = lowered;
  }
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  ListBits lists = 0;
  for (std::size_t pos = 0; pos < host.size();) {
    if (auto it = host_lists_.find(host.substr(pos)); it != host_lists_.end()) lists |= it->second;
    std::size_t dot = host.find('.', pos);
    if (dot == std::string_view::npos) break;
    pos = dot + 1;
  }
  return lists;
}

bool Knowledge::InList(std::string_view list, std::string_view host) const {
  const auto it = std::find(list_names_.begin(), list_names_.end(), list);
  if (it == list_names_.end() || host.empty()) return false;
  return (ListsOf(host) >> (it - list_names_.begin())) & 1;
}

bool Knowledge::IsFreeHosting(std::string_view host) const { return InList("free_hosting", host); }
bool Knowledge::IsShortener(std::string_view host) const { return InList("shorteners", host); }
bool Knowledge::IsFreemail(std::string_view domain) const { return InList("freemail", domain); }
bool Knowledge::IsIpfsGateway(std::string_view host) const { return InList("ipfs_gateways", host); }
bool Knowledge::IsFormService(std::string_view host) const { return InList("form_services", host); }
bool Knowledge::IsFileShare(std::string_view host) const { return InList("file_share", host); }
bool Knowledge::IsChatInvite(std::string_view host) const { return InList("chat_invites", host); }
bool Knowledge::IsNotificationPlatform(std::string_view domain) const {
  return InList("notification_platforms", domain);
}

bool Knowledge::IsGovernmentHost(std::string_view host) const { return InList("government", host); }
bool Knowledge::IsFooterSite(std::string_view host) const { return InList("footer_sites", host); }

bool Knowledge::IsSuspiciousTld(std::string_view host) const {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  std::size_t dot = host.rfind('.');
  return InList("suspicious_tlds", dot == std::string_view::npos ? host : host.substr(dot + 1));
}

std::string_view Knowledge::HostListOf(std::string_view host) const {
  const ListBits lists = host.empty() ? 0 : ListsOf(host);
  if (lists == 0) return "";
  const auto holds = [&](std::string_view name) {
    const auto it = std::find(list_names_.begin(), list_names_.end(), name);
    return it != list_names_.end() && ((lists >> (it - list_names_.begin())) & 1);
  };
  for (const KnownList& l : kKnownLists) {
    if (holds(l.file_stem)) return l.description;
  }
  // Lists users added, by file name (list_names_ is sorted).
  for (const std::string& name : list_names_) {
    const bool known = std::any_of(std::begin(kKnownLists), std::end(kKnownLists),
                                   [&](const KnownList& l) { return l.file_stem == name; });
    if (!known && holds(name)) return name;
  }
  return "";
}

}  // namespace phishscan
