#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& ScamOffer() {
  static const std::unique_ptr<Detector> d = MakeScamOfferDetector();
  return *d;
}

std::vector<Signal> Scan(const TestMail& m) { return RunDetector(ScamOffer(), m.Build()); }

TestMail Mail(const std::string& subject, const std::string& html, const std::string& from = "") {
  TestMail m;
  m.subject = subject;
  m.html = html;
  if (!from.empty()) m.from = from;
  return m;
}

struct Case {
  const char* subject;
  const char* html;
};

// Every case must raise `id` with at least `min_weight`, in the fraud sign,
// with evidence and both explanations.
void ExpectAll(const char* id, int min_weight, const std::vector<Case>& cases, const std::string& from = "") {
  for (const Case& c : cases) {
    std::vector<Signal> signals = Scan(Mail(c.subject, c.html, from));
    const Signal* s = FindSignal(signals, id);
    ASSERT_NE(s, nullptr) << c.subject << "\n" << Describe(signals);
    EXPECT_GE(s->weight, min_weight) << c.subject;
    EXPECT_EQ(s->sign, Sign::kFraudLure);
    EXPECT_FALSE(s->evidence.empty());
    EXPECT_NE(s->explanation_en.find("This looks like"), std::string::npos) << s->explanation_en;
    EXPECT_NE(s->explanation_fr.find("Cela ressemble à"), std::string::npos) << s->explanation_fr;
  }
}

// --- Positive cases, several languages per family -------------------------

TEST(ScamOfferTest, DatingLures) {
  ExpectAll("scam.romance_adult", 30,
            {{"Lonely women near you",
              "<p>Hundreds of lonely women in your area are waiting. Anna wants to meet you tonight.</p>"
              "<a href=\"https://date-now.example.net/\">See her photos</a>"},
             {"Rencontres coquines", "<p>Des femmes seules près de chez vous cherchent un homme. Elle veut vous "
                                     "rencontrer ce soir.</p><a href=\"https://amour.example.net/\">Voir</a>"},
             {"Einsame Frauen warten", "<p>Heiße Singles in deiner Nähe möchten dich kennenlernen. Sie hat ihr Foto "
                                       "für dich freigeschaltet.</p><a href=\"https://liebe.example.net/\">Ansehen</a>"},
             {"Hete date", "<p>Eenzame vrouwen bij jou in de buurt willen met je chatten. Oekraïense vrouwen "
                           "zoeken een man.</p><a href=\"https://date.example.net/\">Bekijk</a>"},
             {"Mulheres solteiras", "<p>Mulheres solteiras perto de você querem te conhecer hoje.</p>"
                                    "<a href=\"https://encontro.example.net/\">Entrar</a>"}});
}

// A mailing list's members discussing dating abroad are not a stranger
// selling it; the same words from an unknown sender are.
TEST(ScamOfferTest, DatingWordsOnAMailingListAreDiscussion) {
  const char* html =
      "<p>The article says Thai women looking for a husband meet Thai ladies and Russian brides online; "
      "it reads like an ad.</p><a href=\"https://news.example.org/story\">Story</a>";
  TestMail list = Mail("Re: marriage agencies", html, "Ann Member <ann@example.org>");
  list.headers.push_back("List-Id: <friends.lists.example.org>");
  std::vector<Signal> on_list = Scan(list);
  EXPECT_EQ(FindSignal(on_list, "scam.romance_adult"), nullptr) << Describe(on_list);
  std::vector<Signal> direct = Scan(Mail("Re: marriage agencies", html, "Ann <ann@example.org>"));
  EXPECT_NE(FindSignal(direct, "scam.romance_adult"), nullptr) << Describe(direct);
  // Bait in the subject is a lure whatever headers it carries.
  TestMail bait = Mail("Russian brides are waiting for you", html, "Ann Member <ann@example.org>");
  bait.headers.push_back("List-Id: <friends.lists.example.org>");
  std::vector<Signal> baited = Scan(bait);
  EXPECT_NE(FindSignal(baited, "scam.romance_adult"), nullptr) << Describe(baited);
}

