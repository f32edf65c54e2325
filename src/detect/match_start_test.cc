#include "detect/match_start.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace phishscan {
namespace {

TEST(MatchStartFinderTest, FindsTheLeftmostStartOfAMatchEndingThere) {
  MatchStartFinder f({"\\bverify (\\S+ ){0,2}account\\b", "a+b"});
  std::string text = "please verify your email account now";
  std::size_t end = text.find(" now");
  EXPECT_EQ(f.StartOf(0, text, end), text.find("verify"));
  // Leftmost: "aaab" ending at 4 starts at 0, not at 2.
  EXPECT_EQ(f.StartOf(1, "aaab", 4), 0u);
}

TEST(MatchStartFinderTest, WordBoundaryLooksBeforeTheWindow) {
  MatchStartFinder f({"\\bcount\\b"});
  std::string text = "account count";
  EXPECT_EQ(f.StartOf(0, text, text.size()), text.rfind("count"));
}

TEST(MatchStartFinderTest, MatchesCaselessAndUtf8LikeHyperscan) {
  MatchStartFinder f({"vérifiez votre compte"});
  std::string text = "Merci. VÉRIFIEZ VOTRE COMPTE";
  EXPECT_EQ(f.StartOf(0, text, text.size()), text.find("VÉRIFIEZ"));
}

TEST(MatchStartFinderTest, ALongerMatchIsReportedFromTheWindowStart) {
  MatchStartFinder f({"x[a-z]*y"});
  std::string text = "x" + std::string(MatchStartFinder::kWindowBytes + 100, 'a') + "y";
  EXPECT_EQ(f.StartOf(0, text, text.size()), text.size() - MatchStartFinder::kWindowBytes);
}

TEST(MatchStartFinderTest, ABoundedPatternFindsTheSameStartInItsBound) {
  MatchStartFinder bounded({"\\b(?:paypal|pay[ \\-]pal)\\b"}, {21});
  MatchStartFinder unbounded({"\\b(?:paypal|pay[ \\-]pal)\\b"});
  std::string text = std::string(2000, 'p') + " see PAY-PAL";
  EXPECT_EQ(bounded.StartOf(0, text, text.size()), text.find("PAY-PAL"));
  EXPECT_EQ(unbounded.StartOf(0, text, text.size()), text.find("PAY-PAL"));
  // "\b" still sees the character before the bound's window.
  MatchStartFinder word({"\\bcount\\b"}, {5});
  EXPECT_EQ(word.StartOf(0, "account count", 13), 8u);
  EXPECT_EQ(word.StartOf(0, "account", 7), 0u);  // no match: the whole window's start
}

TEST(MatchStartFinderTest, AMatchLongerThanItsBoundIsFoundInTheWholeWindow) {
  MatchStartFinder f({"x[a-z]*y"}, {4});
  EXPECT_EQ(f.StartOf(0, "a xaaaaaaay", 11), 2u);
}

TEST(MatchStartFinderTest, NoMatchOrBadInputNeverFails) {
  MatchStartFinder f({"abc"});
  EXPECT_EQ(f.StartOf(0, "xyz", 3), 0u);            // nothing ends there
  EXPECT_EQ(f.StartOf(7, "abc", 3), 0u);            // unknown pattern id
  EXPECT_EQ(f.StartOf(0, "abc", 99), 0u);           // end past the text
  std::string invalid = "\xff\xfe" "abc";
  EXPECT_LE(f.StartOf(0, invalid, invalid.size()), invalid.size());
}

TEST(MatchStartFinderTest, ReportsPatternsPcre2Rejects) {
  MatchStartFinder f({"fine", "(unclosed"});
  EXPECT_EQ(f.ProblemWith(0), "");
  EXPECT_NE(f.ProblemWith(1), "");
}

TEST(MatchStartFinderTest, ConcurrentFirstUseCompilesOnce) {
  MatchStartFinder f({"\\bfoo\\b"});
  std::string text = "a foo";
  std::vector<std::thread> threads;
  std::vector<std::size_t> starts(8);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] { starts[t] = f.StartOf(0, text, text.size()); });
  }
  for (std::thread& th : threads) th.join();
  for (std::size_t s : starts) EXPECT_EQ(s, 2u);
}

}  // namespace
}  // namespace phishscan
