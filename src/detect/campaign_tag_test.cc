#include "detect/campaign_tag.h"

#include <gtest/gtest.h>

#include <string_view>

#include "detect/random_string.h"

namespace phishscan {
namespace {

TEST(CampaignTag, CodesGluedToTheSenderName) {
  EXPECT_EQ(NameCampaignTag("Zonnepanelen Advies...QkdP", "Bespaar nu"), "QkdP");
  EXPECT_EQ(NameCampaignTag("Paketdienst Info .XWRTKQ", "Ihr Paket wartet"), "XWRTKQ");
  EXPECT_EQ(NameCampaignTag("Service Colis  .TRZB", "Votre colis"), "TRZB");
  EXPECT_EQ(NameCampaignTag("Premios Club .....KX417", "Ha ganado"), "KX417");
  EXPECT_EQ(NameCampaignTag("Energia Facile ..bdaQ  ", "Risparmia"), "bdaQ");
}

TEST(CampaignTag, APlainWordCountsWhenTheSubjectEndsWithIt) {
  EXPECT_EQ(NameCampaignTag("Voetzorg Team...Pwrk", "Nooit meer pijn?..Pwrk"), "Pwrk");
  EXPECT_EQ(NameCampaignTag("Voetzorg Team...Pwrk", "Nooit meer pijn?"), "");
}

TEST(CampaignTag, NamesInitialsAndAbbreviationsAreNotCodes) {
  for (std::string_view name :
       {"M.A. DeSouza", "Mr. McKay", "R.McIntyre", "Paul K. LaSalle", "Dupont & Fils S.A.", "Müller GmbH & Co. KG",
        "Microsoft .NET", "Booking.com", "Stadtwerke ..2025", "Anna ...Team", "ACME Corp", "Support #A12",
        "...XQRT", "Shop .iPad"}) {
    EXPECT_EQ(NameCampaignTag(name, "Your order 4471 has shipped"), "") << name;
  }
}

TEST(CampaignTag, CodesInTheLocalPart) {
  EXPECT_EQ(LocalPartCampaignTag("newsletters.RVNw"), "RVNw");
  EXPECT_EQ(LocalPartCampaignTag("news.kZTT"), "kZTT");
  EXPECT_EQ(LocalPartCampaignTag("info.QmXTz+abc"), "QmXTz");
  EXPECT_EQ(LocalPartCampaignTag("newsletters.XKPT"), "XKPT");
  EXPECT_EQ(LocalPartCampaignTag("NEW_PROMO_4_81236"), "NEW_PROMO_4_81236");
  EXPECT_EQ(LocalPartCampaignTag("PROMO_DEAL_30518"), "PROMO_DEAL_30518");
}

TEST(CampaignTag, NamesAndRoutingInTheLocalPartAreNot) {
  for (std::string_view local :
       {"jean.DUPONT", "anne.McKay", "jan.DeVries", "newsletter", "news.letters", "j.SmiTH", "reply+AbCdEf",
        "no.reply", "bounce-8234-17", "support.EMEA", "first.last", "Maria.Garcia", "anna.KOWALSKA", "team.SYLT",
        "NO_REPLY", "OFFER_48522", "SAP_WF_2", "no_reply_2024", "NEW_PROMO_", "_NEW_PROMO_123", "NEW__PROMO_123"}) {
    EXPECT_EQ(LocalPartCampaignTag(local), "") << local;
  }
}

TEST(CampaignTag, TagsMatchWholeWordsInTheSameCase) {
  EXPECT_TRUE(ContainsTag("Win een cadeaukaart..QkdP", "QkdP"));
  EXPECT_TRUE(ContainsTag("QkdP..QkdP", "QkdP"));
  EXPECT_FALSE(ContainsTag("Win een cadeaukaart..QkdPz", "QkdP"));
  EXPECT_FALSE(ContainsTag("Win een cadeaukaart..qkdp", "QkdP"));
  EXPECT_FALSE(ContainsTag("anything", ""));
}

TEST(CampaignTag, ConventionalMixedCaseNames) {
  EXPECT_TRUE(IsConventionalMixedCase("McKay"));
  EXPECT_TRUE(IsConventionalMixedCase("eBay"));
  EXPECT_FALSE(IsConventionalMixedCase("tzRK"));
  EXPECT_FALSE(IsConventionalMixedCase(""));
}

}  // namespace
}  // namespace phishscan
