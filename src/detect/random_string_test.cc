#include "detect/random_string.h"

#include <gtest/gtest.h>

#include <string_view>

namespace phishscan {
namespace {

bool LocalRandom(std::string_view s) { return !RandomnessOf(s, RandomStringKind::kLocalPart).empty(); }
bool LabelRandom(std::string_view s) { return !RandomnessOf(s, RandomStringKind::kDomainLabel).empty(); }

TEST(RandomString, DrawnLettersLookRandom) {
  EXPECT_TRUE(LocalRandom("vkqzrwpt"));
  EXPECT_TRUE(LocalRandom("xbtgwfjd"));
  EXPECT_TRUE(LabelRandom("zvbqnmtrkx"));
  EXPECT_TRUE(LabelRandom("plkdfrtvqo"));
}

TEST(RandomString, CaseChaosInLocalParts) {
  EXPECT_EQ(RandomnessOf("offerKyPq", RandomStringKind::kLocalPart), "mixed case");
  EXPECT_EQ(RandomnessOf("tQRz", RandomStringKind::kLocalPart), "mixed case");
  EXPECT_EQ(RandomnessOf("hAxPe", RandomStringKind::kLocalPart), "mixed case");
  // Domains are case-insensitive: their case says nothing.
  EXPECT_TRUE(RandomnessOf("hAxPe", RandomStringKind::kDomainLabel).empty());
}

TEST(RandomString, WordsAndNamesInManyLanguagesDoNot) {
  for (std::string_view s :
       {"newsletter",  "kundenservice",  "deutschland",    "schwarzschild",        "angstschweiss", "dschungelcamp",
        "mindspring",  "armstrong",      "strzelecki",     "brzeczyszczykiewicz",  "przyszczepic",  "krzysztofowicz",
        "wroclaw",     "bijzonderheden", "zhongshan",      "llanfairpwllgwyngyll", "cwmbran",       "ymchwil",
        "matchsprint", "bankofamerica",  "thomsonreuters", "galerieslafayette",    "rechtsschutz",  "herbstschnitt"}) {
    EXPECT_FALSE(LocalRandom(s)) << s;
    EXPECT_FALSE(LabelRandom(s)) << s;
  }
}

TEST(RandomString, InitialsAndAcronymsDoNot) {
  for (std::string_view s : {"bmcnett", "jsmith", "mcmasjc", "kpmg", "hsbc", "sncf", "rsgsv", "mcdlv", "nwolb"})
    EXPECT_FALSE(LocalRandom(s)) << s;
  for (std::string_view s : {"hsbcnet", "exacttarget", "mktomail", "hubspotemail", "sendinblue", "bnpparibas",
                             "kcbgroup", "dbschenker", "groupebpce", "hdfcbank", "pkobank", "ngbsecure"})
    EXPECT_FALSE(LabelRandom(s)) << s;
}

TEST(RandomString, FewerThanThreeConsonantPairsNeverLookRandom) {
  // "account" has two adjacent consonant pairs (cc, nt), "xqzvbt" five.
  EXPECT_TRUE(RandomnessOf("account", RandomStringKind::kHostLabel).empty());
  EXPECT_TRUE(RandomnessOf("XaQaZaVaBa", RandomStringKind::kHostLabel).empty());
  EXPECT_FALSE(RandomnessOf("xqzvbt", RandomStringKind::kHostLabel).empty());
  EXPECT_EQ(RandomnessOf("ghdkbmnp", RandomStringKind::kHostLabel), "unpronounceable letter pairs");
}

TEST(RandomString, HostLabelsAreJudgedFromFiveLetters) {
  EXPECT_FALSE(RandomnessOf("pqxdk", RandomStringKind::kHostLabel).empty());
  EXPECT_TRUE(RandomnessOf("pqxdk", RandomStringKind::kDomainLabel).empty());
  for (std::string_view s : {"email", "mktg", "smtpout", "crmmail", "sfmc", "ealerts", "bounces", "mailer", "clktrk",
                             "links", "track", "envios", "nieuwsbrief", "notifiche"})
    EXPECT_TRUE(RandomnessOf(s, RandomStringKind::kHostLabel).empty()) << s;
}

TEST(RandomString, ConventionalMixedCaseDoesNot) {
  for (std::string_view s : {"McKay", "DeVos", "LaToya", "eBay", "iCloud", "JohnSmith", "FoxSportsFlash",
                             "FOXSportsFLASH", "NewsDE", "MacDonald", "ABCnews"})
    EXPECT_FALSE(LocalRandom(s)) << s;
}

TEST(RandomString, HeldLettersAreDeliberate) {
  EXPECT_FALSE(LocalRandom("zzzzcc"));
  EXPECT_FALSE(LocalRandom("hmmmm"));
}

TEST(RandomString, FindsThePieceInAnAddressPart) {
  const RandomPiece p = FindRandomPiece("offers.xbtgwfjd-21", RandomStringKind::kLocalPart);
  EXPECT_EQ(p.piece, "xbtgwfjd");
  EXPECT_FALSE(p.why.empty());
  EXPECT_TRUE(FindRandomPiece("noreply-news", RandomStringKind::kLocalPart).piece.empty());
  EXPECT_TRUE(FindRandomPiece("", RandomStringKind::kLocalPart).piece.empty());
  // Other scripts are not judged by Latin letter statistics.
  EXPECT_TRUE(FindRandomPiece("\xD0\xB8\xD0\xBD\xD1\x84\xD0\xBE", RandomStringKind::kLocalPart).piece.empty());
}

TEST(RandomString, HasRandomRunAgreesWithFindRandomPiece) {
  for (std::string_view text : {"offers.xbtgwfjd-21", "noreply-news", "", "mail2.qwxzvbnk.relay", "strengths-7",
                                "\xD0\xB8\xD0\xBD\xD1\x84\xD0\xBE", "XpQrTwzLmVbK7"}) {
    for (RandomStringKind kind :
         {RandomStringKind::kLocalPart, RandomStringKind::kDomainLabel, RandomStringKind::kHostLabel}) {
      EXPECT_EQ(HasRandomRun(text, kind), !FindRandomPiece(text, kind).piece.empty()) << text;
    }
  }
  EXPECT_TRUE(HasRandomRun("offers.xbtgwfjd-21", RandomStringKind::kHostLabel));
  EXPECT_FALSE(HasRandomRun("noreply-news", RandomStringKind::kHostLabel));
}

TEST(RandomString, AdjacentConsonantsCountedAcrossCase) {
  // Five consonant pairs in either case: judged, and found unpronounceable.
  EXPECT_FALSE(RandomnessOf("xbtgwfjd", RandomStringKind::kHostLabel).empty());
  EXPECT_FALSE(RandomnessOf("XBTGWFJD", RandomStringKind::kHostLabel).empty());
  // Two pairs only: let go before the tables.
  EXPECT_TRUE(RandomnessOf("bastion", RandomStringKind::kHostLabel).empty());
}

TEST(RandomString, BoundedOnLongInput) {
  const std::string long_run(5000, 'x');
  EXPECT_TRUE(RandomnessOf(long_run, RandomStringKind::kLocalPart).empty());
  std::string mixed;
  for (int i = 0; i < 2000; ++i) mixed += "qz-";
  EXPECT_TRUE(FindRandomPiece(mixed, RandomStringKind::kLocalPart).piece.empty());
}

}  // namespace
}  // namespace phishscan
