#include "detect/phrase_matcher.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "detect/hyperscan_database.h"

namespace phishscan {
namespace {

// Enough for any real message; bounds memory on text built to match often.
constexpr std::size_t kMaxMatches = 10000;
// Reading the clock on every match would cost more than most matches.
constexpr std::size_t kClockCheckInterval = 64;

bool IsKnownLanguage(std::string_view lang) {
  static constexpr std::string_view kLangs[] = {"en", "fr", "de", "es", "pt", "nl", "it", "any"};
  if (std::find(std::begin(kLangs), std::end(kLangs), lang) != std::end(kLangs)) return true;
  // Users may add other ISO 639-1 languages.
  return lang.size() == 2 && std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsCategoryName(std::string_view category) {
  return !category.empty() && std::all_of(category.begin(), category.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Checks one phrase; returns "" or what is wrong with it.
std::string ProblemWith(const Phrase& p) {
  if (!IsCategoryName(p.category)) return "category must be lower-case letters, digits or '_'";
  if (!IsKnownLanguage(p.lang)) return "language must be a two-letter code or 'any'";
  if (p.pattern.empty()) return "empty pattern";
  return "";
}

// Splits "category<TAB>lang<TAB>pattern"; false when a field is missing.
bool SplitPhraseLine(std::string_view line, Phrase& out) {
  std::size_t t1 = line.find('\t');
  if (t1 == std::string_view::npos) return false;
  std::size_t t2 = line.find('\t', t1 + 1);
  if (t2 == std::string_view::npos) return false;
  out.category = std::string(line.substr(0, t1));
  out.lang = std::string(line.substr(t1 + 1, t2 - t1 - 1));
  out.pattern = std::string(line.substr(t2 + 1));
  return true;
}

bool IsBlankOrComment(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

// Appends the phrases of one file and where each came from ("file:line").
Status ReadPhraseFile(const std::filesystem::path& path, std::vector<Phrase>& phrases,
                      std::vector<std::string>& origins) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path.string() + ": cannot open");
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlankOrComment(line)) continue;
    std::string where = path.string() + ":" + std::to_string(number);
    Phrase phrase;
    if (!SplitPhraseLine(line, phrase)) {
      return Status(StatusCode::kDataError, where + ": expected category<TAB>lang<TAB>pattern");
    }
    if (std::string problem = ProblemWith(phrase); !problem.empty()) {
      return Status(StatusCode::kDataError, where + ": " + problem);
    }
    phrases.push_back(std::move(phrase));
    origins.push_back(std::move(where));
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<HyperscanDatabase>> CompilePhrases(const std::vector<Phrase>& phrases,
                                                           const std::vector<std::string>& origins) {
  std::vector<std::string> patterns;
  patterns.reserve(phrases.size());
  for (const Phrase& p : phrases) patterns.push_back(p.pattern);
  return HyperscanDatabase::Compile(patterns, [&](std::size_t i) { return origins[i]; });
}

// State of one Match call, reached from the Hyperscan callback.
struct Collector {
  std::vector<PhraseMatch> matches;
  std::unordered_set<unsigned long long> seen;  // (phrase << 32) | start
  std::chrono::steady_clock::time_point deadline;
  bool has_deadline = false;
  bool timed_out = false;
  std::size_t calls = 0;

  static bool OnMatch(void* ctx, unsigned id, unsigned long long from, unsigned long long to) {
    auto* self = static_cast<Collector*>(ctx);
    // Hyperscan reports the ends of a match in increasing order; the first
    // end for a start is the shortest match, the most precise evidence.
    if (self->seen.insert((static_cast<unsigned long long>(id) << 32) | from).second) {
      self->matches.push_back(PhraseMatch{id, static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
    }
    if (self->matches.size() >= kMaxMatches) return false;
    if (self->has_deadline && ++self->calls % kClockCheckInterval == 0 &&
        std::chrono::steady_clock::now() >= self->deadline) {
      self->timed_out = true;
      return false;
    }
    return true;
  }
};

}  // namespace

struct PhraseMatcher::Db {
  std::unique_ptr<HyperscanDatabase> hs;
};

PhraseMatcher::~PhraseMatcher() = default;

StatusOr<std::unique_ptr<PhraseMatcher>> PhraseMatcher::LoadDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status(StatusCode::kNotFound, dir + ": not a directory");
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv" && e.is_regular_file(ec)) files.push_back(e.path());
  }
  if (ec) return Status(StatusCode::kIoError, dir + ": " + ec.message());
  std::sort(files.begin(), files.end());  // stable phrase indices across runs
  std::vector<Phrase> phrases;
  std::vector<std::string> origins;
  for (const fs::path& f : files) {
    if (Status s = ReadPhraseFile(f, phrases, origins); !s.ok()) return s;
  }
  auto hs = CompilePhrases(phrases, origins);
  if (!hs.ok()) return hs.status();
  std::unique_ptr<PhraseMatcher> m(new PhraseMatcher());
  m->phrases_ = std::move(phrases);
  m->db_ = std::make_unique<Db>(Db{std::move(hs).value()});
  return m;
}

StatusOr<std::unique_ptr<PhraseMatcher>> PhraseMatcher::FromPhrases(std::vector<Phrase> phrases) {
  std::vector<std::string> origins;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    origins.push_back("phrase #" + std::to_string(i) + " (" + phrases[i].category + ")");
    if (std::string problem = ProblemWith(phrases[i]); !problem.empty()) {
      return Status(StatusCode::kInvalidArgument, origins.back() + ": " + problem);
    }
  }
  auto hs = CompilePhrases(phrases, origins);
  if (!hs.ok()) return hs.status();
  std::unique_ptr<PhraseMatcher> m(new PhraseMatcher());
  m->phrases_ = std::move(phrases);
  m->db_ = std::make_unique<Db>(Db{std::move(hs).value()});
  return m;
}

std::vector<PhraseMatch> PhraseMatcher::Match(std::string_view text, unsigned budget_ms,
                                              bool* timed_out) const {
  Collector c;
  if (budget_ms > 0) {
    c.has_deadline = true;
    c.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budget_ms);
  }
  db_->hs->Scan(text, &Collector::OnMatch, &c);
  if (timed_out != nullptr) *timed_out = c.timed_out;
  std::sort(c.matches.begin(), c.matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return std::tie(a.start, a.end, a.phrase_index) < std::tie(b.start, b.end, b.phrase_index);
  });
  return std::move(c.matches);
}

std::vector<const PhraseMatch*> PhraseHits::InCategory(std::string_view category) const {
  std::vector<const PhraseMatch*> out;
  for (const PhraseMatch& m : matches_) {
    if (PhraseOf(m).category == category) out.push_back(&m);
  }
  return out;
}

std::vector<std::string_view> PhraseHits::WordingIn(std::string_view category) const {
  std::vector<const PhraseMatch*> matches = InCategory(category);
  std::sort(matches.begin(), matches.end(),
            [](const PhraseMatch* a, const PhraseMatch* b) { return a->start < b->start; });
  std::vector<std::string_view> wording;
  std::size_t i = 0;
  while (i < matches.size()) {
    PhraseMatch region = *matches[i];
    for (++i; i < matches.size() && matches[i]->start < region.end; ++i) {
      region.end = std::max(region.end, matches[i]->end);
    }
    wording.push_back(MatchedText(region));
  }
  return wording;
}

bool PhraseHits::Any(std::string_view category) const {
  return std::any_of(matches_.begin(), matches_.end(),
                     [&](const PhraseMatch& m) { return PhraseOf(m).category == category; });
}

}  // namespace phishscan
