#include "detect/brand_catalog.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "detect/hyperscan_database.h"

namespace phishscan {
namespace {

// Whole-word mentions kept per text: far more than any real message names.
constexpr std::size_t kMaxMentions = 1000;

// Country-code TLDs sold openly worldwide as cheap generic names: a brand's
// name under one of them says nothing about who registered it.
constexpr std::string_view kOpenCcTlds[] = {
    "ac", "ai", "am", "bz", "cc", "cd", "cf", "cm", "co", "cx", "fm", "ga", "gd", "gg", "gl", "gq",
    "gs", "gy", "io", "la", "lc", "ly", "me", "ml", "ms", "mu", "nu", "pw", "sc", "sh", "so", "st",
    "su", "sx", "tk", "to", "tv", "vc", "vg", "vu", "ws"};

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0;;) {
    std::size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return out;
    pos = next + 1;
  }
}

bool IsAsciiWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsDomainName(std::string_view d) {
  if (d.size() < 3 || d.find('.') == std::string_view::npos || d.front() == '.' || d.back() == '.') return false;
  return std::all_of(d.begin(), d.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

// `\bkeyword\b`, with `\b` only beside ASCII word characters (where it means
// something) and every other character matched literally.
std::string KeywordPattern(std::string_view keyword) {
  std::string p;
  if (IsAsciiWordChar(keyword.front())) p += "\\b";
  for (char c : keyword) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !IsAsciiWordChar(c) && c != ' ') {
      p += '\\';
      p += c;
    } else {
      p += c;
    }
  }
  if (IsAsciiWordChar(keyword.back())) p += "\\b";
  return p;
}

