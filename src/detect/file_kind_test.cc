#include "detect/file_kind.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(FileKindTest, Extensions) {
  std::string inner;
  EXPECT_EQ(ExtensionOf("Invoice.PDF  ", &inner), "pdf");
  EXPECT_EQ(inner, "");
  EXPECT_EQ(ExtensionOf("scan.pdf   .exe", &inner), "exe");
  EXPECT_EQ(inner, "pdf");
  EXPECT_EQ(ExtensionOf("README"), "");
  EXPECT_EQ(ExtensionOf("archive.tar.gz", &inner), "gz");
  EXPECT_EQ(inner, "tar");
  EXPECT_TRUE(IsWebPageExtension("shtml"));
  EXPECT_TRUE(IsExecutableExtension("lnk"));
  EXPECT_TRUE(IsDocumentExtension("docx"));
  EXPECT_FALSE(IsExecutableExtension("pdf"));
}

TEST(FileKindTest, Types) {
  EXPECT_TRUE(IsWebPageType("image/svg+xml"));
  EXPECT_TRUE(IsExecutableType("application/x-dosexec"));
  EXPECT_TRUE(IsDocumentType("application/vnd.ms-excel"));
  EXPECT_FALSE(IsDocumentType("text/html"));
}

TEST(FileKindTest, Attachments) {
  Attachment html{"Remittance.HTM", "application/octet-stream", "text/html", 10, "", "", false};
  EXPECT_TRUE(IsWebPageAttachment(html));
  EXPECT_TRUE(IsRiskyAttachment(html));
  Attachment pdf{"statement.pdf", "application/pdf", "application/pdf", 10, "", "", false};
  EXPECT_FALSE(IsRiskyAttachment(pdf));
  Attachment exe{"statement.pdf", "application/pdf", "application/x-dosexec", 10, "", "", false};
  EXPECT_TRUE(IsRiskyAttachment(exe));
}

}  // namespace
}  // namespace phishscan
