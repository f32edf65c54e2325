#include "detect/phrase_matcher.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace phishscan {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<PhraseMatcher> Make(std::vector<Phrase> phrases) {
  auto m = PhraseMatcher::FromPhrases(std::move(phrases));
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? std::move(m).value() : nullptr;
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("phrase_matcher_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name) << content;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(PhraseMatcherTest, FindsPhrasesWithByteOffsetsInTextOrder) {
  auto m = Make({{"urgency_threat", "en", "\\bsuspended\\b"}, {"greeting_generic", "en", "\\bdear customer\\b"}});
  std::string text = "dear customer, your account will be suspended.";
  std::vector<PhraseMatch> got = m->Match(text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].phrase_index, 1u);
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "dear customer");
  EXPECT_EQ(got[1].phrase_index, 0u);
  EXPECT_EQ(text.substr(got[1].start, got[1].end - got[1].start), "suspended");
}

TEST(PhraseHitsTest, OverlappingMatchesAreOneWording) {
  auto m = Make({{"prize", "en", "\\bclaim your free gift\\b"},
                 {"prize", "en", "\\bfree gift\\b"},
                 {"prize", "en", "\\bwinner\\b"},
                 {"urgency_threat", "en", "\\bgift\\b"}});
  std::string text = "winner! claim your free gift today";
  PhraseHits hits(*m, text, m->Match(text));
  std::vector<std::string_view> wording = hits.WordingIn("prize");
  ASSERT_EQ(wording.size(), 2u);
  EXPECT_EQ(wording[0], "winner");
  EXPECT_EQ(wording[1], "claim your free gift");
  EXPECT_TRUE(hits.WordingIn("callback").empty());
}

TEST(PhraseMatcherTest, IsCaselessAndMatchesAccentedText) {
  auto m = Make({{"credential_request", "fr", "\\bconfirme[rz]? (vos|tes) identifiants"}});
  std::string text = "Merci de CONFIRMEZ vos identifiants à nouveau";
  std::vector<PhraseMatch> got = m->Match(text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "CONFIRMEZ vos identifiants");
  auto accented = Make({{"mail_service", "fr", "boîte (mail|aux lettres) (est )?pleine"}});
  std::string fr = "votre boîte mail est pleine";
  ASSERT_EQ(accented->Match(fr).size(), 1u);
  EXPECT_EQ(accented->Match(fr)[0].start, fr.find("boîte"));
}

TEST(PhraseMatcherTest, ReportsOneMatchPerPhraseAndStartWithTheShortestEnd) {
  auto m = Make({{"call_to_action", "en", "\\bverify\\b.{0,30}\\baccount\\b"}});
  std::string text = "please verify your account now, verify the account";
  std::vector<PhraseMatch> got = m->Match(text);
  ASSERT_EQ(got.size(), 1u);  // the second occurrence has the same leftmost start
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "verify your account");
}

TEST(PhraseMatcherTest, WordBoundaryDoesNotMatchInsideWords) {
  auto m = Make({{"credential_word", "en", "\\bpasswords?\\b"}});
  EXPECT_TRUE(m->Match("passwordless login").empty());
  EXPECT_EQ(m->Match("your password.").size(), 1u);
}

TEST(PhraseMatcherTest, EmptyTextAndEmptyMatcherMatchNothing) {
  auto m = Make({{"crypto", "en", "\\bbitcoin\\b"}});
  EXPECT_TRUE(m->Match("").empty());
  auto empty = Make({});
  EXPECT_TRUE(empty->Match("bitcoin").empty());
}

TEST(PhraseMatcherTest, CapsTheNumberOfMatches) {
  auto m = Make({{"crypto", "en", "\\bbtc\\b"}});
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "btc ";
  bool timed_out = true;
  std::vector<PhraseMatch> got = m->Match(text, 0, &timed_out);
  EXPECT_EQ(got.size(), 10000u);
  EXPECT_FALSE(timed_out);
}

TEST(PhraseMatcherTest, StopsWhenTheBudgetIsSpent) {
  // Every end offset of "a+" shares start 0: millions of callbacks, one match.
  auto m = Make({{"crypto", "en", "a+"}});
  std::string text(4u << 20, 'a');
  bool timed_out = false;
  std::vector<PhraseMatch> got = m->Match(text, 1, &timed_out);
  EXPECT_TRUE(timed_out);
  EXPECT_EQ(got.size(), 1u);
  EXPECT_LT(got[0].end, text.size());
}

TEST(PhraseMatcherTest, WithoutBudgetScansEverything) {
  auto m = Make({{"crypto", "en", "a+"}});
  // Within the window a start is looked for in (detect/match_start.h).
  std::string text(1000, 'a');
  bool timed_out = true;
  std::vector<PhraseMatch> got = m->Match(text, 0, &timed_out);
  EXPECT_FALSE(timed_out);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].end, 1u);  // the shortest end is kept
}

