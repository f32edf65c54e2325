// On-disk cache of compiled Hyperscan databases. Compiling the shipped phrase
// lists takes seconds of CPU; every CLI run, test binary and milter reload
// would pay it. The cache key is a SHA-256 of the Hyperscan version, the
// platform, the flags and every pattern, so any edit to a data file or an
// upgrade of the library compiles afresh. A missing, unreadable or corrupt
// cache entry is never an error: the caller compiles instead.
#ifndef PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_
#define PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_

#include <cstddef>
#include <string>
#include <vector>

struct hs_database;

namespace phishscan {

// Folder of the cache: $PHISHSCAN_CACHE, else $XDG_CACHE_HOME/phishscan, else
// $HOME/.cache/phishscan. "" (no caching) when PHISHSCAN_CACHE is "off" or no
// folder can be named.
std::string HyperscanCacheDir();

std::string HyperscanCacheKey(const std::vector<std::string>& patterns,
                              const std::vector<unsigned>& flags);

// The cached database for `key`, or nullptr.
hs_database* LoadCachedDatabase(const std::string& key);

// Writes `db` under `key` (atomically: temporary file + rename) and keeps only
// the most recent entries. Best effort.
void StoreCachedDatabase(const std::string& key, const hs_database* db);

// Bounds on the length of each pattern's matches (see MatchStartFinder),
// kept beside the database of the same key: Hyperscan's analysis of the
// phrase lists costs a start-up as much as the bounds save in a batch. Empty
// when absent, unreadable or not `count` long.
std::vector<std::size_t> LoadCachedMatchBounds(const std::string& key, std::size_t count);

// Writes `bounds` beside the entry `key` (atomically). Best effort.
void StoreCachedMatchBounds(const std::string& key, const std::vector<std::size_t>& bounds);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_
