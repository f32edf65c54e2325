#include "detect/knowledge.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace phishscan {
namespace {

namespace fs = std::filesystem;

// A small data folder in the temp dir, removed with the object.
class DataDir {
 public:
  DataDir() {
    static int counter = 0;
    root_ = fs::temp_directory_path() /
            ("knowledge_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(root_ / "phrases");
    fs::create_directories(root_ / "hosts");
    Write("brands.tsv", "PayPal\tpayment\tpaypal.com\tpaypal\n");
    Write("phrases/p.tsv", "crypto\ten\t\\bbitcoin\\b\n");
    Write("hosts/free_hosting.txt", "# static hosting\npages.dev\n*.web.app\n");
    Write("hosts/shorteners.txt", "bit.ly\nt.co\n");
    Write("hosts/freemail.txt", "gmail.com\n");
    Write("hosts/suspicious_tlds.txt", "top\nxyz\n");
    Write("hosts/redirectors.tsv",
          "# comment\n"
          "safelinks.protection.outlook.com\t*\turl\n"
          "google.com\t/url\tq\n"
          "urldefense.com\t/v3/\t(path)\n"
          "ct.sendgrid.net\t/ls/click\t-\n");
  }
  ~DataDir() { fs::remove_all(root_); }
  void Write(const std::string& name, const std::string& content) const { std::ofstream(root_ / name) << content; }
  void Remove(const std::string& name) const { fs::remove_all(root_ / name); }
  std::string path() const { return root_.string(); }

 private:
  fs::path root_;
};

std::unique_ptr<Knowledge> LoadOk(const DataDir& dir, const std::vector<std::string>& extra = {}) {
  auto k = Knowledge::Load(dir.path(), extra);
  EXPECT_TRUE(k.ok()) << k.status().message();
  return k.ok() ? std::move(k).value() : nullptr;
}

TEST(KnowledgeTest, LoadsBrandsPhrasesAndHostLists) {
  DataDir dir;
  auto k = LoadOk(dir);
  EXPECT_EQ(k->brands().brands().size(), 1u);
  EXPECT_EQ(k->phrases().phrases().size(), 1u);
  EXPECT_TRUE(k->IsFreeHosting("pages.dev"));
  EXPECT_TRUE(k->IsShortener("bit.ly"));
  EXPECT_TRUE(k->IsFreemail("gmail.com"));
  EXPECT_FALSE(k->IsFormService("forms.gle"));  // no such file in this folder
}

TEST(KnowledgeTest, HostListsMatchSubdomainsButNotLookalikes) {
  DataDir dir;
  auto k = LoadOk(dir);
  EXPECT_TRUE(k->IsFreeHosting("dupont-avocats-fr.imap-auth-portal.pages.dev"));
  EXPECT_TRUE(k->IsFreeHosting("login.example.web.app"));  // "*.web.app" means web.app
  EXPECT_TRUE(k->IsFreeHosting("PAGES.DEV."));
  EXPECT_FALSE(k->IsFreeHosting("evilpages.dev"));
  EXPECT_FALSE(k->IsFreeHosting("pages.dev.example.com"));
  EXPECT_FALSE(k->IsFreeHosting("dev"));
  EXPECT_FALSE(k->IsFreeHosting(""));
  EXPECT_TRUE(k->IsShortener("t.co"));
  EXPECT_FALSE(k->IsShortener("microsoft.co"));
}

TEST(KnowledgeTest, SuspiciousTldLooksAtTheLastLabelOnly) {
  DataDir dir;
  auto k = LoadOk(dir);
  EXPECT_TRUE(k->IsSuspiciousTld("srv4.kx-hostingmail.top"));
  EXPECT_TRUE(k->IsSuspiciousTld("example.xyz."));
  EXPECT_FALSE(k->IsSuspiciousTld("top.example.com"));
  EXPECT_FALSE(k->IsSuspiciousTld("example.com"));
}

TEST(KnowledgeTest, HostListOfNamesTheList) {
  DataDir dir;
  dir.Write("hosts/partners.txt", "partner.example\n");
  auto k = LoadOk(dir);
  EXPECT_EQ(k->HostListOf("x.pages.dev"), "free hosting service");
  EXPECT_EQ(k->HostListOf("bit.ly"), "URL shortener");
  EXPECT_EQ(k->HostListOf("gmail.com"), "free webmail provider");
  EXPECT_EQ(k->HostListOf("a.b.top"), "frequently abused top-level domain");
  EXPECT_EQ(k->HostListOf("www.partner.example"), "partners");  // a user's own list
  EXPECT_EQ(k->HostListOf("example.com"), "");
}

// A host in several lists: the shipped lists' order first (most specific),
// then users' lists by file name; every list still answers for itself.
TEST(KnowledgeTest, AHostInSeveralListsIsReportedByTheFirst) {
  DataDir dir;
  dir.Write("hosts/zz_mine.txt", "sites.example\n");
  dir.Write("hosts/aa_mine.txt", "sites.example\n");
  dir.Write("hosts/free_hosting.txt", "pages.dev\nsites.example\n");
  dir.Write("hosts/shorteners.txt", "bit.ly\nlink.sites.example\n");
  auto k = LoadOk(dir);
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->HostListOf("link.sites.example"), "URL shortener");  // a parent is also free hosting
  EXPECT_EQ(k->HostListOf("www.sites.example"), "free hosting service");
  EXPECT_TRUE(k->IsFreeHosting("link.sites.example"));
  EXPECT_TRUE(k->IsShortener("x.link.sites.example"));
  EXPECT_FALSE(k->IsShortener("www.sites.example"));
  EXPECT_EQ(k->HostListOf("BIT.LY."), "URL shortener");  // case and a final dot
  dir.Write("hosts/free_hosting.txt", "pages.dev\n");
  auto mine = LoadOk(dir);
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine->HostListOf("www.sites.example"), "aa_mine");
}

