#include "detect/context.h"

#include <gtest/gtest.h>

#include <string>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::Mail;
using testing::ReadFileOrEmpty;
using testing::ScanForTest;

const ScanContext::BrandClaim* FindClaim(const ScanContext& ctx, std::string_view brand,
                                         std::string_view where) {
  for (const ScanContext::BrandClaim& c : ctx.brand_claims)
    if (c.brand && c.brand->name == brand && c.where == where) return &c;
  return nullptr;
}

bool ClaimsBrand(const ScanContext& ctx, std::string_view brand) {
  for (const ScanContext::BrandClaim& c : ctx.brand_claims)
    if (c.brand && c.brand->name == brand) return true;
  return false;
}

TEST(ContextTest, RecipientPrefersEnvelope) {
  Envelope env;
  env.rcpt_to = {"bob@Mail.Example-Corp.co.uk"};
  auto s = ScanForTest(Mail("From: a@b.example\nTo: alice@other.example\n", "hi\n"), env);
  EXPECT_EQ(s->ctx->recipient_address, "bob@Mail.Example-Corp.co.uk");
  EXPECT_EQ(s->ctx->recipient_domain, "mail.example-corp.co.uk");
  EXPECT_EQ(s->ctx->recipient_registrable, "example-corp.co.uk");
}

TEST(ContextTest, RecipientFromToThenCc) {
  auto to = ScanForTest(Mail("From: a@b.example\nTo: Alice <alice@sub.example.org>\nCc: c@d.example\n", "x\n"));
  EXPECT_EQ(to->ctx->recipient_address, "alice@sub.example.org");
  EXPECT_EQ(to->ctx->recipient_registrable, "example.org");
  auto cc = ScanForTest(Mail("From: a@b.example\nCc: carol@example.net\n", "x\n"));
  EXPECT_EQ(cc->ctx->recipient_address, "carol@example.net");
  EXPECT_EQ(cc->ctx->recipient_domain, "example.net");
}

// Mail sent by Bcc names its own sender in To: that is no reader, and the
// sender's domain is not the reader's organisation. The envelope still wins.
TEST(ContextTest, ToNamingTheSenderIsNoReader) {
  auto bcc = ScanForTest(Mail("From: Wallet <noreply@telco.example>\nTo: Recipients <NoReply@telco.example>\n", "x\n"));
  EXPECT_TRUE(bcc->ctx->recipient_address.empty());
  EXPECT_TRUE(bcc->ctx->recipient_registrable.empty());
  auto cc = ScanForTest(
      Mail("From: noreply@telco.example\nTo: noreply@telco.example\nCc: dan@example.net\n", "x\n"));
  EXPECT_EQ(cc->ctx->recipient_address, "dan@example.net");
  Envelope env;
  env.rcpt_to = {"noreply@telco.example"};
  auto forged = ScanForTest(Mail("From: noreply@telco.example\nTo: noreply@telco.example\n", "x\n"), env);
  EXPECT_EQ(forged->ctx->recipient_address, "noreply@telco.example");
}

TEST(ContextTest, NoRecipientLeavesFieldsEmpty) {
  auto s = ScanForTest(Mail("From: a@b.example\nSubject: hello\n", "x\n"));
  EXPECT_TRUE(s->ctx->recipient_address.empty());
  EXPECT_TRUE(s->ctx->recipient_domain.empty());
  EXPECT_TRUE(s->ctx->recipient_registrable.empty());
}

TEST(ContextTest, SenderRelationBuiltOnceFromTheClaims) {
  auto s = ScanForTest(Mail("From: \"PayPal Service\" <service@pp-alerts.example>\n"
                            "To: alice@example.org\nSubject: hello\n",
                            "Hello.\n"));
  ASSERT_TRUE(s->ctx->sender_relation.has_value());
  const SenderRelation& relation = *s->ctx->sender_relation;
  EXPECT_EQ(relation.from_domain(), "pp-alerts.example");
  EXPECT_TRUE(relation.IsRelated("example.org"));  // the reader's own domain
  ASSERT_EQ(relation.speaking_brands().size(), 1u);
  EXPECT_EQ(relation.speaking_brands().front()->name, "PayPal");
}

TEST(ContextTest, SenderNameOfAContextIsMadeOnce) {
  auto s = ScanForTest(Mail("From: \"Temu Deals\" <x@shop.example>\nTo: alice@example.org\nSubject: hi\n", "Hello.\n"));
  const std::string& name = SenderNameOf(*s->ctx);
  EXPECT_EQ(name, "Temu Deals");
  EXPECT_EQ(name, SenderNameOf(s->ctx->message));
  EXPECT_EQ(&SenderNameOf(*s->ctx), &name);
}

