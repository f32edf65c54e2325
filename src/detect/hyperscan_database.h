// A compiled Hyperscan block-mode database with the scratch space each
// concurrent scan needs. Shared by the phrase matcher and the brand catalog.
#ifndef PHISHSCAN_DETECT_HYPERSCAN_DATABASE_H_
#define PHISHSCAN_DETECT_HYPERSCAN_DATABASE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/status.h"

struct hs_database;
struct hs_scratch;

namespace phishscan {

// Flags every pattern is compiled with. HS_FLAG_UCP is deliberately absent:
// Hyperscan rejects `\b` in UCP mode, and the phrase lists need `\b` far more
// than Unicode-aware `\w` (the text is lower-cased before matching, and
// caseless UTF-8 matching still folds accented letters). See data/phrases/README.md.
// Start-of-match tracking is absent too: it made scans 5-10 times slower;
// MatchStartFinder recovers the start of the few matches a message has.
unsigned HyperscanPatternFlags();

class MatchStartFinder;

class HyperscanDatabase {
 public:
  // Called for each match with its leftmost start and its end; returns false
  // to stop the scan.
  using MatchFn = bool (*)(void* ctx, unsigned id, unsigned long long from, unsigned long long to);
  enum class ScanResult { kComplete, kStopped, kError };

  // Compiles patterns[i] with id i, or loads the same compiled database from
  // the on-disk cache (detect/hyperscan_cache.h). On failure the Status names every
  // pattern that does not compile, described by `describe(i)` ("file:line").
  // `max_match_bytes`, optional, bounds each pattern's match length for the
  // start search (see MatchStartFinder); it does not change the database.
  // Without it the bounds come from Hyperscan's analysis of the patterns,
  // kept in the cache beside the database (none when caching is off).
  static StatusOr<std::unique_ptr<HyperscanDatabase>> Compile(
      const std::vector<std::string>& patterns,
      const std::function<std::string(std::size_t)>& describe,
      std::vector<std::size_t> max_match_bytes = {});
  ~HyperscanDatabase();
  HyperscanDatabase(const HyperscanDatabase&) = delete;
  HyperscanDatabase& operator=(const HyperscanDatabase&) = delete;

  // Thread-safe: each call borrows a scratch from the pool.
  ScanResult Scan(std::string_view text, MatchFn on_match, void* ctx) const;

  // Scratch spaces created so far (for tests of the pool).
  std::size_t scratch_count() const;

 private:
  HyperscanDatabase() = default;
  // Allocates the prototype scratch for self->db_ and hands `self` back.
  static StatusOr<std::unique_ptr<HyperscanDatabase>> WithPrototype(
      std::unique_ptr<HyperscanDatabase> self);
  hs_scratch* AcquireScratch() const;
  void ReleaseScratch(hs_scratch* scratch) const;

  hs_database* db_ = nullptr;
  std::unique_ptr<MatchStartFinder> starts_;
  // Hyperscan scratch is single-user. A mutex-protected free list (rather
  // than a thread_local cache keyed by database) is freed with the database,
  // cannot hand a stale scratch to a new database allocated at the same
  // address, and stays as small as the peak number of concurrent scans.
  hs_scratch* prototype_ = nullptr;
  mutable std::mutex mu_;
  mutable std::vector<hs_scratch*> free_;
  mutable std::size_t created_ = 0;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_HYPERSCAN_DATABASE_H_
