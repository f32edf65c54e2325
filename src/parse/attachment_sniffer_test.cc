#include "parse/attachment_sniffer.h"

#include <gtest/gtest.h>

#include <thread>

namespace phishscan {
namespace {

TEST(SniffMimeTypeTest, RecognisesContentWhateverTheLabel) {
  EXPECT_EQ(SniffMimeType("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                          "<body><form action=\"https://x.example/p\"></form></body></html>"),
            "text/html");
  EXPECT_EQ(SniffMimeType("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "application/pdf");
  EXPECT_EQ(SniffMimeType(std::string("PK\x03\x04", 4) + std::string(60, '\0')).substr(0, 12),
            "application/");
}

TEST(SniffMimeTypeTest, WorksFromSeveralThreads) {
  std::string a, b;
  std::thread t1([&] { a = SniffMimeType("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"); });
  std::thread t2([&] { b = SniffMimeType("<html><body>hi</body></html>"); });
  t1.join();
  t2.join();
  EXPECT_EQ(a, "application/pdf");
  EXPECT_EQ(b, "text/html");
}

TEST(AttachmentKindTest, ScannableByNameTypeOrContent) {
  EXPECT_TRUE(IsScannableAttachment("Invoice.HTM", "application/octet-stream", ""));
  EXPECT_TRUE(IsScannableAttachment("", "application/octet-stream", "text/html"));
  EXPECT_TRUE(IsScannableAttachment("scan.pdf", "application/octet-stream", "application/pdf"));
  EXPECT_TRUE(IsScannableAttachment("a.svg", "image/svg+xml", "image/svg+xml"));
  EXPECT_TRUE(IsScannableAttachment("fwd.eml", "message/rfc822", ""));
  EXPECT_TRUE(IsScannableAttachment("docs.zip", "application/zip", "application/zip"));
  EXPECT_FALSE(IsScannableAttachment("logo.png", "image/png", "image/png"));
  EXPECT_FALSE(IsScannableAttachment("", "application/octet-stream", "application/octet-stream"));
}

TEST(AttachmentKindTest, BytesOutrankLabelsForTextness) {
  EXPECT_TRUE(IsTextLikeAttachment("a.html", "application/octet-stream", "text/html"));
  EXPECT_TRUE(IsTextLikeAttachment("a.html", "application/octet-stream", ""));
  EXPECT_FALSE(IsTextLikeAttachment("a.html", "text/html", "image/png"));
  EXPECT_FALSE(IsTextLikeAttachment("a.pdf", "application/pdf", "application/pdf"));
}

}  // namespace
}  // namespace phishscan
