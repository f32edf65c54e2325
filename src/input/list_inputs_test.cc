#include <gtest/gtest.h>
#include <unistd.h>

#include "input/input_test_support.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

std::vector<std::string> Relative(const std::vector<InputItem>& items, const std::string& root) {
  std::vector<std::string> out;
  for (const InputItem& item : items) {
    out.push_back(item.path.rfind(root, 0) == 0 ? item.path.substr(root.size() + 1) : item.path);
  }
  return out;
}

std::vector<InputItem> List(const std::vector<std::string>& paths) {
  StatusOr<std::vector<InputItem>> items = ListInputs(paths);
  EXPECT_TRUE(items.ok()) << items.status().message();
  return items.ok() ? items.value() : std::vector<InputItem>{};
}

TEST(ListInputsTest, WalksFoldersRecursivelyInSortedOrderSkippingDotfiles) {
  ScratchDir dir;
  dir.Write("b.eml", "Subject: b\n\n");
  dir.Write("a.eml", "Subject: a\n\n");
  dir.Write("sub/c.eml", "Subject: c\n\n");
  dir.Write("sub/deeper/d.eml", "Subject: d\n\n");
  dir.Write(".hidden.eml", "Subject: hidden\n\n");
  dir.Write(".git/config", "[core]\n");
  dir.Write("sub/.#lock", "x");
  EXPECT_EQ(Relative(List({dir.path()}), dir.path()),
            (std::vector<std::string>{"a.eml", "b.eml", "sub/c.eml", "sub/deeper/d.eml"}));
}

TEST(ListInputsTest, KeepsCommandLineOrderAndKinds) {
  ScratchDir dir;
  const std::string z = dir.Write("z.eml", "Subject: z\n\n");
  const std::string box = dir.Write("box.mbox",
                                    "From a@x Mon Nov 17 09:00:00 2025\nSubject: 1\n\nx\n\n"
                                    "From b@x Mon Nov 17 09:00:00 2025\nSubject: 2\n\ny\n");
  const std::vector<InputItem> items = List({z, "-", box});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].path, z);
  EXPECT_EQ(items[0].kind, InputKind::kFile);
  EXPECT_EQ(items[1].kind, InputKind::kStdin);
  EXPECT_EQ(items[2].path, box);
  EXPECT_EQ(items[2].kind, InputKind::kMbox);  // one item, split when read
}

TEST(ListInputsTest, MaildirListsCurAndNewNotTmp) {
  ScratchDir dir;
  dir.Write("md/cur/1700000001.M1P1.host:2,S", "Subject: read\n\n");
  dir.Write("md/new/1700000002.M2P2.host", "Subject: new\n\n");
  dir.Write("md/tmp/1700000003.M3P3.host", "Subject: half-delivered\n\n");
  dir.Write("md/.Sent/cur/1700000004.M4P4.host:2,S", "Subject: subfolder\n\n");
  dir.Write("md/dovecot-uidlist", "3 V1 N4\n");
  const std::string md = dir.path() + "/md";
  const std::vector<InputItem> items = List({md});
  EXPECT_EQ(Relative(items, md),
            (std::vector<std::string>{"cur/1700000001.M1P1.host:2,S", "new/1700000002.M2P2.host"}));
  for (const InputItem& item : items) EXPECT_EQ(item.kind, InputKind::kFile);
}

TEST(ListInputsTest, MaildirInsideAFolderIsDetected) {
  ScratchDir dir;
  dir.Write("mail/inbox/cur/1", "Subject: one\n\n");
  dir.Write("mail/inbox/new/2", "Subject: two\n\n");
  dir.Write("mail/inbox/tmp/3", "Subject: three\n\n");
  dir.Write("mail/notes.eml", "Subject: notes\n\n");
  EXPECT_EQ(Relative(List({dir.path() + "/mail"}), dir.path() + "/mail"),
            (std::vector<std::string>{"inbox/cur/1", "inbox/new/2", "notes.eml"}));
}

TEST(ListInputsTest, SymlinkLoopsEnd) {
  ScratchDir dir;
  dir.Write("a/m.eml", "Subject: m\n\n");
  ASSERT_EQ(::symlink("..", (dir.path() + "/a/up").c_str()), 0);
  ASSERT_EQ(::symlink(".", (dir.path() + "/a/self").c_str()), 0);
  EXPECT_EQ(Relative(List({dir.path()}), dir.path()), (std::vector<std::string>{"a/m.eml"}));
}

TEST(ListInputsTest, MissingCommandLinePathIsAnError) {
  ScratchDir dir;
  dir.Write("a.eml", "Subject: a\n\n");
  StatusOr<std::vector<InputItem>> items =
      ListInputs({dir.path() + "/a.eml", dir.path() + "/missing.eml"});
  ASSERT_FALSE(items.ok());
  EXPECT_EQ(items.status().code(), StatusCode::kNotFound);
  EXPECT_NE(items.status().message().find("missing.eml': No such file or directory"),
            std::string::npos);
}

TEST(ListInputsTest, BrokenSymlinkInAFolderStaysAnItemSoItsErrorIsReported) {
  ScratchDir dir;
  dir.Write("a.eml", "Subject: a\n\n");
  ASSERT_EQ(::symlink("nowhere.eml", (dir.path() + "/b.eml").c_str()), 0);
  EXPECT_EQ(Relative(List({dir.path()}), dir.path()), (std::vector<std::string>{"a.eml", "b.eml"}));
}

}  // namespace
}  // namespace phishscan