// Each list is a bit of the one index of hosts: 64 lists at most, and a
// clear error beyond.
TEST(KnowledgeTest, AtMost64HostLists) {
  DataDir dir;  // already holds 4 lists
  for (int i = 0; i < 60; ++i) {
    dir.Write("hosts/list" + std::to_string(100 + i) + ".txt", "h" + std::to_string(i) + ".example\n");
  }
  auto k = LoadOk(dir);
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->HostListOf("www.h59.example"), "list159");
  dir.Write("hosts/list999.txt", "one.too.many\n");
  auto over = Knowledge::Load(dir.path(), {});
  ASSERT_FALSE(over.ok());
  EXPECT_NE(over.status().message().find("more than 64 host lists"), std::string::npos) << over.status().message();
}

TEST(KnowledgeTest, ReadsRedirectorsWithTheirSpecialValues) {
  DataDir dir;
  auto k = LoadOk(dir);
  const std::vector<Redirector>& r = k->redirectors();
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].host_suffix, "safelinks.protection.outlook.com");
  EXPECT_EQ(r[0].path_prefix, "");  // "*": any path
  EXPECT_EQ(r[0].param, "url");
  EXPECT_EQ(r[1].path_prefix, "/url");
  EXPECT_EQ(r[1].param, "q");
  EXPECT_EQ(r[2].param, "");   // "(path)": the target follows in the path
  EXPECT_EQ(r[3].param, "-");  // click-tracker, target not recoverable
}

TEST(KnowledgeTest, ExtraBrandFilesAreLoadedAfterTheShippedOne) {
  DataDir dir;
  dir.Write("mine.tsv", "Acme Bank\tbank\tacme-bank.example\tacme bank\n");
  auto k = LoadOk(dir, {dir.path() + "/mine.tsv"});
  ASSERT_EQ(k->brands().brands().size(), 2u);
  EXPECT_EQ(k->brands().brands()[1].name, "Acme Bank");
}

TEST(KnowledgeTest, ErrorsNameTheFileAndLine) {
  {
    DataDir dir;
    dir.Write("hosts/shorteners.txt", "bit.ly\nnot a host\n");
    auto k = Knowledge::Load(dir.path(), {});
    ASSERT_FALSE(k.ok());
    EXPECT_NE(k.status().message().find("shorteners.txt:2"), std::string::npos) << k.status().message();
  }
  {
    DataDir dir;
    dir.Write("hosts/redirectors.tsv", "google.com\t/url\n");
    auto k = Knowledge::Load(dir.path(), {});
    ASSERT_FALSE(k.ok());
    EXPECT_NE(k.status().message().find("redirectors.tsv:1"), std::string::npos) << k.status().message();
  }
  {
    DataDir dir;
    dir.Write("hosts/redirectors.tsv", "google.com\turl\tq\n");  // path must start with '/'
    EXPECT_FALSE(Knowledge::Load(dir.path(), {}).ok());
  }
  {
    DataDir dir;
    dir.Write("phrases/p.tsv", "crypto\ten\t(unclosed\n");
    auto k = Knowledge::Load(dir.path(), {});
    ASSERT_FALSE(k.ok());
    EXPECT_NE(k.status().message().find("p.tsv:1"), std::string::npos) << k.status().message();
  }
  {
    DataDir dir;
    dir.Remove("hosts");
    EXPECT_FALSE(Knowledge::Load(dir.path(), {}).ok());
  }
  {
    DataDir dir;
    EXPECT_FALSE(Knowledge::Load(dir.path(), {dir.path() + "/missing.tsv"}).ok());
  }
}