TEST(ScamOfferTest, LoanOffersFromFreemail) {
  ExpectAll("scam.loan_offer", 30,
            {{"Loan offer", "<p>We offer personal loans at a low interest rate of 2% to individuals and companies. "
                            "Bad credit accepted. Reply with the amount you need.</p>"},
             {"Offre de prêt", "<p>Nous proposons des prêts entre particuliers avec un taux d'intérêt de 2 %. "
                               "Financez vos projets dès aujourd'hui.</p>"},
             {"Préstamo", "<p>Ofrecemos préstamos personales con una tasa de interés del 3%. ¿Necesita un "
                          "préstamo? Contáctenos.</p>"},
             {"Kredit", "<p>Wir bieten Kredite ohne Schufa zu einem Zinssatz von 2 %. Benötigen Sie einen "
                        "Kredit?</p>"}},
            "Finance Direct <lender.office@gmail.com>");
}

TEST(ScamOfferTest, JobOffers) {
  ExpectAll("scam.job_offer", 28,
            {{"Part-time job offer", "<p>We have a part-time position as a personal assistant. Work from home and "
                                     "earn $800 per week. No experience required.</p>"},
             {"Trabalho em casa", "<p>Trabalho em casa, ganhe até R$ 300 por dia, sem experiência.</p>"},
             {"Lavoro da casa", "<p>Lavoro da casa: guadagna fino a 200 euro al giorno, nessuna esperienza "
                                "richiesta.</p>"}},
            "Recruiter <hr.team.jobs@outlook.com>");
}

TEST(ScamOfferTest, CryptoAirdrops) {
  ExpectAll("scam.airdrop", 30,
            {{"Your token allocation is live",
              "<p>The airdrop is now live. You are eligible to claim your tokens: connect your wallet before the "
              "deadline.</p><a href=\"https://claim-drop.example.net/\">Claim</a>"},
             {"Airdrop", "<p>Réclamez vos jetons gratuits : connectez votre portefeuille avant la fin de la "
                         "distribution de jetons.</p><a href=\"https://drop.example.net/\">Réclamer</a>"},
             {"Claim your USDT", "<p>Claim 5000 USDT today. Your USDT reward is ready: connect your wallet.</p>"
                                 "<a href=\"https://usdt-gift.example.net/\">Claim</a>"}});
}

// A crypto newsletter that proves its domain and links only to its own
// site discusses airdrops; the same words with a claim page elsewhere, or
// without authentication, are the lure.
TEST(ScamOfferTest, AuthenticatedNewsletterOnItsOwnSiteIsOnlyAHint) {
  const std::string html =
      "<p>Airdrop season is back: two networks announced token airdrops. A real airdrop never asks you to "
      "connect your wallet from an e-mail.</p><a href=\"https://chainnews.example/guides/airdrops\">Guide</a>";
  TestMail own = Mail("This week: airdrop season", html, "Chain News <editors@chainnews.example>");
  own.headers = {"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=chainnews.example; "
                 "dkim=pass header.d=chainnews.example; dmarc=pass header.from=chainnews.example"};
  std::vector<Signal> signals = Scan(own);
  const Signal* s = FindSignal(signals, "scam.airdrop");
  ASSERT_NE(s, nullptr);
  EXPECT_LE(s->weight, 18);

  TestMail unauthenticated = own;
  unauthenticated.headers.clear();
  std::vector<Signal> unauthenticated_signals = Scan(unauthenticated);
  s = FindSignal(unauthenticated_signals, "scam.airdrop");
  ASSERT_NE(s, nullptr);
  EXPECT_GT(s->weight, 18);

  TestMail elsewhere = own;
  elsewhere.html = html + "<a href=\"https://claim-drop.example.net/\">Claim</a>";
  std::vector<Signal> elsewhere_signals = Scan(elsewhere);
  s = FindSignal(elsewhere_signals, "scam.airdrop");
  ASSERT_NE(s, nullptr);
  EXPECT_GT(s->weight, 18);
}

// A bank's loan offer to its customer, authenticated, with the terms on its
// own site, is only a hint; the same offer answered at a free mailbox is a
// stranger's.
TEST(ScamOfferTest, BanksLoanOfferOnItsOwnSiteIsOnlyAHint) {
  const std::string html =
      "<p>As agreed, here is our offer for a personal loan at an interest rate of 6.4% over 60 months.</p>"
      "<a href=\"https://www.harbourbank.example/my/offer\">See the offer</a>";
  TestMail own = Mail("Your personal loan offer", html, "Harbour Bank <credit@harbourbank.example>");
  own.headers = {"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=harbourbank.example; "
                 "dkim=pass header.d=harbourbank.example; dmarc=pass header.from=harbourbank.example"};
  std::vector<Signal> signals = Scan(own);
  const Signal* s = FindSignal(signals, "scam.loan_offer");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LE(s->weight, 18);

  TestMail stranger = own;
  stranger.headers.push_back("Reply-To: harbour.credit.desk@gmail.com");
  std::vector<Signal> stranger_signals = Scan(stranger);
  s = FindSignal(stranger_signals, "scam.loan_offer");
  ASSERT_NE(s, nullptr);
  EXPECT_GT(s->weight, 18);
}

