// On-disk cache of compiled Hyperscan databases. Compiling the shipped phrase
// lists takes seconds of CPU; every CLI run, test binary and milter reload
// would pay it. The cache key is a SHA-256 of the Hyperscan version, the
// platform, the flags and every pattern, so any edit to a data file or an
// upgrade of the library compiles afresh. A missing, unreadable or corrupt
// cache entry is never an error: the caller compiles instead.
#ifndef PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_
#define PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_

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

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_HYPERSCAN_CACHE_H_
