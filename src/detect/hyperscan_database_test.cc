#include "detect/hyperscan_database.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace phishscan {
namespace {

bool CountMatch(void* ctx, unsigned, unsigned long long, unsigned long long) {
  ++*static_cast<int*>(ctx);
  return true;
}

bool StopAtFirst(void* ctx, unsigned, unsigned long long, unsigned long long) {
  ++*static_cast<int*>(ctx);
  return false;
}

std::string Describe(std::size_t i) { return "pattern " + std::to_string(i); }

TEST(HyperscanDatabaseTest, ScansAndStopsOnRequest) {
  auto db = HyperscanDatabase::Compile({"\\bfoo\\b", "bar"}, Describe);
  ASSERT_TRUE(db.ok()) << db.status().message();
  int n = 0;
  EXPECT_EQ(db.value()->Scan("foo bar foo", &CountMatch, &n), HyperscanDatabase::ScanResult::kComplete);
  EXPECT_EQ(n, 3);
  n = 0;
  EXPECT_EQ(db.value()->Scan("foo bar foo", &StopAtFirst, &n), HyperscanDatabase::ScanResult::kStopped);
  EXPECT_EQ(n, 1);
}

TEST(HyperscanDatabaseTest, ScratchPoolGrowsOnlyToPeakConcurrency) {
  auto db = HyperscanDatabase::Compile({"\\bfoo\\b"}, Describe);
  ASSERT_TRUE(db.ok());
  const HyperscanDatabase& d = *db.value();
  int n = 0;
  for (int i = 0; i < 10; ++i) d.Scan("foo", &CountMatch, &n);
  EXPECT_EQ(d.scratch_count(), 1u);  // sequential scans reuse one scratch

  std::string text;
  for (int i = 0; i < 500; ++i) text += "foo ";
  std::atomic<int> total{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        int local = 0;
        d.Scan(text, &CountMatch, &local);
        total += local;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(total.load(), 4 * 25 * 500);
  EXPECT_GE(d.scratch_count(), 1u);
  EXPECT_LE(d.scratch_count(), 4u);
}

TEST(HyperscanDatabaseTest, CompileErrorNamesEveryBadPattern) {
  auto db = HyperscanDatabase::Compile({"ok", "(bad", "fine", "[also bad"}, Describe);
  ASSERT_FALSE(db.ok());
  const std::string& msg = db.status().message();
  EXPECT_NE(msg.find("pattern 1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("pattern 3"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("pattern 0"), std::string::npos) << msg;
}

TEST(HyperscanDatabaseTest, EmptyDatabaseMatchesNothing) {
  auto db = HyperscanDatabase::Compile({}, Describe);
  ASSERT_TRUE(db.ok());
  int n = 0;
  EXPECT_EQ(db.value()->Scan("anything", &CountMatch, &n), HyperscanDatabase::ScanResult::kComplete);
  EXPECT_EQ(n, 0);
}

}  // namespace
}  // namespace phishscan
