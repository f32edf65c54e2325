// Where a Hyperscan match starts. The pattern databases are compiled without
// start-of-match tracking: with HS_FLAG_SOM_LEFTMOST the phrase database
// scanned text at ~27 MB/s and took 26 MB, without it at 140-290 MB/s and
// 9 MB. Only the few matches a message has need a start (for evidence and
// for the detectors' proximity rules), so it is recovered afterwards by
// running that one pattern with PCRE2, Hyperscan's own dialect, anchored at
// the match's end: the leftmost start whose match ends there, which is what
// HS_FLAG_SOM_LEFTMOST reported.
#ifndef PHISHSCAN_DETECT_MATCH_START_H_
#define PHISHSCAN_DETECT_MATCH_START_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/status.h"

namespace phishscan {

class MatchStartFinder {
 public:
  // How far before a match's end its start is looked for. Phrases are a few
  // words; a longer match is reported from this far back. The search costs
  // up to one attempt per occurrence of the phrase's first letter in the
  // window, so a text repeating a phrase thousands of times stays cheap.
  static constexpr std::size_t kWindowBytes = 1024;

  // `max_match_bytes[i]`, when given and not 0, bounds the length in bytes
  // of any text pattern i matches (brand keywords by construction, phrases
  // by Hyperscan's analysis). The start is then looked for in that many bytes
  // first: the search costs an attempt per candidate start, and most bounds
  // are a few dozen bytes where the window is a kilobyte.
  explicit MatchStartFinder(std::vector<std::string> patterns,
                            std::vector<std::size_t> max_match_bytes = {});
  ~MatchStartFinder();
  MatchStartFinder(const MatchStartFinder&) = delete;
  MatchStartFinder& operator=(const MatchStartFinder&) = delete;

  // Why pattern `id` cannot be used to find starts, or "" when it can.
  // Loading calls this for patterns Hyperscan accepted on a fresh compile.
  std::string ProblemWith(std::size_t id) const;

  // The leftmost s in [end - kWindowBytes, end] such that text[s, end)
  // matches pattern `id` (caseless, UTF-8, as the Hyperscan database). When
  // none is found (a longer match, text that is not UTF-8) it returns the
  // window's start, so the evidence still contains the match. Thread-safe.
  std::size_t StartOf(unsigned id, std::string_view text, std::size_t end) const;

 private:
  struct Compiled;
  const Compiled* CompiledFor(unsigned id) const;
  // The leftmost start in the `window_bytes` before `end`, if any.
  std::optional<std::size_t> Search(const Compiled& compiled, std::string_view text, std::size_t end,
                                    std::size_t window_bytes) const;

  std::vector<std::string> patterns_;
  std::vector<std::size_t> max_match_bytes_;
  // Compiled on first use: a message matches a handful of the thousands of
  // patterns, and compiling them all would slow every start-up.
  std::unique_ptr<std::once_flag[]> once_;
  std::unique_ptr<std::unique_ptr<Compiled>[]> compiled_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_MATCH_START_H_
