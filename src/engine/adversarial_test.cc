// Hostile input: each message here is built to break a parser (deep nesting,
// bombs, garbage, unterminated markup). Every one must be scanned within the
// limits, produce a verdict, and say which limit it reached.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "phishscan/engine.h"
#include "phishscan/report.h"

namespace phishscan {
namespace {

const Engine& SharedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    EngineOptions options;
    options.data_dir = PHISHSCAN_SOURCE_DATA_DIR;
    auto created = Engine::Create(options);
    if (!created.ok()) std::abort();
    return std::move(created).value();
  }();
  return *engine;
}

Verdict Scan(const std::string& raw) {
  Verdict v = SharedEngine().Scan(std::span<const char>(raw.data(), raw.size()));
  // Whatever the input, the verdict must serialise.
  EXPECT_FALSE(RenderJson(v, Lang::kEn).empty());
  EXPECT_GE(v.score, 0);
  EXPECT_LE(v.score, 100);
  return v;
}

bool HasSignalPrefix(const Verdict& v, std::string_view prefix) {
  return std::any_of(v.signals.begin(), v.signals.end(),
                     [&](const Signal& s) { return s.id.rfind(prefix, 0) == 0; });
}

bool MentionsLimit(const Verdict& v, std::string_view limit) {
  for (const Signal& s : v.signals)
    for (const auto& [k, value] : s.evidence)
      if (value.find(limit) != std::string::npos) return true;
  for (const std::string& n : v.notes)
    if (n.find(limit) != std::string::npos) return true;
  return false;
}

const char kHeaders[] =
    "From: Support <support@example.net>\r\nTo: alice@example.com\r\n"
    "Subject: test\r\nMIME-Version: 1.0\r\n";

TEST(AdversarialTest, NestedRfc822HundredLevels) {
  std::string msg = "Subject: inner\r\n\r\nhello\r\n";
  for (int i = 0; i < 100; ++i)
    msg = std::string("From: a@example.net\r\nContent-Type: message/rfc822\r\n\r\n") + msg;
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
  EXPECT_TRUE(MentionsLimit(v, "max_mime_depth")) << "depth limit not reported";
}

TEST(AdversarialTest, NestedMultipartThousandLevels) {
  std::string open, close;
  for (int i = 0; i < 1000; ++i) {
    open += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\r\n\r\n--b" +
            std::to_string(i) + "\r\n";
    close = "\r\n--b" + std::to_string(i) + "--\r\n" + close;
  }
  Verdict v = Scan(std::string(kHeaders) + open + "Content-Type: text/plain\r\n\r\nx" + close);
  EXPECT_TRUE(v.error.empty());
  EXPECT_TRUE(MentionsLimit(v, "max_mime_depth"));
}

TEST(AdversarialTest, ManyParts) {
  std::string body = "Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n";
  for (int i = 0; i < 5000; ++i) body += "--p\r\nContent-Type: text/plain\r\n\r\npart " + std::to_string(i) + "\r\n";
  body += "--p--\r\n";
  Verdict v = Scan(std::string(kHeaders) + body);
  EXPECT_TRUE(MentionsLimit(v, "max_mime_parts"));
}

TEST(AdversarialTest, TruncatedBoundary) {
  std::string body =
      "Content-Type: multipart/alternative; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n"
      "<p>Verify your account <a href=\"http://198.51.100.7/login\">here</a>";
  Verdict v = Scan(std::string(kHeaders) + body);
  EXPECT_TRUE(v.error.empty());
}

TEST(AdversarialTest, EightBitGarbageHeadersAndNulBytes) {
  std::string msg = "From: \xff\xfe\x00\x80 <a@\xc3\x28.example>\r\nSubject: \x80\x81\x82\x00\xe9t\xe9\r\n";
  msg += std::string("X-Bin: ") + std::string(300, '\0') + "\r\n\r\n";
  for (int i = 0; i < 2000; ++i) msg += static_cast<char>((i * 7919) % 256);
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
}

TEST(AdversarialTest, MixedCharsetsAndUnknownCharset) {
  std::string msg = std::string(kHeaders) +
                    "Content-Type: multipart/mixed; boundary=\"c\"\r\n\r\n"
                    "--c\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n\xf0\xd2\xc9\xd7\xc5\xd4\r\n"
                    "--c\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nabc \xe9\xe8\r\n"
                    "--c\r\nContent-Type: text/plain; charset=shift_jis\r\n\r\n\x82\xa0\x82\xa2\r\n--c--\r\n";
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
}