// The shipped data folder.
class ShippedKnowledgeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto k = Knowledge::Load(PHISHSCAN_SOURCE_DATA_DIR, {});
    ASSERT_TRUE(k.ok()) << k.status().message();
    knowledge_ = std::move(k).value().release();
  }
  static void TearDownTestSuite() { delete knowledge_; }
  static const Knowledge* knowledge_;
};
const Knowledge* ShippedKnowledgeTest::knowledge_ = nullptr;

TEST_F(ShippedKnowledgeTest, KnowsTheHostsOfThePhishingWorld) {
  const Knowledge& k = *knowledge_;
  for (const char* h : {"x.pages.dev", "a.workers.dev", "app.web.app", "x.firebaseapp.com", "x.netlify.app",
                        "x.vercel.app", "user.github.io", "pub-1.r2.dev", "x.herokuapp.com", "sites.google.com",
                        "storage.googleapis.com", "x.blob.core.windows.net", "abc.ngrok-free.app",
                        "x.trycloudflare.com", "x.000webhostapp.com", "x.godaddysites.com"}) {
    EXPECT_TRUE(k.IsFreeHosting(h)) << h;
  }
  for (const char* h : {"bit.ly", "tinyurl.com", "t.co", "rb.gy", "cutt.ly", "is.gd", "qrco.de"}) {
    EXPECT_TRUE(k.IsShortener(h)) << h;
  }
  for (const char* d : {"gmail.com", "outlook.com", "hotmail.fr", "yahoo.com", "gmx.de", "web.de", "mail.ru",
                        "proton.me", "icloud.com", "laposte.net", "orange.fr", "libero.it", "uol.com.br"}) {
    EXPECT_TRUE(k.IsFreemail(d)) << d;
  }
  EXPECT_TRUE(k.IsIpfsGateway("bafy.ipfs.dweb.link"));
  EXPECT_TRUE(k.IsFormService("forms.gle"));
  EXPECT_TRUE(k.IsFileShare("www.dropbox.com"));
  for (const char* h : {"t.me", "wa.me", "chat.whatsapp.com", "api.whatsapp.com", "discord.gg"}) {
    EXPECT_TRUE(k.IsChatInvite(h)) << h;
  }
  // The services' own sites are not invitations.
  EXPECT_FALSE(k.IsChatInvite("telegram.org"));
  EXPECT_FALSE(k.IsChatInvite("www.whatsapp.com"));
  EXPECT_TRUE(k.IsSuspiciousTld("kx-hostingmail.top"));
  EXPECT_FALSE(k.IsSuspiciousTld("example.com"));
  EXPECT_FALSE(k.IsFreemail("dupont-avocats.fr"));
  EXPECT_FALSE(k.IsFreeHosting("microsoft.com"));
  for (const char* h : {"finances.gouv.fr", "www.gov.uk", "hmrc.gov.uk", "agenciatributaria.gob.es", "irs.gov"}) {
    EXPECT_TRUE(k.IsGovernmentHost(h)) << h;
  }
  EXPECT_FALSE(k.IsGovernmentHost("impots-gouv.fr"));
  EXPECT_FALSE(k.IsGovernmentHost("gov-uk.com"));
  for (const char* h : {"apps.apple.com", "play.google.com", "www.instagram.com", "www.begambleaware.org"}) {
    EXPECT_TRUE(k.IsFooterSite(h)) << h;
  }
  EXPECT_FALSE(k.IsFooterSite("t.me"));
  EXPECT_FALSE(k.IsFooterSite("t.co"));
  EXPECT_FALSE(k.IsFooterSite("begambleaware.org.example.net"));
}

TEST_F(ShippedKnowledgeTest, KnowsTheCommonRedirectWrappers) {
  bool safelinks = false, google_q = false, sendgrid_tracker = false;
  for (const Redirector& r : knowledge_->redirectors()) {
    safelinks |= r.host_suffix == "safelinks.protection.outlook.com" && r.param == "url";
    google_q |= r.host_suffix == "google.com" && r.path_prefix == "/url" && r.param == "q";
    sendgrid_tracker |= r.host_suffix == "ct.sendgrid.net" && r.param == "-";
  }
  EXPECT_TRUE(safelinks);
  EXPECT_TRUE(google_q);
  EXPECT_TRUE(sendgrid_tracker);
}

}  // namespace
}  // namespace phishscan
