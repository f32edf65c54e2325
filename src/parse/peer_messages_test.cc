// Robustness over real-world oddities: every peer project's test message,
// and seeded mutations of a sample, parse without crash, within time, and
// with valid UTF-8 everywhere.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>

#include "parse/message.h"
#include "parse/message_test_support.h"

namespace phishscan {
namespace {

namespace fs = std::filesystem;

constexpr char kPeerTests[] = "/work/shared/peer-tests";
constexpr char kLure[] = "/work/shared/samples/imap-auth-lure.eml";

TEST(PeerMessagesTest, EveryFileParsesQuickly) {
  std::error_code error;
  if (!fs::is_directory(kPeerTests, error)) GTEST_SKIP() << "peer tests not available";
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kPeerTests, error)) {
    if (!entry.is_regular_file()) continue;
    std::optional<std::string> raw = ReadFileBytes(entry.path().string());
    ASSERT_TRUE(raw.has_value()) << entry.path();
    SCOPED_TRACE(entry.path().string());
    const auto start = std::chrono::steady_clock::now();
    Message m = ParseMessage(*raw, Limits{});
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    ExpectAllTextValidUtf8(m);
    ExpectSameMessage(m, ParseMessage(ToCrlf(*raw), Limits{}));
    ++files;
  }
  EXPECT_GT(files, 0u);
}

// Byte flips, deletions, duplications and truncations of a real lure.
std::string Mutate(const std::string& seed, std::mt19937& rng) {
  std::string out = seed;
  std::uniform_int_distribution<int> op(0, 3);
  const int edits = 1 + static_cast<int>(rng() % 20);
  for (int i = 0; i < edits && !out.empty(); ++i) {
    const std::size_t at = rng() % out.size();
    switch (op(rng)) {
      case 0: out[at] = static_cast<char>(rng() % 256); break;
      case 1: out.erase(at, rng() % 64); break;
      case 2: out.insert(at, out.substr(at, rng() % 256)); break;
      default: out.resize(at); break;
    }
  }
  return out;
}

TEST(PeerMessagesTest, MutatedLureNeverBreaksTheParser) {
  std::optional<std::string> seed = ReadFileBytes(kLure);
  if (!seed) GTEST_SKIP() << "samples not available";
  std::mt19937 rng(20251118);
  for (int i = 0; i < 500; ++i) {
    const std::string raw = Mutate(*seed, rng);
    Message m = ParseMessage(raw, Limits{});
    ExpectAllTextValidUtf8(m);
    if (HasFailure()) {
      ADD_FAILURE() << "mutation " << i;
      return;
    }
  }
}

}  // namespace
}  // namespace phishscan
