#include <gtest/gtest.h>

#include "input/input_test_support.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

constexpr char kTwoMessages[] =
    "From a@example.org Mon Nov 17 09:00:00 2025\n"
    "Subject: one\n\nBody one\n\n"
    "From b@example.org Mon Nov 17 10:00:00 2025\n"
    "Subject: two\n\nBody two\n";

constexpr char kOneMessageWithEnvelope[] =
    "From a@example.org Mon Nov 17 09:00:00 2025\n"
    "Subject: one\n\nBody one\nFrom the team\n";

InputKind KindOf(const std::string& path) {
  StatusOr<InputKind> kind = DetectInputKind(path);
  EXPECT_TRUE(kind.ok()) << kind.status().message();
  return kind.ok() ? kind.value() : InputKind::kFile;
}

TEST(DetectInputKindTest, DashIsStdin) { EXPECT_EQ(KindOf("-"), InputKind::kStdin); }

TEST(DetectInputKindTest, PlainMessageFileIsAFile) {
  ScratchDir dir;
  EXPECT_EQ(KindOf(dir.Write("a.eml", "Subject: hi\n\nbody\n")), InputKind::kFile);
  EXPECT_EQ(KindOf(dir.Write("empty.eml", "")), InputKind::kFile);
  EXPECT_EQ(KindOf(dir.Write("short.eml", "Fro")), InputKind::kFile);
}

TEST(DetectInputKindTest, MboxNeedsASecondMessage) {
  ScratchDir dir;
  EXPECT_EQ(KindOf(dir.Write("box.mbox", kTwoMessages)), InputKind::kMbox);
  EXPECT_EQ(KindOf(dir.Write("single.eml", kOneMessageWithEnvelope)), InputKind::kFile);
}

TEST(DetectInputKindTest, MaildirAndPlainFolder) {
  ScratchDir dir;
  dir.MakeDir("md/cur");
  dir.MakeDir("md/new");
  dir.MakeDir("md/tmp");
  EXPECT_EQ(KindOf(dir.path() + "/md"), InputKind::kMaildir);
  dir.MakeDir("md2/cur");
  dir.MakeDir("md2/new");
  EXPECT_EQ(KindOf(dir.path() + "/md2"), InputKind::kMaildir);
  dir.MakeDir("plain/cur");  // one Maildir-like name is not enough
  EXPECT_EQ(KindOf(dir.path() + "/plain"), InputKind::kDirectory);
  EXPECT_EQ(KindOf(dir.path()), InputKind::kDirectory);
}

TEST(DetectInputKindTest, MissingPathIsNotFoundWithAOneLineMessage) {
  ScratchDir dir;
  const std::string missing = dir.path() + "/nope.eml";
  StatusOr<InputKind> kind = DetectInputKind(missing);
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(kind.status().message(), "cannot read '" + missing + "': No such file or directory");
}

}  // namespace
}  // namespace phishscan
