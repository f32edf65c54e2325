#include "extract/confusables.h"

#include <gtest/gtest.h>
#include <unicode/uspoof.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

namespace phishscan {
namespace {

TEST(ConfusableSkeletonTest, LookalikesShareASkeleton) {
  const std::string paypal = ConfusableSkeleton("paypal.com");
  EXPECT_EQ(ConfusableSkeleton("p\xD0\xB0ypal.com"), paypal);  // Cyrillic а
  EXPECT_EQ(ConfusableSkeleton("paypa1.com"), paypal);           // digit one
  EXPECT_EQ(ConfusableSkeleton("rnicrosoft.com"), ConfusableSkeleton("microsoft.com"));
  EXPECT_NE(ConfusableSkeleton("paypal.com"), ConfusableSkeleton("paypai.org"));
}

// ICU's own answer, with a checker of the default configuration (the
// skeleton does not depend on the checks a checker is set to run).
std::string IcuSkeleton(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  USpoofChecker* sc = uspoof_open(&status);
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = uspoof_getSkeletonUTF8(sc, 0, utf8.data(), static_cast<int32_t>(utf8.size()), out.data(),
                                           static_cast<int32_t>(out.size()), &status);
  uspoof_close(sc);
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(n) : 0);
  return out;
}

// ASCII strings take a table instead of ICU: the answer must not change.
TEST(ConfusableSkeletonTest, AsciiSkeletonsAreIcus) {
  for (int c = 0; c < 128; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(ConfusableSkeleton(one), IcuSkeleton(one)) << "character " << c;
  }
  std::mt19937 random(20261129);
  std::uniform_int_distribution<int> ascii(0, 127), length(1, 40);
  for (int i = 0; i < 2000; ++i) {
    std::string s(static_cast<std::size_t>(length(random)), ' ');
    for (char& c : s) c = static_cast<char>(ascii(random));
    EXPECT_EQ(ConfusableSkeleton(s), IcuSkeleton(s)) << "input " << testing::PrintToString(s);
  }
  for (const std::string s : {"rnicrosoft.com", "PAYPAL.COM", "l1I|", "x--y_z", "Micr0soft Support"})
    EXPECT_EQ(ConfusableSkeleton(s), IcuSkeleton(s)) << s;
}

TEST(ConfusableSkeletonTest, InvalidInputIsReplaced) {
  EXPECT_EQ(ConfusableSkeleton(""), "");
  EXPECT_EQ(ConfusableSkeleton("\xFF\xFE"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(IsConfusableHostTest, MixedScriptsAreConfusable) {
  EXPECT_TRUE(IsConfusableHost("p\xD0\xB0ypal.com"));  // Latin + Cyrillic
  EXPECT_TRUE(IsConfusableHost("g\xCE\xBF\xCE\xBFgle.com"));  // Latin + Greek omicrons
}

TEST(IsConfusableHostTest, WholeScriptAsciiLookalikesAreConfusable) {
  // "аррӏе" entirely in Cyrillic, every letter an ASCII lookalike.
  EXPECT_TRUE(IsConfusableHost("\xD0\xB0\xD1\x80\xD1\x80\xD3\x8F\xD0\xB5.com"));
}

TEST(IsConfusableHostTest, OrdinaryInternationalNamesAreNot) {
  EXPECT_FALSE(IsConfusableHost("paypal.com"));
  EXPECT_FALSE(IsConfusableHost("m\xC3\xBCnchen.de"));
  EXPECT_FALSE(IsConfusableHost("\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.\xD1\x80\xD1\x84"));  // пример.рф
  EXPECT_FALSE(IsConfusableHost("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E.jp"));  // 日本語.jp
  EXPECT_FALSE(IsConfusableHost("\xFF\xFE"));
}

// Each label is judged alone: a Greek or Cyrillic name under a Latin top-level
// domain is an ordinary registration, a label that mixes scripts is not.
TEST(IsConfusableHostTest, OneScriptLabelsUnderALatinTopLevelDomainAreNot) {
  EXPECT_FALSE(IsConfusableHost("\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC.gr"));  // ελληνικά.gr
  EXPECT_FALSE(IsConfusableHost("\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.com"));  // пример.com
  EXPECT_TRUE(IsConfusableHost("mail.p\xD0\xB0ypal.com"));           // Latin + Cyrillic in one label
  EXPECT_TRUE(IsConfusableHost("login.\xD0\xB0\xD1\x80\xD1\x80\xD3\x8F\xD0\xB5.com"));  // all-lookalike label
}

TEST(IsConfusableHostTest, SharedCheckerIsSafeAcrossThreads) {
  const std::string expected = ConfusableSkeleton("p\xD0\xB0ypal.com");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &expected, &mismatches] {
      for (int i = 0; i < 500; ++i) {
        if (!IsConfusableHost("p\xD0\xB0ypal.com") || IsConfusableHost("example.org") ||
            ConfusableSkeleton("p\xD0\xB0ypal.com") != expected) {
          ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace phishscan
