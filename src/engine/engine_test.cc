// End-to-end tests of the library: the seed lure, the legitimate look-alikes,
// and verdict stability under line-ending and mbox-envelope changes.
#include "phishscan/engine.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <algorithm>
#include <atomic>
#include <filesystem>

namespace phishscan {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Engine& SharedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    EngineOptions options;
    options.data_dir = PHISHSCAN_SOURCE_DATA_DIR;
    auto created = Engine::Create(options);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return std::move(created).value();
  }();
  return *engine;
}

Verdict ScanText(const std::string& raw, const Envelope& env = {}) {
  return SharedEngine().Scan(std::span<const char>(raw.data(), raw.size()), env);
}

std::set<Sign> SignsOf(const Verdict& v) {
  std::set<Sign> signs;
  for (const Signal& s : v.signals) signs.insert(s.sign);
  return signs;
}

std::string ToCrlf(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) out += '\r';
    out += s[i];
  }
  return out;
}

std::string ToLf(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
  return out;
}

std::vector<std::string> SignalIds(const Verdict& v) {
  std::vector<std::string> ids;
  for (const Signal& s : v.signals) ids.push_back(s.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

class SeedLureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedLureTest, IsPhishingWithTheFiveSigns) {
  std::string raw = ReadFile(GetParam());
  if (raw.empty()) GTEST_SKIP() << GetParam() << " not present";
  Verdict v = ScanText(raw);
  EXPECT_EQ(v.label, Label::kPhishing) << "score " << v.score;
  std::set<Sign> signs = SignsOf(v);
  for (Sign s : {Sign::kSenderMismatch, Sign::kGenericWording, Sign::kCredentialRequest,
                 Sign::kDeceptiveLink, Sign::kUrgency}) {
    EXPECT_TRUE(signs.count(s)) << "missing sign " << SignName(s);
  }
  for (const Signal& s : v.signals) {
    EXPECT_FALSE(s.evidence.empty()) << s.id;
    EXPECT_FALSE(s.explanation_en.empty()) << s.id;
    EXPECT_FALSE(s.explanation_fr.empty()) << s.id;
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, SeedLureTest,
                         ::testing::Values(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                                           PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml"));

class LegitimateSampleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LegitimateSampleTest, IsClean) {
  std::string raw = ReadFile(GetParam());
  if (raw.empty()) GTEST_SKIP() << GetParam() << " not present";
  Verdict v = ScanText(raw);
  EXPECT_EQ(v.label, Label::kClean) << "score " << v.score
                                    << (v.signals.empty() ? "" : " first " + v.signals[0].id);
}

INSTANTIATE_TEST_SUITE_P(
    Samples, LegitimateSampleTest,
    ::testing::Values(PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                      PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                      PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                      PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml",
                      PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml"));

// Scans every .eml file of a testdata folder; returns how many there were.
template <typename Check>
std::size_t ForEachMessageIn(const std::string& folder, Check check) {
  namespace fs = std::filesystem;
  std::size_t scanned = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(PHISHSCAN_SOURCE_DIR "/testdata/" + folder)) {
    if (entry.path().extension() != ".eml") continue;
    check(entry.path().filename().string(), ScanText(ReadFile(entry.path().string())));
    ++scanned;
  }
  return scanned;
}

// testdata/legit: modern legitimate mail written for the project in the
// shapes that trip filters (sales with deadlines, contests, security alerts,
// "verify your email", invoices, delivery notices) in several languages.
TEST(LegitimateMailTest, ModernLegitimateMailIsClean) {
  std::size_t scanned = ForEachMessageIn("legit", [](const std::string& name, const Verdict& v) {
    EXPECT_EQ(v.label, Label::kClean) << name << ": score " << v.score
                                      << (v.signals.empty() ? "" : ", strongest " + v.signals[0].id);
  });
  EXPECT_GE(scanned, 17u);
}

// testdata/phish: lures written for the project in the seven languages,
// one family each (webmail quota, bank, parcel fee, shared document, tax
// refund, subscription payment, callback invoice, wallet recovery phrase).
TEST(HandWrittenLureTest, LuresInSevenLanguagesArePhishing) {
  std::size_t scanned = ForEachMessageIn("phish", [](const std::string& name, const Verdict& v) {
    EXPECT_EQ(v.label, Label::kPhishing) << name << ": score " << v.score;
    EXPECT_GE(SignsOf(v).size(), 3u) << name;
  });
  EXPECT_GE(scanned, 8u);
}

class InvarianceTest : public ::testing::TestWithParam<std::string> {};

TEST_P(InvarianceTest, LineEndingsAndMboxLineDoNotChangeTheVerdict) {
  std::string raw = ReadFile(GetParam());
  if (raw.empty()) GTEST_SKIP() << GetParam() << " not present";
  Verdict base = ScanText(ToLf(raw));
  Verdict crlf = ScanText(ToCrlf(raw));
  Verdict mbox = ScanText("From MAILER-DAEMON Tue Nov 18 07:42:11 2025\n" + ToLf(raw));
  Verdict mbox_crlf = ScanText("From MAILER-DAEMON Tue Nov 18 07:42:11 2025\r\n" + ToCrlf(raw));
  for (const Verdict* v : {&crlf, &mbox, &mbox_crlf}) {
    EXPECT_EQ(v->label, base.label);
    EXPECT_EQ(v->score, base.score);
    EXPECT_EQ(SignalIds(*v), SignalIds(base));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Samples, InvarianceTest,
    ::testing::Values(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                      PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                      PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                      PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                      PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml"));

TEST(EngineTest, EmptyInputIsAnErrorVerdict) {
  Verdict v = ScanText("");
  EXPECT_FALSE(v.error.empty());
}

TEST(EngineTest, GarbageStillGetsAVerdict) {
  std::string garbage(4096, '\0');
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 131) % 256);
  Verdict v = ScanText(garbage);
  EXPECT_TRUE(v.error.empty());
  EXPECT_GE(v.score, 0);
  EXPECT_LE(v.score, 100);
}

TEST(EngineTest, EnvelopeRecipientDefinesTheRecipientsMailService) {
  std::string raw = ReadFile(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  Envelope env;
  env.mail_from = "bounce-4410@mx2.qz-webhostmail.top";
  env.rcpt_to = {"alice.martin@example-corp.com"};
  env.client_ip = "198.51.100.23";
  env.helo = "mx2.qz-webhostmail.top";
  Verdict v = ScanText(raw, env);
  EXPECT_EQ(v.label, Label::kPhishing);
}

// The subject is phrase-matched as a person reads it: Cyrillic letters
// inside English words do not hide the threat from the phrase lists.
TEST(EngineTest, LookalikeLettersInTheSubjectAreReadAsLatin) {
  auto scan = [](const std::string& subject) {
    return ScanText("From: Storage <info@example.net>\r\nTo: bob@example.org\r\nSubject: " + subject +
                    "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello Bob.\r\n");
  };
  auto has_threat = [](const Verdict& v) {
    for (const Signal& s : v.signals)
      if (s.id == "urgency.threat") return true;
    return false;
  };
  // "Yоur ассоunt will be suspended" with Cyrillic о, а, с.
  EXPECT_TRUE(has_threat(scan("Y\xD0\xBEur \xD0\xB0\xD1\x81\xD1\x81\xD0\xBEunt will be suspended")));
  EXPECT_TRUE(has_threat(scan("Your account will be suspended")));
  // A Russian subject stays Russian.
  EXPECT_FALSE(has_threat(scan("\xD0\x92\xD0\xB0\xD1\x88 \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7 "
                               "\xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2")));
}

// Evidence quotes the subject's words as written, also for a subject short
// enough to live inside the string object (no heap buffer).
TEST(EngineTest, PhraseEvidenceFromAShortSubjectIsIntact) {
  Verdict v = ScanText("From: Miner <pay@example.net>\r\nTo: bob@example.org\r\nSubject: Cloud mining\r\n"
                       "Content-Type: text/plain\r\n\r\nYou have earned 0.4 BTC. Withdraw at "
                       "http://claim-now.pages.dev/login\r\n");
  bool quoted = false;
  for (const Signal& s : v.signals) {
    for (const auto& [key, value] : s.evidence) {
      EXPECT_EQ(value.find('\0'), std::string::npos) << s.id << " " << key;
      if (value == "cloud mining") quoted = true;
    }
  }
  EXPECT_TRUE(quoted);
}

TEST(EngineTest, ConcurrentScansAgree) {
  std::string lure = ReadFile(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  std::string reset = ReadFile(PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml");
  Verdict expected_lure = ScanText(lure);
  Verdict expected_reset = ScanText(reset);
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        if (ScanText(lure).score != expected_lure.score) ++mismatches;
        if (ScanText(reset).score != expected_reset.score) ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(EngineTest, MissingDataFolderIsAStatus) {
  EngineOptions options;
  options.data_dir = "/nonexistent/phishscan-data";
  auto created = Engine::Create(options);
  EXPECT_FALSE(created.ok());
  EXPECT_NE(created.status().message().find("brands.tsv"), std::string::npos);
}

}  // namespace
}  // namespace phishscan
