#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "input/input_test_support.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

std::vector<RawMessage> Read(const InputItem& item, std::size_t max_bytes = 1 << 20) {
  std::vector<RawMessage> out;
  ReadItem(item, max_bytes, [&](RawMessage&& m) { out.push_back(std::move(m)); });
  return out;
}

TEST(ReadItemTest, FileIsOneMessage) {
  ScratchDir dir;
  const std::string path = dir.Write("a.eml", "Subject: hello\n\nbody\n");
  const std::vector<RawMessage> m = Read({path, InputKind::kFile});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].source, path);
  EXPECT_EQ(m[0].bytes, "Subject: hello\n\nbody\n");
  EXPECT_TRUE(m[0].error.empty());
}

TEST(ReadItemTest, FileIsCutAtMaxBytes) {
  ScratchDir dir;
  const std::string path = dir.Write("big.eml", std::string(200000, 'x'));
  const std::vector<RawMessage> m = Read({path, InputKind::kFile}, 1000);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].bytes.size(), 1000u);
}

TEST(ReadItemTest, MboxMessagesAreNumberedFromOne) {
  ScratchDir dir;
  const std::string path = dir.Write("box.mbox",
                                     "From a@x Mon Nov 17 09:00:00 2025\nSubject: 1\n\none\n\n"
                                     "From b@x Mon Nov 17 09:00:00 2025\nSubject: 2\n\ntwo\n\n"
                                     "From c@x Mon Nov 17 09:00:00 2025\nSubject: 3\n\nthree\n");
  const std::vector<RawMessage> m = Read({path, InputKind::kMbox});
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].source, path + "#1");
  EXPECT_EQ(m[1].source, path + "#2");
  EXPECT_EQ(m[2].source, path + "#3");
  EXPECT_NE(m[1].bytes.find("Subject: 2\n\ntwo"), std::string::npos);
  EXPECT_EQ(m[1].bytes.find("Subject: 3"), std::string::npos);
  EXPECT_EQ(m[2].bytes.rfind("From c@x", 0), 0u);
}

TEST(ReadItemTest, MboxMessagesAreCutAtMaxBytesEach) {
  ScratchDir dir;
  const std::string path = dir.Write(
      "box.mbox", "From a@x Mon Nov 17 09:00:00 2025\nSubject: 1\n\n" + std::string(5000, 'a') +
                      "\n\nFrom b@x Mon Nov 17 09:00:00 2025\nSubject: 2\n\nshort\n");
  const std::vector<RawMessage> m = Read({path, InputKind::kMbox}, 100);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].bytes.size(), 100u);
  EXPECT_NE(m[1].bytes.find("short"), std::string::npos);
}

TEST(ReadItemTest, MissingFileGivesAnErrorNotAnException) {
  ScratchDir dir;
  const std::string path = dir.path() + "/gone.eml";
  std::vector<RawMessage> m;
  ASSERT_NO_THROW(m = Read({path, InputKind::kFile}));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].source, path);
  EXPECT_TRUE(m[0].bytes.empty());
  EXPECT_EQ(m[0].error, "cannot read '" + path + "': No such file or directory");
  ASSERT_EQ(Read({path, InputKind::kMbox}).size(), 1u);
  EXPECT_FALSE(Read({path, InputKind::kMbox})[0].error.empty());
}

TEST(ReadItemTest, FolderReadAsAFileGivesAnError) {
  ScratchDir dir;
  std::vector<RawMessage> m = Read({dir.path(), InputKind::kFile});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].error.find("Is a directory"), std::string::npos);
  m = Read({dir.path() + "/none", InputKind::kDirectory});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].error.find("No such file or directory"), std::string::npos);
}

TEST(ReadItemTest, StdinIsReadWhole) {
  ScratchDir dir;
  const std::string path = dir.Write("in.eml", "Subject: piped\n\nbody\n");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  const std::vector<RawMessage> m = Read({"-", InputKind::kStdin});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].source, "<stdin>");
  EXPECT_EQ(m[0].bytes, "Subject: piped\n\nbody\n");
}

}  // namespace
}  // namespace phishscan