// A licensed casino's promotion to its registered player names the gambling
// help line and carries app-store badges; those links are not where the
// offer is taken up. A redirect through a footer site still counts by where
// it leads, and so does a second casino's page.
TEST(ScamOfferTest, AuthenticatedCasinoWithFooterLinksIsOnlyAHint) {
  const std::string html =
      "<p>Your 20 free spins are in your account, no deposit needed.</p>"
      "<a href=\"https://e.royalspins.example/play?c=1\">Play now</a>"
      "<p>18+ <a href=\"https://www.begambleaware.org/\">BeGambleAware.org</a> "
      "<a href=\"https://apps.apple.com/gb/app/id1234\">App Store</a> "
      "<a href=\"https://www.instagram.com/royalspins\">Instagram</a></p>";
  TestMail own = Mail("Mark, your Friday free spins", html, "Royal Spins <news@e.royalspins.example>");
  own.headers = {"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=e.royalspins.example; "
                 "dkim=pass header.d=royalspins.example; dmarc=pass header.from=royalspins.example"};
  std::vector<Signal> signals = Scan(own);
  const Signal* s = FindSignal(signals, "scam.gambling_bonus");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LE(s->weight, 18);

  TestMail redirected = own;
  redirected.html = html + "<a href=\"https://www.youtube.com/redirect?q=https%3A%2F%2Fspin-claim.example.net%2F\">"
                           "Bonus</a>";
  std::vector<Signal> redirected_signals = Scan(redirected);
  s = FindSignal(redirected_signals, "scam.gambling_bonus");
  ASSERT_NE(s, nullptr);
  EXPECT_GT(s->weight, 18);

  TestMail elsewhere = own;
  elsewhere.html = html + "<a href=\"https://spin-claim.example.net/\">Claim</a>";
  std::vector<Signal> elsewhere_signals = Scan(elsewhere);
  s = FindSignal(elsewhere_signals, "scam.gambling_bonus");
  ASSERT_NE(s, nullptr);
  EXPECT_GT(s->weight, 18);
}

TEST(ScamOfferTest, GiftForASurvey) {
  ExpectAll("scam.giveaway_survey", 28,
            {{"You have been selected", "<p>You have been selected to receive a DeWalt power tool set. Complete a "
                                        "short survey to claim your free gift. Just pay the shipping.</p>"
                                        "<a href=\"https://survey-gift.example.net/\">Start</a>"},
             {"Ihre Belohnung wartet", "<p>Nehmen Sie an unserer kurzen Umfrage teil. Ihre Belohnung wartet! Nur die "
                                       "Versandkosten.</p><a href=\"https://umfrage.example.net/\">Start</a>"},
             {"Caja misteriosa", "<p>Completa nuestra breve encuesta y recibe una caja misteriosa. Solo pagas el "
                                 "envío.</p><a href=\"https://encuesta.example.net/\">Empezar</a>"}});
}

TEST(ScamOfferTest, MiracleCures) {
  ExpectAll("scam.health_miracle", 28,
            {{"Doctors are stunned", "<p>Doctors are stunned: this simple trick melts belly fat. Lose 20 lbs without "
                                     "diet.</p><a href=\"https://slim.example.net/\">Watch</a>"},
             {"Bauchfett weg", "<p>Ärzte sind sprachlos: 10 kg abnehmen ohne Diät, Bauchfett verschwindet.</p>"
                               "<a href=\"https://schlank.example.net/\">Mehr</a>"},
             {"Remède naturel", "<p>Un remède naturel qui élimine le diabète. Les médecins sont stupéfaits.</p>"
                                "<a href=\"https://sante.example.net/\">Voir</a>"}});
}