TEST(ContextTest, BrandInDisplayNameAndSubject) {
  auto s = ScanForTest(Mail("From: \"PayPal Service\" <service@pp-alerts.example>\n"
                            "To: alice@example.org\nSubject: Your Netflix membership\n",
                            "Hello.\n"));
  const auto* name = FindClaim(*s->ctx, "PayPal", "display name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->snippet, "PayPal Service");
  const auto* subject = FindClaim(*s->ctx, "Netflix", "subject");
  ASSERT_NE(subject, nullptr);
  EXPECT_EQ(subject->snippet, "Your Netflix membership");
}

TEST(ContextTest, CopyrightFooterOfTheSeedLure) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  auto s = ScanForTest(raw);
  EXPECT_EQ(s->ctx->recipient_address, "alice.martin@example-corp.com");
  EXPECT_EQ(s->ctx->recipient_registrable, "example-corp.com");
  const auto* claim = FindClaim(*s->ctx, "cPanel", "copyright line");
  ASSERT_NE(claim, nullptr);
  EXPECT_NE(claim->snippet.find("2025 cpanel"), std::string::npos) << claim->snippet;
  EXPECT_NE(claim->snippet.find("copyright"), std::string::npos) << claim->snippet;
  EXPECT_EQ(FindClaim(*s->ctx, "cPanel", "body"), nullptr);
}

TEST(ContextTest, CopyrightLineAfterALongLineAndBeforeAnother) {
  // The line around a mention is found within its window, however long the
  // lines around it.
  const std::string long_line(5000, 'x');
  auto s = ScanForTest(Mail("From: a@shop.example\nTo: alice@example.org\nSubject: hi\n",
                            long_line + "\n\u00A9 2025 PayPal, Inc. All rights reserved.\n" + long_line + "\n"));
  const auto* claim = FindClaim(*s->ctx, "PayPal", "copyright line");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->snippet.find('x'), std::string::npos) << claim->snippet;
}

TEST(ContextTest, SignOffLinesAreFooterClaims) {
  const char* bodies[] = {
      "Please review the changes.\n\nThanks,\nThe PayPal Team\n",
      "Merci de vérifier.\n\nCordialement,\nL'équipe PayPal\n",
      "Bitte prüfen Sie die Angaben.\n\nIhr PayPal-Team\n",
      "Por favor revise.\n\nEl equipo de PayPal\n",
      "Contact PayPal Support if you need help.\n",
  };
  for (const char* body : bodies) {
    auto s = ScanForTest(Mail("From: x@pp.example\nTo: a@example.org\n", body));
    EXPECT_NE(FindClaim(*s->ctx, "PayPal", "copyright line"), nullptr) << body;
  }
}

// Footers written "©️ Brand 2024 - All rights reserved" (with the emoji
// variation selector) or "Brand 2024 - Todos os direitos reservados" (the
// year before the notice) still name the brand as the owner.
TEST(ContextTest, CopyrightLineWithEmojiSelectorOrYearFirst) {
  const char* bodies[] = {
      "Pague a taxa abaixo.\n\xC2\xA9\xEF\xB8\x8F Correios 2024 - Todos os direitos reservados\n",
      "Pague a taxa abaixo.\nCorreios 2024 - Todos os direitos reservados.\n",
      "Pay the fee below.\nCorreios 2002-2024. All rights reserved.\n",
  };
  for (const char* body : bodies) {
    auto s = ScanForTest(Mail("From: x@pp.example\nTo: a@example.org\n", body));
    EXPECT_NE(FindClaim(*s->ctx, "Correios", "copyright line"), nullptr) << body;
  }
  // A weak brand named in running text with a year is still no owner.
  auto s = ScanForTest(Mail("From: x@pp.example\nTo: a@example.org\n",
                            "We shipped with correios 2024 and it arrived late.\n"));
  EXPECT_EQ(FindClaim(*s->ctx, "Correios", "copyright line"), nullptr);
}

TEST(ContextTest, StrongBrandInTextIsABodyClaim) {
  auto s = ScanForTest(Mail("From: shop@bakery.example\nTo: a@example.org\n",
                            "We accept cards and PayPal at checkout.\n"));
  const auto* claim = FindClaim(*s->ctx, "PayPal", "body");
  ASSERT_NE(claim, nullptr);
  EXPECT_NE(claim->snippet.find("paypal at checkout"), std::string::npos) << claim->snippet;
  EXPECT_EQ(FindClaim(*s->ctx, "PayPal", "copyright line"), nullptr);
}

