#include "detect/zip_listing.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

// A local file header for `name` with no data (stored, sizes 0).
std::string LocalHeader(const std::string& name) {
  std::string h("PK\x03\x04", 4);
  h += std::string(22, '\0');
  h.push_back(static_cast<char>(name.size() & 0xff));
  h.push_back(static_cast<char>(name.size() >> 8));
  h += std::string(2, '\0');  // extra field length
  return h + name;
}

TEST(ZipListingTest, ReadsEntryNames) {
  std::string zip = LocalHeader("invoice.pdf.js") + LocalHeader("readme.txt");
  EXPECT_TRUE(LooksLikeZip(zip));
  auto names = ZipEntryNames(zip);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0], "invoice.pdf.js");
  EXPECT_EQ(names[1], "readme.txt");
}

TEST(ZipListingTest, TruncatedAndGarbageAreSafe) {
  std::string zip = LocalHeader("a.exe");
  EXPECT_TRUE(ZipEntryNames(zip.substr(0, 28)).empty());
  std::string fake("PK\x03\x04", 4);
  fake += std::string(22, '\0') + "\xff\xff" + std::string(2, '\0') + "short";
  EXPECT_TRUE(ZipEntryNames(fake).empty());
  EXPECT_FALSE(LooksLikeZip("%PDF-1.7"));
  std::string binary_name = LocalHeader(std::string("a\x01b", 3));
  EXPECT_TRUE(ZipEntryNames(binary_name).empty());
}

}  // namespace
}  // namespace phishscan
