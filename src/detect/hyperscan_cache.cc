#include "detect/hyperscan_cache.h"

#include <hs/hs.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>
#include <vector>

#include "parse/sha256.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxCacheFileBytes = 256u << 20;
// Every edit of a phrase file makes a new entry, and so does each small
// database a test compiles; keep the most recently used few.
constexpr std::size_t kMaxCacheEntries = 32;

std::filesystem::path EntryPath(const std::string& key) {
  return std::filesystem::path(HyperscanCacheDir()) / ("hs-" + key + ".db");
}

// The match bounds of an entry, beside its database.
std::filesystem::path BoundsPath(std::filesystem::path entry) { return entry.replace_extension(".bounds"); }

// Writes `data` to `path` through a temporary file and a rename.
void WriteAtomically(const std::filesystem::path& path, const char* data, std::size_t length) {
  std::error_code ec;
  std::filesystem::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) out.write(data, static_cast<std::streamsize>(length));
    if (!out) {
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

// Removes the least recently used entries beyond kMaxCacheEntries (a load
// refreshes an entry's modification time).
void PruneCache(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> entries;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("hs-", 0) != 0 || e.path().extension() != ".db") continue;
    entries.emplace_back(e.last_write_time(ec), e.path());
  }
  if (entries.size() <= kMaxCacheEntries) return;
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kMaxCacheEntries; i < entries.size(); ++i) {
    std::filesystem::remove(entries[i].second, ec);
    std::filesystem::remove(BoundsPath(entries[i].second), ec);
  }
}

}  // namespace

std::string HyperscanCacheDir() {
  if (const char* dir = std::getenv("PHISHSCAN_CACHE"); dir != nullptr && *dir != '\0') {
    return std::string(dir) == "off" ? "" : dir;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/phishscan";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.cache/phishscan";
  }
  return "";
}

std::string HyperscanCacheKey(const std::vector<std::string>& patterns,
                              const std::vector<unsigned>& flags) {
  Sha256 hash;
  hash.Update(hs_version());
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) == HS_SUCCESS) {
    hash.Update(std::string_view(reinterpret_cast<const char*>(&platform), sizeof platform));
  }
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    std::string entry = std::to_string(flags[i]) + ':' + patterns[i];
    hash.Update(std::to_string(entry.size()));
    hash.Update("\n");
    hash.Update(entry);
  }
  return hash.HexDigest();
}

hs_database* LoadCachedDatabase(const std::string& key) {
  if (HyperscanCacheDir().empty()) return nullptr;
  // Read straight into one buffer of the file's size: a stream copy and its
  // str() would hold the serialised database two more times (tens of MB at
  // start-up, the batch scan's peak memory).
  std::ifstream in(EntryPath(key), std::ios::binary | std::ios::ate);
  if (!in) return nullptr;
  const std::streamoff size = in.tellg();
  if (size <= 0 || static_cast<std::uint64_t>(size) > kMaxCacheFileBytes) return nullptr;
  std::string data(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(data.data(), size)) return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(data.data(), data.size(), &db) != HS_SUCCESS) return nullptr;
  // Marks the entry as used, so that pruning keeps the shipped data's
  // databases rather than those of the last test run. Best effort.
  std::error_code ec;
  std::filesystem::last_write_time(EntryPath(key), std::filesystem::file_time_type::clock::now(), ec);
  return db;
}

void StoreCachedDatabase(const std::string& key, const hs_database* db) {
  std::string dir = HyperscanCacheDir();
  if (dir.empty()) return;
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  WriteAtomically(EntryPath(key), bytes, length);
  std::free(bytes);
  PruneCache(dir);
}

std::vector<std::size_t> LoadCachedMatchBounds(const std::string& key, std::size_t count) {
  if (HyperscanCacheDir().empty()) return {};
  std::ifstream in(BoundsPath(EntryPath(key)));
  std::vector<std::size_t> bounds;
  bounds.reserve(count);
  for (std::size_t bound = 0; bounds.size() <= count && in >> bound;) bounds.push_back(bound);
  if (bounds.size() != count || !in.eof()) return {};
  return bounds;
}

void StoreCachedMatchBounds(const std::string& key, const std::vector<std::size_t>& bounds) {
  const std::string dir = HyperscanCacheDir();
  if (dir.empty()) return;
  std::string text;
  for (std::size_t bound : bounds) text += std::to_string(bound) + '\n';
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  WriteAtomically(BoundsPath(EntryPath(key)), text.data(), text.size());
}

}  // namespace phishscan