TEST(ScamOfferTest, UnclaimedFunds) {
  ExpectAll("scam.unclaimed_funds", 32,
            {{"Unclaimed funds", "<p>Your compensation of $2,500,000 has been approved in your favour. Kindly "
                                 "reconfirm your full names and home address for the release of your fund.</p>"},
             {"Fundos", "<p>A quantia de US$ 950.000,00 foi liberada para saque. Envie seu nome completo e "
                        "endereço.</p>"}},
            "Mrs. Grace <grace.office@yahoo.com>");
}

TEST(ScamOfferTest, CasinoBonus) {
  ExpectAll("scam.gambling_bonus", 28,
            {{"500 € + 200 Freispiele", "<p>Willkommensbonus: 500 € und 200 Freispiele ohne Einzahlung im Casino.</p>"
                                       "<a href=\"https://casino.example.net/\">Spielen</a>"},
             {"Free spins", "<p>Your welcome bonus and 100 free spins are waiting — no deposit required.</p>"
                            "<a href=\"https://spin.example.net/\">Play</a>"}});
}

// --- How wording comes together --------------------------------------------

TEST(ScamOfferTest, OneBodyPhraseWithALinkIsNotEnough) {
  std::vector<Signal> s = Scan(Mail("Weekend news", "<p>Our readers voted for the best online casino ads of the "
                                                    "year.</p><a href=\"https://news.example.com/\">Read</a>"));
  EXPECT_EQ(FindSignal(s, "scam.gambling_bonus"), nullptr) << Describe(s);
}

TEST(ScamOfferTest, OnePhraseInTheSubjectWithALinkCounts) {
  std::vector<Signal> s =
      Scan(Mail("Claim your free tokens now", "<p>Hello!</p><a href=\"https://x.example.net/\">Go</a>"));
  const Signal* sig = FindSignal(s, "scam.airdrop");
  ASSERT_NE(sig, nullptr) << Describe(s);
  std::vector<Signal> two = Scan(Mail("Claim your free tokens now", "<p>Connect your wallet today.</p>"
                                                                    "<a href=\"https://x.example.net/\">Go</a>"));
  const Signal* sig_two = FindSignal(two, "scam.airdrop");
  ASSERT_NE(sig_two, nullptr) << Describe(two);
  EXPECT_LT(sig->weight, sig_two->weight);
}

TEST(ScamOfferTest, OnePhraseInTheSubjectWithoutAWayToActIsNotEnough) {
  std::vector<Signal> s = Scan(Mail("Claim your free tokens now", "<p>Hello!</p>"));
  EXPECT_EQ(FindSignal(s, "scam.airdrop"), nullptr) << Describe(s);
}

TEST(ScamOfferTest, RepeatedWordingCountsOnce) {
  // The same phrase in every language's list, and numbers that differ.
  std::vector<Signal> s = Scan(Mail("Market report", "<p>Revenue rose to 235 million euros, then 318 million euros "
                                                     "and 414 million euros.</p>"));
  EXPECT_EQ(FindSignal(s, "scam.unclaimed_funds"), nullptr) << Describe(s);
}

TEST(ScamOfferTest, ReplyToAnotherDomainIsEvidence) {
  TestMail m = Mail("Loan", "<p>We offer loans to individuals at an interest rate of 3%.</p>");
  m.headers.push_back("Reply-To: lender@other-place.example");
  std::vector<Signal> s = Scan(m);
  const Signal* sig = FindSignal(s, "scam.loan_offer");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_NE(sig->explanation_en.find("lender@other-place.example"), std::string::npos) << sig->explanation_en;
}

TEST(ScamOfferTest, MailingListReplyToIsNotAStranger) {
  TestMail m = Mail("Re: side jobs", "<p>Has anyone tried a mystery shopper gig?</p>");
  m.to = "list@lists.example.org";
  m.headers.push_back("Reply-To: list@lists.example.org");
  m.headers.push_back("List-Id: <list.lists.example.org>");
  EXPECT_EQ(FindSignal(Scan(m), "scam.job_offer"), nullptr);
}

TEST(ScamOfferTest, HeadlineTakenUpInTheBodyWeighsMore) {
  std::vector<Signal> body_only = Scan(Mail("Hello", "<p>Hot singles near you. Lonely women want to meet you.</p>"
                                                     "<a href=\"https://x.example.net/\">Go</a>"));
  std::vector<Signal> headline = Scan(Mail("Hot singles near you", "<p>Lonely women want to meet you.</p>"
                                                                   "<a href=\"https://x.example.net/\">Go</a>"));
  const Signal* a = FindSignal(body_only, "scam.romance_adult");
  const Signal* b = FindSignal(headline, "scam.romance_adult");
  ASSERT_NE(a, nullptr) << Describe(body_only);
  ASSERT_NE(b, nullptr) << Describe(headline);
  EXPECT_GT(b->weight, a->weight);
  EXPECT_LE(b->weight, 44);
}

