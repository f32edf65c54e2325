#include "detect/hyperscan_cache.h"

#include <gtest/gtest.h>
#include <hs/hs.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "detect/hyperscan_database.h"

namespace phishscan {
namespace {

class HyperscanCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("phishscan-hs-cache-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    const char* old = std::getenv("PHISHSCAN_CACHE");
    old_ = old ? old : "";
    had_old_ = old != nullptr;
    ::setenv("PHISHSCAN_CACHE", dir_.c_str(), 1);
  }
  void TearDown() override {
    if (had_old_) ::setenv("PHISHSCAN_CACHE", old_.c_str(), 1);
    else ::unsetenv("PHISHSCAN_CACHE");
    std::filesystem::remove_all(dir_);
  }
  // Files with the given extension: ".db" entries, ".bounds" beside them.
  static std::size_t EntryCount(const std::filesystem::path& dir, const char* extension = ".db") {
    std::size_t n = 0;
    if (!std::filesystem::exists(dir)) return 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      n += e.is_regular_file() && e.path().extension() == extension;
    }
    return n;
  }
  std::filesystem::path dir_;
  std::string old_;
  bool had_old_ = false;
};

bool Matches(const HyperscanDatabase& db, std::string_view text) {
  bool hit = false;
  db.Scan(
      text,
      [](void* ctx, unsigned, unsigned long long, unsigned long long) {
        *static_cast<bool*>(ctx) = true;
        return true;
      },
      &hit);
  return hit;
}

TEST_F(HyperscanCacheTest, SecondCompileComesFromTheCacheAndMatchesTheSame) {
  std::vector<std::string> patterns = {"\\bverify your account\\b", "mot de passe"};
  auto describe = [](std::size_t i) { return std::to_string(i); };
  auto first = HyperscanDatabase::Compile(patterns, describe);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(EntryCount(dir_), 1u);
  auto second = HyperscanDatabase::Compile(patterns, describe);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(EntryCount(dir_), 1u);
  EXPECT_TRUE(Matches(*second.value(), "please verify your account now"));
  EXPECT_FALSE(Matches(*second.value(), "nothing to see"));
}

TEST_F(HyperscanCacheTest, KeyChangesWithPatternsAndFlags) {
  std::vector<unsigned> flags = {1, 1};
  std::string a = HyperscanCacheKey({"a", "b"}, flags);
  EXPECT_NE(a, HyperscanCacheKey({"a", "c"}, flags));
  EXPECT_NE(a, HyperscanCacheKey({"ab", ""}, flags));
  EXPECT_NE(a, HyperscanCacheKey({"a", "b"}, {1, 2}));
  EXPECT_EQ(a, HyperscanCacheKey({"a", "b"}, flags));
}

TEST_F(HyperscanCacheTest, CorruptEntryIsIgnored) {
  std::vector<std::string> patterns = {"phishing"};
  std::vector<unsigned> flags = {HyperscanPatternFlags()};
  std::string key = HyperscanCacheKey(patterns, flags);
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / ("hs-" + key + ".db")) << "not a database";
  EXPECT_EQ(LoadCachedDatabase(key), nullptr);
  auto db = HyperscanDatabase::Compile(patterns, [](std::size_t) { return std::string(); });
  ASSERT_TRUE(db.ok());
  EXPECT_TRUE(Matches(*db.value(), "a phishing mail"));
}

TEST_F(HyperscanCacheTest, MatchBoundsAreKeptBesideTheDatabase) {
  std::vector<std::string> patterns = {"abc", "a+b", "x{2,5}"};
  auto db = HyperscanDatabase::Compile(patterns, [](std::size_t) { return std::string(); });
  ASSERT_TRUE(db.ok());
  const std::string key = HyperscanCacheKey(patterns, std::vector<unsigned>(3, HyperscanPatternFlags()));
  EXPECT_EQ(LoadCachedMatchBounds(key, 3), (std::vector<std::size_t>{3, 0, 5}));  // 0: unbounded
  EXPECT_TRUE(LoadCachedMatchBounds(key, 2).empty());  // not the patterns' count
  std::ofstream(dir_ / ("hs-" + key + ".bounds")) << "3\n0\nfive\n";
  EXPECT_TRUE(LoadCachedMatchBounds(key, 3).empty());
  // A database compiled with bounds from its caller stores none.
  ASSERT_TRUE(HyperscanDatabase::Compile({"given"}, [](std::size_t) { return std::string(); }, {5}).ok());
  EXPECT_EQ(EntryCount(dir_, ".bounds"), 1u);
}

TEST_F(HyperscanCacheTest, OffDisablesCaching) {
  ::setenv("PHISHSCAN_CACHE", "off", 1);
  EXPECT_EQ(HyperscanCacheDir(), "");
  auto db = HyperscanDatabase::Compile({"x"}, [](std::size_t) { return std::string(); });
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(EntryCount(dir_), 0u);
  EXPECT_EQ(EntryCount(dir_, ".bounds"), 0u);
}

TEST_F(HyperscanCacheTest, KeepsOnlyTheMostRecentlyUsedEntries) {
  auto compile = [](const std::string& pattern) {
    return HyperscanDatabase::Compile({pattern}, [](std::size_t) { return std::string(); });
  };
  ASSERT_TRUE(compile("kept").ok());
  for (int i = 0; i < 40; ++i) {
    ASSERT_TRUE(compile("pattern" + std::to_string(i)).ok());
    // Loading "kept" again (a cache hit) marks it used; mtime resolution
    // may be coarse, so it is loaded after every new entry.
    ASSERT_TRUE(compile("kept").ok());
  }
  EXPECT_LE(EntryCount(dir_), 32u);
  EXPECT_GE(EntryCount(dir_), 1u);
  EXPECT_EQ(EntryCount(dir_, ".bounds"), EntryCount(dir_));  // pruned with their databases
  std::vector<unsigned> flags = {HyperscanPatternFlags()};
  hs_database_t* kept = LoadCachedDatabase(HyperscanCacheKey({"kept"}, flags));
  EXPECT_NE(kept, nullptr);
  hs_free_database(kept);
}

}  // namespace
}  // namespace phishscan
