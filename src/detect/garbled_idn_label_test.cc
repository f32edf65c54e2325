#include "detect/garbled_idn_label.h"

#include <gtest/gtest.h>

#include <string_view>

namespace phishscan {
namespace {

bool Garbled(std::string_view host) { return !FindGarbledIdnLabel(host).label.empty(); }

TEST(GarbledIdnLabel, AccentsOfUnrelatedLanguagesAmongDigits) {
  GarbledLabel g = FindGarbledIdnLabel("ðnd77ÿk2œ3g3c.rentals.example");
  EXPECT_EQ(g.label, "ðnd77ÿk2œ3g3c");
  EXPECT_EQ(g.letters, "ðÿœ");
  EXPECT_TRUE(Garbled("ðmpsÿqxœrdfv.example.com"));
  // Upper case as written in an href is the same letter.
  EXPECT_TRUE(Garbled("ðKjLpŸddœ8Hn8.example.org"));
  EXPECT_TRUE(Garbled("shop.qñøžt.example"));
  EXPECT_TRUE(Garbled("łüñ42.example.net"));
}

TEST(GarbledIdnLabel, GenuineNamesInManyLanguagesAreNot) {
  for (std::string_view host :
       {"münchen.de", "bücher.de", "größenwahn.de", "español.com", "ökoligenta.de", "français-facile.fr",
        "crème-brûlée.fr", "cœur-de-lyon.fr", "açaí-brasil.com.br", "informação.pt", "città-di-roma.it",
        "café-één.nl", "smörgåsbord.se", "blåbær.no", "þjóðhátíð.is", "zażółć-gęślą.pl", "příliš-žluťoučký.cz",
        "árvíztűrő.hu", "știință.ro", "çiçekçi-ğüzel.com.tr", "tiếngviệt.vn", "čevapčići.hr", "ελληνικά.gr",
        "日本語.jp", "пример.рф", "straße.de"}) {
    EXPECT_FALSE(Garbled(host)) << host;
  }
}

TEST(GarbledIdnLabel, OneAccentedLetterOrPlainAsciiIsNeverJudged) {
  EXPECT_FALSE(Garbled("ð77k2q3g3c.example"));
  EXPECT_FALSE(Garbled("www.example.com"));
  EXPECT_FALSE(Garbled(""));
  // Accented Latin letters mixed with another script: look-alike letters,
  // judged by the confusable-host finding, not here.
  EXPECT_FALSE(Garbled("раураł.example"));
}

TEST(GarbledIdnLabel, MalformedOrHugeInputIsSafe) {
  EXPECT_FALSE(Garbled("\xff\xfe\xc3.example"));
  EXPECT_FALSE(Garbled(std::string(4000, 'a') + "ðÿœ"));
  EXPECT_FALSE(Garbled("..."));
}

}  // namespace
}  // namespace phishscan