TEST(ScamOfferTest, DonationAndPotencyLuresInSeveralLanguages) {
  ExpectAll("scam.unclaimed_funds", 20,
            {{"Donation", "<p>Mr. Brown has donated $ 1,500,000.00 USD to you. Your account already has +4,200$, "
                          "withdraw your +4,200$ today.</p><a href=\"https://x.example.net/\">Withdraw</a>"},
             {"Fundos", "<p>O fundo foi recuperado. Prezados beneficiários, a quantia de US$ 950.000,00 está "
                        "pronta.</p><a href=\"https://x.example.net/\">Receber</a>"}});
  ExpectAll("scam.health_miracle", 20,
            {{"Größerer Penis in 3 Minuten", "<p>Eine starke Erektion, die ganze Nacht.</p>"
                                             "<a href=\"https://x.example.net/\">Bestellen</a>"},
             {"Sie nehmen ab", "<p>Gummis zur Gewichtsreduktion, die Fett verbrennen, ohne Diät.</p>"
                               "<a href=\"https://x.example.net/\">Testen</a>"}});
}

TEST(ScamOfferTest, ModernHealthAndCharityNewslettersStayQuiet) {
  const Case kLegit[] = {
      {"Your monthly impact report", "<p>Thanks to your donation, 40 children received school supplies. Read how "
                                     "our partners support orphans and their families.</p>"
                                     "<a href=\"https://charity.example.org/\">Read the report</a>"},
      {"Gesund durch den Winter", "<p>Fünf Tipps für besseren Schlaf und warum Bewegung nach dem Essen hilft.</p>"
                                  "<a href=\"https://apotheke.example.de/\">Weiterlesen</a>"},
      {"Our impact this year", "<p>This year we have decided to donate part of our proceeds: orphans and widows in "
                               "the region received food parcels.</p><a href=\"https://charity.example.org/\">Read</a>"},
      {"Votre relevé est disponible", "<p>Votre relevé de compte de mai est disponible dans votre espace.</p>"
                                      "<a href=\"https://banque.example.fr/\">Consulter</a>"},
  };
  for (const Case& c : kLegit) {
    std::vector<Signal> s = Scan(Mail(c.subject, c.html, "News <news@brand.example.com>"));
    EXPECT_TRUE(s.empty()) << c.subject << "\n" << Describe(s);
  }
}

TEST(ScamOfferTest, OneBodyPhraseWithAFreeHostingLinkWeighsMore) {
  std::vector<Signal> plain = Scan(Mail("Hello", "<p>Your SCR tokens are ready!</p>"
                                                 "<a href=\"https://claims.example.net/\">Open</a>"));
  std::vector<Signal> hosted = Scan(Mail("Hello", "<p>Your SCR tokens are ready!</p>"
                                                  "<a href=\"https://storage.googleapis.com/x/claim.html\">Open</a>"));
  const Signal* a = FindSignal(plain, "scam.airdrop");
  const Signal* b = FindSignal(hosted, "scam.airdrop");
  ASSERT_NE(a, nullptr) << Describe(plain);
  ASSERT_NE(b, nullptr) << Describe(hosted);
  EXPECT_GT(b->weight, a->weight);
  EXPECT_NE(b->explanation_en.find("free hosting"), std::string::npos) << b->explanation_en;
  EXPECT_NE(b->explanation_fr.find("hébergement gratuit"), std::string::npos) << b->explanation_fr;
  // Families whose wording real mail also uses stay quiet on one phrase.
  std::vector<Signal> survey = Scan(Mail("Hello", "<p>Take our short survey about your visit.</p>"
                                                  "<a href=\"https://storage.googleapis.com/x/s.html\">Open</a>"));
  EXPECT_EQ(FindSignal(survey, "scam.giveaway_survey"), nullptr) << Describe(survey);
}

// --- Modern legitimate mail stays quiet -------------------------------------