TEST(PhraseMatcherTest, ConcurrentScansGiveTheSameAnswer) {
  auto m = Make({{"urgency_deadline", "en", "\\bwithin 24 hours\\b"}, {"crypto", "en", "\\bbitcoin\\b"}});
  auto other = Make({{"crypto", "en", "\\bbitcoin\\b"}});  // a second matcher alive at once
  std::string text;
  for (int i = 0; i < 200; ++i) text += "pay in bitcoin within 24 hours. ";
  const std::size_t expected = m->Match(text).size();
  ASSERT_EQ(expected, 400u);
  std::vector<std::thread> threads;
  std::vector<std::size_t> counts(8, 0), other_counts(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        counts[t] = m->Match(text).size();
        other_counts[t] = other->Match(text).size();
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 8; ++t) {
    EXPECT_EQ(counts[t], expected);
    EXPECT_EQ(other_counts[t], 200u);
  }
}

TEST(PhraseMatcherTest, RejectsInvalidPhrases) {
  EXPECT_FALSE(PhraseMatcher::FromPhrases({{"", "en", "x"}}).ok());
  EXPECT_FALSE(PhraseMatcher::FromPhrases({{"crypto", "english", "x"}}).ok());
  EXPECT_FALSE(PhraseMatcher::FromPhrases({{"crypto", "en", ""}}).ok());
  auto bad = PhraseMatcher::FromPhrases({{"crypto", "en", "bitcoin"}, {"crypto", "en", "(unclosed"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("phrase #1"), std::string::npos) << bad.status().message();
}

TEST(PhraseMatcherTest, LoadDirReadsEveryTsvFileAndSkipsComments) {
  TempDir dir;
  dir.Write("b.tsv", "# comment\n\ncrypto\ten\t\\bbitcoin\\b\r\n");
  dir.Write("a.tsv", "greeting_generic\tfr\t\\bcher client\\b\n");
  dir.Write("notes.txt", "not\ta\tphrase file with a broken ( pattern\n");
  auto m = PhraseMatcher::LoadDir(dir.path());
  ASSERT_TRUE(m.ok()) << m.status().message();
  ASSERT_EQ(m.value()->phrases().size(), 2u);
  EXPECT_EQ(m.value()->phrases()[0].category, "greeting_generic");  // files in name order
  EXPECT_EQ(m.value()->phrases()[1].pattern, "\\bbitcoin\\b");
  EXPECT_EQ(m.value()->Match("cher client, bitcoin").size(), 2u);
}

TEST(PhraseMatcherTest, LoadErrorsNameFileAndLine) {
  TempDir dir;
  dir.Write("x.tsv", "# header\ncrypto\ten\t\\bbitcoin\\b\ncrypto en missing tabs\n");
  auto m = PhraseMatcher::LoadDir(dir.path());
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("x.tsv:3"), std::string::npos) << m.status().message();

  TempDir regex;
  regex.Write("y.tsv", "crypto\ten\t\\bbitcoin\\b\ncrypto\ten\t(unclosed\n");
  auto r = PhraseMatcher::LoadDir(regex.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("y.tsv:2"), std::string::npos) << r.status().message();

  EXPECT_FALSE(PhraseMatcher::LoadDir(dir.path() + "/missing").ok());
}

TEST(PhraseMatcherTest, BoundedRepeatsCompileAndReportTheirStart) {
  // Start-of-match tracking used to reject such repeats ("Pattern is too large").
  TempDir dir;
  dir.Write("gap.tsv", "credential_request\ten\t\\benter (your|the) [^.]{0,40}password\n");
  auto m = PhraseMatcher::LoadDir(dir.path());
  ASSERT_TRUE(m.ok()) << m.status().message();
  std::string text = "please enter your new mailbox password now";
  std::vector<PhraseMatch> got = m.value()->Match(text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "enter your new mailbox password");
}

TEST(PhraseHitsTest, GroupsMatchesByCategory) {
  auto m = Make({{"urgency_threat", "en", "\\bsuspended\\b"},
                 {"urgency_deadline", "en", "\\bwithin 24 hours\\b"},
                 {"urgency_threat", "en", "\\bdeleted\\b"}});
  std::string text = "suspended within 24 hours, then deleted";
  PhraseHits hits(*m, text, m->Match(text));
  std::vector<const PhraseMatch*> threats = hits.InCategory("urgency_threat");
  ASSERT_EQ(threats.size(), 2u);
  EXPECT_EQ(hits.MatchedText(*threats[0]), "suspended");
  EXPECT_EQ(hits.MatchedText(*threats[1]), "deleted");
  EXPECT_EQ(hits.PhraseOf(*threats[1]).pattern, "\\bdeleted\\b");
  EXPECT_TRUE(hits.Any("urgency_deadline"));
  EXPECT_FALSE(hits.Any("crypto"));
  EXPECT_TRUE(hits.InCategory("crypto").empty());
  EXPECT_EQ(hits.all().size(), 3u);
}

}  // namespace
}  // namespace phishscan