TEST(ContextTest, WeakBrandCountsOnlyWhereItIsAName) {
  auto plain = ScanForTest(Mail("From: n@news.example\nTo: a@example.org\n",
                                "The outlook for next year is good. An apple a day.\n"));
  EXPECT_FALSE(ClaimsBrand(*plain->ctx, "Outlook"));
  EXPECT_FALSE(ClaimsBrand(*plain->ctx, "Apple"));

  auto account = ScanForTest(Mail("From: n@news.example\nTo: a@example.org\n",
                                  "Your Apple ID was used to sign in. Check your Outlook account.\n"));
  EXPECT_NE(FindClaim(*account->ctx, "Apple", "account mention"), nullptr);
  EXPECT_NE(FindClaim(*account->ctx, "Outlook", "account mention"), nullptr);

  auto name = ScanForTest(Mail("From: \"Outlook\" <n@news.example>\nTo: a@example.org\n", "x\n"));
  EXPECT_NE(FindClaim(*name->ctx, "Outlook", "display name"), nullptr);

  auto footer = ScanForTest(Mail("From: n@news.example\nTo: a@example.org\n",
                                 "Text.\n\u00a9 2025 Apple Inc. All rights reserved.\n"));
  EXPECT_NE(FindClaim(*footer->ctx, "Apple", "copyright line"), nullptr);
}

