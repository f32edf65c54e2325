#include "detect/hyperscan_database.h"

#include <hs/hs.h>

#include <algorithm>
#include <climits>
#include <cstdlib>

#include "detect/hyperscan_cache.h"
#include "detect/match_start.h"

namespace phishscan {
namespace {

constexpr unsigned kBaseFlags = HS_FLAG_UTF8 | HS_FLAG_CASELESS;
constexpr std::size_t kMaxReportedErrors = 20;

// Why one pattern fails on its own, or "" when it compiles.
std::string CompileErrorOf(const std::string& pattern, unsigned flags) {
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile(pattern.c_str(), flags, HS_MODE_BLOCK, nullptr, &db, &err) == HS_SUCCESS) {
    hs_free_database(db);
    return "";
  }
  std::string message = err != nullptr && err->message != nullptr ? err->message : "unknown error";
  hs_free_compile_error(err);
  return message;
}

// Checks the patterns one by one to name every culprit, not only the first.
std::string DescribeFailures(const std::vector<std::string>& patterns,
                             const std::function<std::string(std::size_t)>& describe) {
  std::string out;
  std::size_t reported = 0;
  for (std::size_t i = 0; i < patterns.size() && reported < kMaxReportedErrors; ++i) {
    std::string error = CompileErrorOf(patterns[i], HyperscanPatternFlags());
    if (error.empty()) continue;
    out += (reported == 0 ? "" : "; ") + describe(i) + ": " + error;
    ++reported;
  }
  return out;
}

// The most bytes each pattern can match, from Hyperscan's own analysis; 0
// when unbounded or unknown. About 0.2 ms a pattern.
std::vector<std::size_t> MatchBounds(const std::vector<std::string>& patterns, unsigned flags) {
  std::vector<std::size_t> bounds(patterns.size(), 0);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(patterns[i].c_str(), flags, &info, &err) != HS_SUCCESS) {
      hs_free_compile_error(err);
      continue;
    }
    if (info->max_width != UINT_MAX) bounds[i] = info->max_width;
    std::free(info);
  }
  return bounds;
}

// Match bounds for the start search, from the cache or computed and stored
// for the next run. Without a cache none are used: computing them at every
// start-up would cost a batch scan more than they save.
std::vector<std::size_t> CachedMatchBounds(const std::string& key, const std::vector<std::string>& patterns) {
  if (HyperscanCacheDir().empty()) return {};
  std::vector<std::size_t> bounds = LoadCachedMatchBounds(key, patterns.size());
  if (!bounds.empty()) return bounds;
  bounds = MatchBounds(patterns, HyperscanPatternFlags());
  StoreCachedMatchBounds(key, bounds);
  return bounds;
}

}  // namespace

// Without HS_FLAG_SOM_LEFTMOST: starts come from detect/match_start.h.
unsigned HyperscanPatternFlags() { return kBaseFlags; }

// Why a pattern Hyperscan accepts cannot be used to find match starts (PCRE2
// rejects very little that Hyperscan takes), naming every culprit.
std::string DescribeStartProblems(const std::vector<std::string>& patterns,
                                  const std::function<std::string(std::size_t)>& describe) {
  MatchStartFinder check(patterns);
  std::string out;
  std::size_t reported = 0;
  for (std::size_t i = 0; i < patterns.size() && reported < kMaxReportedErrors; ++i) {
    std::string error = check.ProblemWith(i);
    if (error.empty()) continue;
    out += (reported == 0 ? "" : "; ") + describe(i) + ": " + error;
    ++reported;
  }
  return out;
}

namespace {

// Compiles `patterns` into *db and stores it in the cache under `key`.
Status CompileAndStore(const std::vector<std::string>& patterns, const std::vector<unsigned>& flags,
                       const std::function<std::string(std::size_t)>& describe, const std::string& key,
                       hs_database_t** db) {
  std::vector<const char*> exprs;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(patterns.size()),
                       HS_MODE_BLOCK, nullptr, db, &err) != HS_SUCCESS) {
    std::string whole = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    bool one_pattern = err != nullptr && err->expression >= 0;
    hs_free_compile_error(err);
    std::string detail = one_pattern ? DescribeFailures(patterns, describe) : "";
    return Status(StatusCode::kDataError, detail.empty() ? "pattern database: " + whole : detail);
  }
  // Checked on a fresh compile only: a cached database's patterns passed before.
  if (std::string problems = DescribeStartProblems(patterns, describe); !problems.empty()) {
    return Status(StatusCode::kDataError, problems);
  }
  StoreCachedDatabase(key, *db);
  return Status::Ok();
}

}  // namespace