TEST(AdversarialTest, OverlongLinesAndHugeHeader) {
  std::string msg = "From: a@example.net\r\nX-Long: " + std::string(1 << 20, 'A') + "\r\nSubject: " +
                    std::string(200000, 'B') + "\r\n\r\n" + std::string(3 << 20, 'C') + "\r\n";
  auto start = std::chrono::steady_clock::now();
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
  // Not a timing assertion on speed: a guard against a hang (quadratic loop).
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(AdversarialTest, ManyHeaders) {
  std::string msg;
  for (int i = 0; i < 20000; ++i) msg += "X-H" + std::to_string(i) + ": v\r\n";
  msg += "\r\nbody\r\n";
  Verdict v = Scan(msg);
  EXPECT_TRUE(MentionsLimit(v, "max_header_count"));
}

TEST(AdversarialTest, RtlOverrideAndZeroWidthInLinksAndDisplayName) {
  std::string msg =
      "From: \"Pay\xe2\x80\x8bPal \xe2\x80\xae" "ecivres\" <service@example.net>\r\nTo: alice@example.com\r\n"
      "Subject: =?UTF-8?B?QWNjb3VudCDigK5kZXRpbWls?=\r\nMIME-Version: 1.0\r\n"
      "Content-Type: text/html; charset=utf-8\r\n\r\n"
      "<a href=\"https://pay\xe2\x80\x8bpal.com.example.net/\">https://www.pay\xe2\x80\x8bpal.com/\xe2\x80\xae"
      "gpj.exe</a>\r\n";
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
  EXPECT_TRUE(HasSignalPrefix(v, "structure.")) << "invisible characters not reported";
}

TEST(AdversarialTest, EnormousBase64Attachment) {
  std::string b64;
  const std::string line(76, 'Q');
  while (b64.size() < (48u << 20)) b64 += line + "\r\n";  // 48 MiB of base64 > max_message_bytes
  std::string msg = std::string(kHeaders) +
                    "Content-Type: multipart/mixed; boundary=\"a\"\r\n\r\n--a\r\n"
                    "Content-Type: text/plain\r\n\r\nsee attached\r\n--a\r\n"
                    "Content-Type: application/octet-stream; name=\"big.bin\"\r\n"
                    "Content-Transfer-Encoding: base64\r\n\r\n" +
                    b64 + "--a--\r\n";
  Verdict v = Scan(msg);
  EXPECT_TRUE(v.error.empty());
  EXPECT_TRUE(MentionsLimit(v, "max_message_bytes"));
}

TEST(AdversarialTest, HtmlThatNeverClosesItsTags) {
  std::string html;
  for (int i = 0; i < 300000; ++i) html += "<div><span><b>";
  html += "<a href=\"http://example.org/\">x";
  Verdict v = Scan(std::string(kHeaders) + "Content-Type: text/html\r\n\r\n" + html);
  EXPECT_TRUE(v.error.empty());
  EXPECT_TRUE(MentionsLimit(v, "max_html_nodes"));
}

TEST(AdversarialTest, TenThousandLinks) {
  std::string html;
  for (int i = 0; i < 10000; ++i)
    html += "<a href=\"https://l" + std::to_string(i) + ".example.org/p\">link " + std::to_string(i) + "</a>\n";
  Verdict v = Scan(std::string(kHeaders) + "Content-Type: text/html\r\n\r\n" + html);
  EXPECT_TRUE(MentionsLimit(v, "max_links"));
}

TEST(AdversarialTest, NoHeaderBodySeparatorAndEmptyLines) {
  EXPECT_TRUE(Scan("just some text without headers").error.empty());
  EXPECT_TRUE(Scan("\r\n\r\n\r\n").error.empty());
  EXPECT_TRUE(Scan("From: x\r\n").error.empty());
  EXPECT_TRUE(Scan(":\r\n:\r\n\r\n").error.empty());
}

// Every file in testdata/adversarial (committed regressions, e.g. crashes a
// fuzzer found) must scan without error.
TEST(AdversarialTest, RegressionFolder) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(PHISHSCAN_SOURCE_DIR) / "testdata" / "adversarial";
  if (!fs::exists(dir)) GTEST_SKIP() << "no regression folder";
  int scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Verdict v = Scan(ss.str());
    EXPECT_TRUE(v.error.empty() || ss.str().empty()) << entry.path() << ": " << v.error;
    ++scanned;
  }
  EXPECT_GT(scanned, 0);
}

// The peer projects' own test messages (SpamAssassin, Rspamd, GMime).
TEST(AdversarialTest, PeerTestMessages) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(PHISHSCAN_SHARED_DIR) / "peer-tests";
  if (!fs::exists(dir)) GTEST_SKIP() << "no ../shared/peer-tests";
  int scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Verdict v = Scan(ss.str());
    EXPECT_TRUE(v.error.empty() || ss.str().empty()) << entry.path() << ": " << v.error;
    ++scanned;
  }
  EXPECT_GT(scanned, 100);
}

}  // namespace
}  // namespace phishscan