TEST(ContextTest, WeakKeywordInAPersonsNameIsNoClaim) {
  for (const char* from : {"Tim Peters <tim@example.net>", "\"Chase Miller\" <chase@example.net>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_TRUE(s->ctx->brand_claims.empty()) << from;
  }
  for (const char* from : {"Chase <alerts@chase-alerts.example>", "\"Chase Bank Alerts\" <a@b.example>",
                           "\"TIM Brasil\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_FALSE(s->ctx->brand_claims.empty()) << from;
  }
}

// Invisible characters between a name's letters do not hide the brand:
// the exchange's "Gemini Service", however its letters are padded.
TEST(ContextTest, InvisibleCharactersDoNotHideAWeakBrandName) {
  for (const char* from : {"\"Gemini Se\U000E0139r\U000E0139vice\" <a@b.example>",
                           "\"Gem\u200Bini Sup\u200Dport\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_NE(FindClaim(*s->ctx, "Gemini", "display name"), nullptr) << from;
  }
}

// A bankrupt company's claims desk, or a last notice, speaks in its name;
// the same word in a business's own name ("Celsius Heating") does not.
TEST(ContextTest, WeakBrandWithClaimsDeskOrLastNoticeWordsIsAClaim) {
  for (const char* from : {"\"Celsius Corporate Restructuring\" <a@b.example>",
                           "\"Kroll Claims Administration\" <a@b.example>",
                           "\"Correios Último Aviso\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_FALSE(s->ctx->brand_claims.empty()) << from;
  }
  for (const char* from : {"\"Celsius Heating Systems\" <a@b.example>", "\"Gemini Horoscope Daily\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_TRUE(s->ctx->brand_claims.empty()) << from;
  }
}

// A survey or rewards programme run in a weak brand's name names the brand;
// the same brand word beside a person's or a product's name does not.
TEST(ContextTest, WeakBrandNamingItsSurveyOrRewardsIsAClaim) {
  for (const char* from : {"Douglas-Umfrageteam <a@b.example>", "\"Chase Rewards\" <a@b.example>",
                           "\"Orange Enquête\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_FALSE(s->ctx->brand_claims.empty()) << from;
  }
  for (const char* from : {"\"Kirk Douglas Survey Lab\" <a@b.example>", "\"Orange Juice Survey\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_TRUE(s->ctx->brand_claims.empty()) << from;
  }
}

// An offer or proposal made in a weak brand's name names the brand; the
// same brand word in a person's name beside "offer" does not.
TEST(ContextTest, WeakBrandMakingAnOfferIsAClaim) {
  for (const char* from : {"\"Proposta Planos Amil\" <a@b.example>", "\"Orange Offre\" <a@b.example>",
                           "\"Chase Offers\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_FALSE(s->ctx->brand_claims.empty()) << from;
  }
  for (const char* from : {"\"Chase Miller Offers\" <a@b.example>", "\"Tim Peters Angebot\" <a@b.example>"}) {
    auto s = ScanForTest(Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_TRUE(s->ctx->brand_claims.empty()) << from;
  }
}

TEST(ContextTest, SubjectThatOnlyDiscussesABrand) {
  auto thread = ScanForTest(Mail("From: a@b.example\nTo: c@example.org\nSubject: Re: boycotting Yahoo\n", "x\n"));
  EXPECT_NE(FindClaim(*thread->ctx, "Yahoo", "subject mention"), nullptr);
  EXPECT_EQ(FindClaim(*thread->ctx, "Yahoo", "subject"), nullptr);
  for (const char* subject : {"Your Yahoo account will be closed", "Yahoo: security notice", "[Yahoo] sign-in alert",
                              "Votre compte Yahoo", "Ihr Yahoo Konto", "Su cuenta de Yahoo", "Sua conta Yahoo"}) {
    auto s = ScanForTest(Mail("From: a@b.example\nTo: c@example.org\nSubject: " + std::string(subject) + "\n", "x\n"));
    EXPECT_NE(FindClaim(*s->ctx, "Yahoo", "subject"), nullptr) << subject;
  }
  // A news digest's "update" is not the brand's own notice.
  auto digest = ScanForTest(
      Mail("From: a@b.example\nTo: c@example.org\nSubject: Between Liberty and Yahoo (Tech Update)\n", "x\n"));
  EXPECT_EQ(FindClaim(*digest->ctx, "Yahoo", "subject"), nullptr);
  auto weak = ScanForTest(Mail("From: a@b.example\nTo: c@example.org\nSubject: apple pie recipe\n", "x\n"));
  EXPECT_FALSE(ClaimsBrand(*weak->ctx, "Apple"));
}

TEST(ContextTest, AddressesAndUrlsInTheTextAreNoClaims) {
  auto s = ScanForTest(Mail("From: a@b.example\nTo: c@example.org\n",
                            "Write to erik.example@yahoo.com or see https://www.paypal.com/help today.\n"));
  EXPECT_TRUE(s->ctx->brand_claims.empty());
}

TEST(ContextTest, LinkToTheBrandsOwnSiteIsNoClaim) {
  const std::string raw =
      "From: news@shop.example\nTo: a@example.org\nMIME-Version: 1.0\n"
      "Content-Type: text/html; charset=utf-8\n\n"
      "<html><body><p>New arrivals.</p>"
      "<a href=\"https://www.linkedin.com/company/shop\">Follow us on LinkedIn</a> "
      "<a href=\"https://github.com/shop/app\">https://github.com/shop/app</a></body></html>\n";
  auto s = ScanForTest(raw);
  EXPECT_EQ(FindClaim(*s->ctx, "LinkedIn", "link text"), nullptr);
  EXPECT_EQ(FindClaim(*s->ctx, "GitHub", "link text"), nullptr);
}

TEST(ContextTest, LinkTextClaim) {
  const std::string raw =
      "From: x@ship.example\nTo: a@example.org\nMIME-Version: 1.0\n"
      "Content-Type: text/html; charset=utf-8\n\n"
      "<html><body><p>Your parcel is waiting.</p>"
      "<a href=\"https://track.ship.example/x\">Track with DHL Express</a></body></html>\n";
  auto s = ScanForTest(raw);
  EXPECT_NE(FindClaim(*s->ctx, "DHL", "link text"), nullptr);
}

TEST(ContextTest, OneClaimPerBrandAndPlace) {
  std::string body;
  for (int i = 0; i < 20; ++i) body += "PayPal is great. ";
  auto s = ScanForTest(Mail("From: x@pp.example\nTo: a@example.org\n", body + "\n"));
  int body_claims = 0;
  for (const auto& c : s->ctx->brand_claims)
    if (c.brand && c.brand->name == "PayPal" && c.where == "body") ++body_claims;
  EXPECT_EQ(body_claims, 1);
}

TEST(ContextTest, ManyMentionsStayBounded) {
  std::string body;
  const char* names[] = {"PayPal", "Netflix", "DHL", "FedEx", "Amazon", "eBay", "HSBC", "Revolut",
                         "Spotify", "Deezer", "Barclays", "NatWest", "Commerzbank", "Postbank"};
  for (int i = 0; i < 3000; ++i) body += std::string(names[i % 14]) + " and ";
  auto s = ScanForTest(Mail("From: x@pp.example\nTo: a@example.org\n", body + "\n"));
  EXPECT_LE(s->ctx->brand_claims.size(), 32u);
  EXPECT_FALSE(s->ctx->brand_claims.empty());
}

TEST(ContextTest, NoClaimsInOrdinaryMail) {
  auto s = ScanForTest(Mail("From: Bob <bob@example.net>\nTo: alice@example.org\nSubject: lunch\n",
                            "Hi Alice, lunch at noon tomorrow?\n"));
  EXPECT_TRUE(s->ctx->brand_claims.empty());
}

TEST(ContextTest, SenderNameOfBrokenFromLines) {
  struct Case {
    const char* from;
    const char* name;
  };
  for (const Case& c : {Case{"\"Alice Martin\" <alice@example.org>", "Alice Martin"},
                        Case{"Temu, <service@stayfriends.de>", "Temu"},
                        Case{"Nachricht von Lidl, <service@stayfriends.de>", "Nachricht von Lidl"},
                        Case{"=?UTF-8?Q?DIE_L=C3=B6sung!?=, <service@stayfriends.de>", "DIE L\xC3\xB6sung!"},
                        Case{"Gl\xC3\xBC" "ckwunsch!,(<newsletter@mail.toom.de>)", "Gl\xC3\xBC" "ckwunsch!"},
                        Case{"\"Facebook\" <>", "Facebook"},
                        Case{"bob@example.net", ""},
                        Case{"<bob@example.net>", ""},
                        Case{"a@one.example.com, b@two.example.com", ""}}) {
    auto s = ScanForTest(Mail(std::string("From: ") + c.from + "\nTo: a@example.org\n", "x\n"));
    EXPECT_EQ(SenderNameOf(s->message), c.name) << c.from;
  }
}

TEST(ContextTest, BrandInTheNameOfABrokenFromLine) {
  auto s = ScanForTest(Mail("From: Nachricht von Lidl, <service@stayfriends.de>\nTo: jan@example.de\n"
                            "Subject: Sie wurden ausgew\xC3\xA4hlt\n",
                            "Herzlichen Gl\xC3\xBC" "ckwunsch!\n"));
  const auto* claim = FindClaim(*s->ctx, "Lidl", "display name");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->snippet, "Nachricht von Lidl");
}

TEST(ContextTest, ImpersonatedBrandsOfModernLures) {
  struct Case {
    const char* from;
    const char* subject;
    const char* brand;
    const char* where;
  };
  for (const Case& c :
       {Case{"\"Tesla\" <tesla@dollheart.net>", "You're invited", "Tesla", "display name"},
        Case{"\"LOUIS VUITTON\" <info@random.group>", "Votre cadeau", "Louis Vuitton", "display name"},
        Case{"Bitget Airdrop <autonotification@sarasalonsoft.nl>", "Claim", "Bitget", "display name"},
        Case{"\"CVS Team\" <info@zhishangmingzhan.com>", "RE: 2nd attempt", "CVS", "display name"},
        Case{"Lido Notifications <noreply@lido.com>", "stETH", "Lido", "display name"},
        Case{"Support <noreply@pepsup.com>", "[TrustWallet APP] Compliance Alert", "Trust Wallet", "subject"},
        Case{"ADAC Versand <versand@gostarmedia.com>", "Ihre Bestellung", "ADAC", "display name"},
        Case{"Detran - Urgente <aviso@multas.com>", "Multa pendente", "Detran", "display name"},
        Case{"Info <x@promo.example.com>", "Your Home Depot reward", "The Home Depot", "subject"}}) {
    auto s = ScanForTest(Mail(std::string("From: ") + c.from + "\nTo: a@example.org\nSubject: " + c.subject + "\n",
                              "Hello.\n"));
    EXPECT_NE(FindClaim(*s->ctx, c.brand, c.where), nullptr) << c.from << " / " << c.subject;
  }
}

TEST(ContextTest, PeopleNamedLikeBrandsAreNoClaim) {
  for (const char* from : {"Sephora Martin <sephora.martin@gmail.com>", "Amil Khan <amil.khan@example.com>",
                           "Dirk Rossmann <d.rossmann@example.de>", "Ken Makita <k.makita@example.jp>",
                           "Target Practice Club <club@example.org>"}) {
    auto s = ScanForTest(Mail(std::string("From: ") + from + "\nTo: a@example.org\nSubject: hello\n", "Hi.\n"));
    EXPECT_TRUE(s->ctx->brand_claims.empty()) << from << ": " << s->ctx->brand_claims.front().brand->name;
  }
}

}  // namespace
}  // namespace phishscan