// Where a strong brand's CamelCase name joins two words of three letters or
// more ("Pay|Pal", "Tik|Tok"), the offsets in its one-word keyword at which
// a lure may write one space or hyphen ("Pay Pal", "Pay-Pal LLC") to slip
// past exact matching. Only the name's own joints: "paypal" never matches
// "payp al", and ordinary words are never split.
std::vector<std::size_t> NameJoints(const Brand& brand, std::string_view keyword) {
  constexpr std::size_t kMinPart = 3;
  std::vector<std::size_t> joints;
  const std::string& name = brand.name;
  if (!brand.strong || name.size() != keyword.size() || AsciiLowerCopy(name) != keyword) return joints;
  if (!std::all_of(keyword.begin(), keyword.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return joints;
  for (std::size_t i = kMinPart; i + kMinPart <= name.size(); ++i) {
    const bool joint = name[i] >= 'A' && name[i] <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    if (joint) joints.push_back(i);
  }
  return joints;
}

// The keyword's pattern, also matching one space or hyphen at each joint.
std::string KeywordPatternWithJoints(const Brand& brand, std::string_view keyword) {
  const std::vector<std::size_t> joints = NameJoints(brand, keyword);
  if (joints.empty()) return KeywordPattern(keyword);
  std::string p = "\\b(?:" + std::string(keyword);
  for (std::size_t j : joints) p += "|" + std::string(keyword.substr(0, j)) + "[ \\-]" + std::string(keyword.substr(j));
  return p + ")\\b";
}

// A bound on the bytes a keyword's pattern can match: three per byte of the
// keyword covers any case variant of a letter that is longer than the letter
// (KELVIN SIGN is three bytes, "k" one), and a joint adds one byte.
std::size_t KeywordMaxMatchBytes(const Brand& brand, std::string_view keyword) {
  constexpr std::size_t kMaxBytesPerByte = 3;
  return kMaxBytesPerByte * (keyword.size() + NameJoints(brand, keyword).size());
}

// True when `suffix` (what follows the first label of a registrable domain)
// is a country code, "co."/"com." plus a country code, or com/net/org: the
// shapes under which a brand registers its national sites (paypal.co.uk,
// amazon.de, santander.com.br). New generic TLDs (.top, .xyz...) and country
// codes sold as generic names never count.
bool IsNationalOrClassicSuffix(std::string_view suffix) {
  if (suffix == "com" || suffix == "net" || suffix == "org") return true;
  std::size_t dot = suffix.find('.');
  std::string_view tld = dot == std::string_view::npos ? suffix : suffix.substr(dot + 1);
  if (dot != std::string_view::npos && suffix.substr(0, dot) != "co" && suffix.substr(0, dot) != "com") {
    return false;
  }
  if (tld.size() != 2 || !std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  return std::find(std::begin(kOpenCcTlds), std::end(kOpenCcTlds), tld) == std::end(kOpenCcTlds);
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace

struct BrandCatalog::Index {
  std::unique_ptr<HyperscanDatabase> keywords_db;
  // Pattern id -> (brand index, keyword index within the brand).
  std::vector<std::pair<std::size_t, std::size_t>> keyword_of_id;
  std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> brand_of_domain;
};

namespace {

// Parses and merges one catalog file into `brands`; `owner` maps each domain
// to the first brand that lists it.
class CatalogReader {
 public:
  CatalogReader(std::vector<Brand>& brands,
                std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>>& owner)
      : brands_(brands), owner_(owner) {
    for (std::size_t i = 0; i < brands_.size(); ++i) index_of_name_.try_emplace(AsciiLowerCopy(brands_[i].name), i);
  }

  Status ReadFile(const std::string& file) {
    std::ifstream in(file);
    if (!in) return Status(StatusCode::kIoError, file + ": cannot open");
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::string_view t = Trim(line);
      if (t.empty() || t.front() == '#') continue;
      if (Status s = ReadLine(line); !s.ok()) {
        return Status(StatusCode::kDataError, file + ":" + std::to_string(number) + ": " + s.message());
      }
    }
    return Status::Ok();
  }

 private:
  Status ReadLine(std::string_view line) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 4 || f.size() > 5) {
      return Status(StatusCode::kDataError, "expected name<TAB>category<TAB>domains<TAB>keywords[<TAB>weak]");
    }
    Brand b;
    b.name = std::string(Trim(f[0]));
    b.category = AsciiLowerCopy(Trim(f[1]));
    if (b.name.empty() || b.category.empty()) return Status(StatusCode::kDataError, "empty name or category");
    if (f.size() == 5) {
      std::string_view strength = Trim(f[4]);
      if (strength != "weak" && strength != "strong" && !strength.empty()) {
        return Status(StatusCode::kDataError, "fifth field must be 'weak' or 'strong'");
      }
      b.strong = strength != "weak";
    }
    for (std::string_view d : Split(f[2], ',')) {
      std::string domain = AsciiLowerCopy(Trim(d));
      if (domain.empty()) continue;
      if (!IsDomainName(domain)) return Status(StatusCode::kDataError, "not an ASCII domain: '" + domain + "'");
      b.domains.push_back(std::move(domain));
    }
    for (std::string_view k : Split(f[3], ',')) {
      std::string keyword = AsciiLowerCopy(Trim(k));
      if (keyword.empty()) continue;
      if (std::any_of(keyword.begin(), keyword.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return Status(StatusCode::kDataError, "control character in keyword");
      }
      b.keywords.push_back(std::move(keyword));
    }
    if (b.keywords.empty()) return Status(StatusCode::kDataError, "a brand needs at least one keyword");
    Merge(std::move(b));
    return Status::Ok();
  }

  // A line naming an existing brand adds to it (how users extend the catalog).
  // Names are looked up in a hash map: a linear search per line made loading
  // the thousand-brand catalog quadratic.
  void Merge(Brand b) {
    const auto [same, added] = index_of_name_.try_emplace(AsciiLowerCopy(b.name), brands_.size());
    const std::size_t index = same->second;
    if (added) {
      brands_.push_back(Brand{b.name, b.category, {}, {}, b.strong});
    } else {
      brands_[index].strong = brands_[index].strong && b.strong;
    }
    Brand& target = brands_[index];
    for (std::string& d : b.domains) {
      // A company's products may share domains (Microsoft and Outlook): the
      // first brand listing a domain owns it for BrandOfDomain.
      owner_.emplace(d, index);
      if (std::find(target.domains.begin(), target.domains.end(), d) == target.domains.end()) {
        target.domains.push_back(std::move(d));
      }
    }
    for (std::string& k : b.keywords) {
      if (std::find(target.keywords.begin(), target.keywords.end(), k) == target.keywords.end()) {
        target.keywords.push_back(std::move(k));
      }
    }
  }

  std::vector<Brand>& brands_;
  std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>>& owner_;
  // Lower-cased brand name -> index into brands_.
  std::unordered_map<std::string, std::size_t> index_of_name_;
};

struct MentionCollector {
  std::vector<std::pair<unsigned, std::pair<std::size_t, std::size_t>>> raw;  // id, [from, to)
  std::unordered_set<unsigned long long> seen;

  static bool OnMatch(void* ctx, unsigned id, unsigned long long from, unsigned long long to) {
    auto* self = static_cast<MentionCollector*>(ctx);
    if (self->seen.insert((static_cast<unsigned long long>(id) << 32) | from).second) {
      self->raw.push_back({id, {static_cast<std::size_t>(from), static_cast<std::size_t>(to)}});
    }
    return self->raw.size() < kMaxMentions;
  }
};

}  // namespace

BrandCatalog::~BrandCatalog() = default;

StatusOr<std::unique_ptr<BrandCatalog>> BrandCatalog::Load(const std::vector<std::string>& files) {
  std::unique_ptr<BrandCatalog> c(new BrandCatalog());
  c->index_ = std::make_unique<Index>();
  CatalogReader reader(c->brands_, c->index_->brand_of_domain);
  for (const std::string& f : files) {
    if (Status s = reader.ReadFile(f); !s.ok()) return s;
  }
  std::vector<std::string> patterns;
  std::vector<std::size_t> max_match_bytes;
  for (std::size_t b = 0; b < c->brands_.size(); ++b) {
    for (std::size_t k = 0; k < c->brands_[b].keywords.size(); ++k) {
      patterns.push_back(KeywordPatternWithJoints(c->brands_[b], c->brands_[b].keywords[k]));
      max_match_bytes.push_back(KeywordMaxMatchBytes(c->brands_[b], c->brands_[b].keywords[k]));
      c->index_->keyword_of_id.push_back({b, k});
    }
  }
  auto db = HyperscanDatabase::Compile(
      patterns,
      [&](std::size_t i) {
        auto [b, k] = c->index_->keyword_of_id[i];
        return "brand " + c->brands_[b].name + ", keyword '" + c->brands_[b].keywords[k] + "'";
      },
      std::move(max_match_bytes));
  if (!db.ok()) return db.status();
  c->index_->keywords_db = std::move(db).value();
  return c;
}

std::vector<BrandMention> BrandCatalog::FindMentions(std::string_view normalized_text) const {
  MentionCollector collector;
  index_->keywords_db->Scan(normalized_text, &MentionCollector::OnMatch, &collector);
  std::vector<BrandMention> out;
  for (const auto& [id, span] : collector.raw) {
    auto [b, k] = index_->keyword_of_id[id];
    out.push_back(BrandMention{b, brands_[b].keywords[k], span.first, span.second});
  }
  // Longest first at equal start, so a brand's shorter keyword inside a
  // longer one ("microsoft" in "microsoft 365") is dropped below.
  std::sort(out.begin(), out.end(), [](const BrandMention& a, const BrandMention& x) {
    if (a.start != x.start) return a.start < x.start;
    if (a.end != x.end) return a.end > x.end;
    return a.brand_index < x.brand_index;
  });
  std::vector<BrandMention> kept;
  for (const BrandMention& m : out) {
    bool covered = std::any_of(kept.rbegin(), kept.rend(), [&](const BrandMention& k) {
      return k.brand_index == m.brand_index && k.start <= m.start && m.end <= k.end;
    });
    if (!covered) kept.push_back(m);
  }
  return kept;
}

bool BrandCatalog::IsOfficialDomain(const Brand& brand, std::string_view registrable_domain) const {
  std::string domain = AsciiLowerCopy(registrable_domain);
  while (!domain.empty() && domain.back() == '.') domain.pop_back();
  if (std::find(brand.domains.begin(), brand.domains.end(), domain) != brand.domains.end()) return true;
  if (!brand.strong) return false;
  std::size_t dot = domain.find('.');
  if (dot == std::string::npos || !IsNationalOrClassicSuffix(std::string_view(domain).substr(dot + 1))) {
    return false;
  }
  std::string_view label = std::string_view(domain).substr(0, dot);
  return std::any_of(brand.keywords.begin(), brand.keywords.end(),
                     [&](const std::string& k) { return WithoutSpaces(k) == label; });
}

const Brand* BrandCatalog::BrandOfDomain(std::string_view registrable_domain) const {
  auto it = index_->brand_of_domain.find(registrable_domain);
  if (it == index_->brand_of_domain.end()) {
    std::string lower = AsciiLowerCopy(registrable_domain);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    it = index_->brand_of_domain.find(lower);
  }
  return it == index_->brand_of_domain.end() ? nullptr : &brands_[it->second];
}

}  // namespace phishscan
