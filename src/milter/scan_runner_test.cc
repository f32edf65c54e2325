#include "milter/scan_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace phishscan {
namespace {

using std::chrono::milliseconds;

class SleepyScanner : public MessageScanner {
 public:
  explicit SleepyScanner(milliseconds delay) : delay_(delay) {}
  Verdict Scan(std::string_view raw, const Envelope& envelope) const override {
    std::this_thread::sleep_for(delay_);
    Verdict v;
    v.label = Label::kSuspicious;
    v.score = static_cast<int>(raw.size());
    v.source = envelope.mail_from;
    return v;
  }

 private:
  milliseconds delay_;
};

class ThrowingScanner : public MessageScanner {
 public:
  Verdict Scan(std::string_view, const Envelope&) const override { throw std::runtime_error("boom"); }
};

std::shared_ptr<const std::string> Bytes(std::string s) { return std::make_shared<const std::string>(std::move(s)); }

TEST(ScanRunnerTest, ReturnsTheVerdictWhenInTime) {
  ScanRunner runner;
  Envelope env;
  env.mail_from = "a@example.com";
  auto r = runner.Run(std::make_shared<SleepyScanner>(milliseconds(0)), Bytes("12345"), env, milliseconds(5000), 4);
  ASSERT_EQ(r.outcome, ScanRunner::Outcome::kDone);
  EXPECT_EQ(r.verdict.score, 5);
  EXPECT_EQ(r.verdict.source, "a@example.com");
  EXPECT_TRUE(runner.WaitIdle(milliseconds(1000)));
}

TEST(ScanRunnerTest, TimesOutAndKeepsTheSlotUntilTheScanEnds) {
  ScanRunner runner;
  auto start = std::chrono::steady_clock::now();
  auto r = runner.Run(std::make_shared<SleepyScanner>(milliseconds(400)), Bytes("x"), {}, milliseconds(50), 1);
  EXPECT_EQ(r.outcome, ScanRunner::Outcome::kTimedOut);
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(300));
  EXPECT_EQ(runner.running(), 1);
  // The overrunning scan still holds the only slot.
  auto refused = runner.Run(std::make_shared<SleepyScanner>(milliseconds(0)), Bytes("x"), {}, milliseconds(50), 1);
  EXPECT_EQ(refused.outcome, ScanRunner::Outcome::kOverloaded);
  EXPECT_TRUE(runner.WaitIdle(milliseconds(2000)));
  EXPECT_EQ(runner.running(), 0);
}

TEST(ScanRunnerTest, AnExceptionBecomesAnInternalError) {
  ScanRunner runner;
  auto r = runner.Run(std::make_shared<ThrowingScanner>(), Bytes("x"), {}, milliseconds(2000), 1);
  ASSERT_EQ(r.outcome, ScanRunner::Outcome::kDone);
  EXPECT_EQ(r.verdict.error.rfind("internal error", 0), 0u) << r.verdict.error;
}

TEST(ScanRunnerTest, RunsScansInParallel) {
  ScanRunner runner;
  auto scanner = std::make_shared<SleepyScanner>(milliseconds(500));
  std::atomic<int> done{0};
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      if (runner.Run(scanner, Bytes("x"), {}, milliseconds(5000), 4).outcome == ScanRunner::Outcome::kDone) ++done;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(done.load(), 4);
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(1500));  // one at a time: 2000
}

}  // namespace
}  // namespace phishscan