StatusOr<std::unique_ptr<HyperscanDatabase>> HyperscanDatabase::Compile(
    const std::vector<std::string>& patterns,
    const std::function<std::string(std::size_t)>& describe, std::vector<std::size_t> max_match_bytes) {
  std::unique_ptr<HyperscanDatabase> out(new HyperscanDatabase());
  if (patterns.empty()) return out;  // an empty database never matches
  if (patterns.size() > UINT_MAX) return Status(StatusCode::kDataError, "too many patterns");
  const std::vector<unsigned> flags(patterns.size(), HyperscanPatternFlags());
  const std::string cache_key = HyperscanCacheKey(patterns, flags);
  out->db_ = LoadCachedDatabase(cache_key);
  if (out->db_ == nullptr) {
    if (Status s = CompileAndStore(patterns, flags, describe, cache_key, &out->db_); !s.ok()) return s;
  }
  if (max_match_bytes.empty()) max_match_bytes = CachedMatchBounds(cache_key, patterns);
  out->starts_ = std::make_unique<MatchStartFinder>(patterns, std::move(max_match_bytes));
  return WithPrototype(std::move(out));
}

StatusOr<std::unique_ptr<HyperscanDatabase>> HyperscanDatabase::WithPrototype(
    std::unique_ptr<HyperscanDatabase> self) {
  if (hs_alloc_scratch(self->db_, &self->prototype_) != HS_SUCCESS) {
    return Status(StatusCode::kInternal, "cannot allocate Hyperscan scratch space");
  }
  return self;
}

HyperscanDatabase::~HyperscanDatabase() {
  for (hs_scratch_t* s : free_) hs_free_scratch(s);
  if (prototype_ != nullptr) hs_free_scratch(prototype_);
  if (db_ != nullptr) hs_free_database(db_);
}

hs_scratch* HyperscanDatabase::AcquireScratch() const {
  std::lock_guard<std::mutex> lock(mu_);
  if (!free_.empty()) {
    hs_scratch_t* s = free_.back();
    free_.pop_back();
    return s;
  }
  hs_scratch_t* s = nullptr;
  if (hs_clone_scratch(prototype_, &s) != HS_SUCCESS) return nullptr;
  ++created_;
  return s;
}

void HyperscanDatabase::ReleaseScratch(hs_scratch* scratch) const {
  std::lock_guard<std::mutex> lock(mu_);
  free_.push_back(scratch);
}

std::size_t HyperscanDatabase::scratch_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return created_;
}

namespace {

struct Trampoline {
  HyperscanDatabase::MatchFn fn;
  void* ctx;
  const MatchStartFinder* starts;
  std::string_view text;
};

int OnHyperscanMatch(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
  auto* t = static_cast<Trampoline*>(ctx);
  std::size_t from = t->starts->StartOf(id, t->text, static_cast<std::size_t>(to));
  return t->fn(t->ctx, id, from, to) ? 0 : 1;
}

}  // namespace

HyperscanDatabase::ScanResult HyperscanDatabase::Scan(std::string_view text, MatchFn on_match,
                                                      void* ctx) const {
  if (db_ == nullptr || text.empty()) return ScanResult::kComplete;
  hs_scratch_t* scratch = AcquireScratch();
  if (scratch == nullptr) return ScanResult::kError;
  // Block mode takes an unsigned length; callers bound text far below that.
  auto length = static_cast<unsigned>(std::min<std::size_t>(text.size(), UINT_MAX));
  Trampoline t{on_match, ctx, starts_.get(), text.substr(0, length)};
  hs_error_t rc = hs_scan(db_, text.data(), length, 0, scratch, OnHyperscanMatch, &t);
  ReleaseScratch(scratch);
  if (rc == HS_SUCCESS) return ScanResult::kComplete;
  return rc == HS_SCAN_TERMINATED ? ScanResult::kStopped : ScanResult::kError;
}

}  // namespace phishscan
