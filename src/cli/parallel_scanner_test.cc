#include "cli/parallel_scanner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace phishscan {
namespace {

namespace fs = std::filesystem;

// A folder of files and mboxes whose messages each hold their number; the
// fake scan reads it back as the score, so the order of delivery shows.
class ParallelScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("phishscan-parallel-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Message(int number) {
    return "From: a@example.com\nSubject: " + std::to_string(number) + "\n\n" + std::to_string(number) + "\n";
  }

  InputItem AddFile(int number) {
    const fs::path path = dir_ / ("m" + std::to_string(number) + ".eml");
    std::ofstream(path, std::ios::binary) << Message(number);
    return InputItem{path.string(), InputKind::kFile};
  }

  InputItem AddMbox(int first, int count) {
    const fs::path path = dir_ / ("box" + std::to_string(first) + ".mbox");
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < count; ++i) out << "From a@example.com Mon Nov 24 10:00:00 2025\n" << Message(first + i) << "\n";
    return InputItem{path.string(), InputKind::kMbox};
  }

  // The number written in the message's last line.
  static Verdict NumberAsScore(std::span<const char> raw) {
    std::string_view text(raw.data(), raw.size());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    Verdict v;
    v.score = std::stoi(std::string(text.substr(text.rfind('\n') + 1)));
    return v;
  }

  // Scans `items` with `jobs` workers; the scores in delivery order.
  static std::vector<int> Delivered(const std::vector<InputItem>& items, unsigned jobs,
                                    std::vector<std::size_t>* item_indices = nullptr) {
    std::vector<int> scores;
    ParallelScanOptions options;
    options.jobs = jobs;
    ScanInParallel(
        items, options, &NumberAsScore,
        [&](std::size_t item, Verdict&& v) {
          scores.push_back(v.error.empty() ? v.score : -1);
          if (item_indices) item_indices->push_back(item);
        },
        nullptr);
    return scores;
  }

  static std::vector<int> Range(int first, int count) {
    std::vector<int> out;
    for (int i = 0; i < count; ++i) out.push_back(first + i);
    return out;
  }

  fs::path dir_;
};

TEST_F(ParallelScannerTest, ManyFilesComeOutInInputOrderWhateverTheWorkers) {
  // More files than the wake-up batch and the read-ahead window together.
  std::vector<InputItem> items;
  for (int i = 0; i < 300; ++i) items.push_back(AddFile(i));
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::vector<std::size_t> indices;
    EXPECT_EQ(Delivered(items, jobs, &indices), Range(0, 300)) << jobs;
    ASSERT_EQ(indices.size(), 300u);
    for (std::size_t i = 0; i < indices.size(); ++i) EXPECT_EQ(indices[i], i);
  }
}

TEST_F(ParallelScannerTest, MboxMessagesAndFilesKeepTheirOrder) {
  std::vector<InputItem> items = {AddFile(0), AddMbox(1, 100), AddFile(101), AddMbox(102, 3), AddFile(105)};
  for (unsigned jobs : {1u, 3u}) {
    std::vector<std::size_t> indices;
    EXPECT_EQ(Delivered(items, jobs, &indices), Range(0, 106)) << jobs;
    ASSERT_EQ(indices.size(), 106u);
    EXPECT_EQ(indices[0], 0u);
    EXPECT_EQ(indices[50], 1u);
    EXPECT_EQ(indices[101], 2u);
    EXPECT_EQ(indices[103], 3u);
    EXPECT_EQ(indices[105], 4u);
  }
}

// Fewer verdicts than a wake-up batch: a single message and a short tail are
// delivered when the workers run out of work, not lost or held back.
TEST_F(ParallelScannerTest, FewerMessagesThanABatchAreAllDelivered) {
  EXPECT_EQ(Delivered({AddFile(7)}, 1), std::vector<int>{7});
  EXPECT_EQ(Delivered({AddFile(1), AddFile(2), AddFile(3)}, 2), (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(Delivered({}, 2).empty());
}

TEST_F(ParallelScannerTest, AnUnreadableFileGetsAnErrorInItsPlace) {
  std::vector<InputItem> items = {AddFile(0), InputItem{(dir_ / "missing.eml").string(), InputKind::kFile},
                                  AddFile(2)};
  EXPECT_EQ(Delivered(items, 2), (std::vector<int>{0, -1, 2}));
}

}  // namespace
}  // namespace phishscan