TEST(ScamOfferTest, ModernLegitimateMailRaisesNothing) {
  const Case kLegit[] = {
      {"🔥 Save 30% this weekend 🛍️", "<p>Our spring sale is on: save 30% on shoes and bags until Sunday. Free "
                                     "shipping on orders over $50.</p><a href=\"https://shop.example.com/sale\">Shop "
                                     "now</a><p>Unsubscribe</p>"},
      {"Your order has shipped", "<p>Good news, Marie! Your order #112-4451 has shipped and will arrive Tuesday. "
                                 "Track your parcel below.</p><a href=\"https://shop.example.com/track\">Track</a>"},
      {"Receipt for your payment", "<p>Thanks for your purchase. Amount paid: €42.90 with Visa ending 4242.</p>"
                                   "<a href=\"https://shop.example.com/orders\">View order</a>"},
      {"You have a new match! 💘", "<p>Anna liked your profile. Open the app to say hello.</p>"
                                  "<a href=\"https://app.dating.example.com/\">Open</a>"},
      {"Weekly market update", "<p>Bitcoin rose 4% this week. Staking is available for ETH and SOL in the app; "
                               "rates vary. Crypto is volatile and you may lose money.</p>"
                               "<a href=\"https://exchange.example.com/learn\">Learn more</a>"},
      {"How did we do?", "<p>Thanks for shopping with us, Paul. Would you take a 2-minute survey about your "
                         "delivery? Your feedback helps us improve.</p><a href=\"https://shop.example.com/s\">Give "
                         "feedback</a>"},
      {"Your mortgage statement", "<p>Your statement for May is ready. Your fixed rate stays at 3.1% until 2027.</p>"
                                  "<a href=\"https://bank.example.com/\">Sign in to view</a>"},
      {"Neue Angebote für dich", "<p>Entdecke unsere neuen Sneaker – jetzt 20 % günstiger. Kostenloser Versand ab "
                                 "50 €.</p><a href=\"https://shop.example.de/\">Zum Shop</a>"},
      {"Votre colis arrive demain", "<p>Bonjour Claire, votre colis sera livré demain entre 9h et 13h.</p>"
                                    "<a href=\"https://colis.example.fr/\">Suivre</a>"},
      {"Health tips for winter", "<p>Five ways to sleep better this winter, and why a short walk after dinner helps "
                                 "your blood sugar, according to our nutritionist.</p>"
                                 "<a href=\"https://health.example.com/\">Read</a>"},
      {"Tips for your new iPhone", "<p>Share photos with friends nearby using AirDrop, and back up your library "
                                   "to iCloud.</p><a href=\"https://support.example.com/\">Learn more</a>"},
      {"Seu pedido foi entregue", "<p>Olá Ana, seu pedido 4471 foi entregue. Avalie sua compra e ganhe 5% de "
                                  "desconto na próxima.</p><a href=\"https://loja.example.com.br/\">Avaliar</a>"},
      {"🎉 Offre spéciale -30 %", "<p>Profitez de -30 % sur toute la collection jusqu'à dimanche. Livraison "
                                "offerte dès 50 €.</p><a href=\"https://boutique.example.fr/\">J'en profite</a>"},
      {"Il tuo estratto conto", "<p>Il tuo estratto conto di maggio è disponibile nell'app.</p>"
                                "<a href=\"https://banca.example.it/\">Accedi</a>"},
      {"Nieuwe vacatures voor jou", "<p>Er zijn 3 nieuwe vacatures die passen bij je profiel: developer, "
                                    "analist, tester.</p><a href=\"https://jobs.example.nl/\">Bekijk</a>"},
  };
  for (const Case& c : kLegit) {
    std::vector<Signal> s = Scan(Mail(c.subject, c.html, "Shop Team <news@shop.example.com>"));
    EXPECT_TRUE(s.empty()) << c.subject << "\n" << Describe(s);
  }
}

TEST(ScamOfferTest, ManyFamiliesEachReportOnce) {
  std::vector<Signal> s =
      Scan(Mail("Free spins and hot singles", "<p>Welcome bonus: 200 free spins, no deposit required. Lonely women "
                                              "near you want to chat with you.</p><a href=\"https://x.example.net/\">"
                                              "Go</a>"));
  int casino = 0, dating = 0;
  for (const Signal& sig : s) {
    casino += sig.id == "scam.gambling_bonus";
    dating += sig.id == "scam.romance_adult";
  }
  EXPECT_EQ(casino, 1) << Describe(s);
  EXPECT_EQ(dating, 1) << Describe(s);
}

}  // namespace
}  // namespace phishscan
