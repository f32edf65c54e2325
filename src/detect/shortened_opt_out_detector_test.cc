#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& ShortenedOptOut() {
  static const std::unique_ptr<Detector> d = MakeShortenedOptOutDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& html) {
  TestMail m;
  m.from = from;
  m.subject = "Offer";
  m.html = html;
  return RunDetector(ShortenedOptOut(), m.Build());
}

constexpr const char* kStranger = "Garden Deals <offers@garden-deals-relay.example>";

TEST(ShortenedOptOutDetectorTest, OptOutWordingOnAShortenedLink) {
  const char* const footers[] = {
      "<p><a href=\"https://bit.ly/3xQmZ7a\">Unsubscribe</a></p>",                                        // EN
      "<p>Wenn Sie diese E-Mails nicht mehr erhalten möchten, klicken Sie <a href=\"https://t.co/Ab3dE\">hier</a>.</p>",  // DE
      "<p>Pour vous désinscrire, cliquez <a href=\"https://is.gd/Qw7rT\">ici</a>.</p>",                      // FR
      "<p><a href=\"https://tinyurl.com/y7kq2m\">Wilt u zich afmelden? Klik hier</a></p>",                  // NL
      "<p>Para darse de baja haga clic <a href=\"https://cutt.ly/Zr8Tq\">aquí</a>.</p>",                    // ES
      "<p>Para se descadastrar clique <a href=\"https://bit.ly/9PqLm\">aqui</a>.</p>",                       // PT
      "<p>Per disiscriverti clicca <a href=\"https://bit.ly/4KdWe\">qui</a>.</p>",                           // IT
  };
  for (const char* footer : footers) {
    std::vector<Signal> s =
        Scan(kStranger, std::string("<p><a href=\"https://bit.ly/offer9\">Claim your seeds</a></p>") + footer);
    const Signal* sig = FindSignal(s, "structure.shortened_opt_out");
    ASSERT_NE(sig, nullptr) << footer;
    EXPECT_EQ(sig->sign, Sign::kStructure);
    EXPECT_FALSE(EvidenceValue(*sig, "shortener").empty());
    EXPECT_FALSE(sig->explanation_fr.empty());
  }
}

TEST(ShortenedOptOutDetectorTest, OrdinaryOptOutLinksAreQuiet) {
  // A shop newsletter may shorten its offers; its opt-out stays on its
  // mailing service's or its own domain.
  std::vector<Signal> s = Scan("Northtrail <news@northtrail.example>",
                               "<p><a href=\"https://bit.ly/nt-winter\">Winter sale</a></p>"
                               "<p>To unsubscribe, click <a href=\"https://northtrail.example/unsub?u=81\">here</a>.</p>");
  EXPECT_EQ(FindSignal(s, "structure.shortened_opt_out"), nullptr);
  // A shortened link that is not the opt-out: "here" far from any opt-out words.
  s = Scan(kStranger, "<p>Our full catalogue is <a href=\"https://bit.ly/cat25\">here</a>.</p>");
  EXPECT_EQ(FindSignal(s, "structure.shortened_opt_out"), nullptr);
  // Opt-out wording in the sentence before does not make the next link the opt-out.
  s = Scan(kStranger,
           "<p>You can unsubscribe at the bottom of every email. Our spring catalogue is "
           "<a href=\"https://bit.ly/cat25\">here</a>.</p>");
  EXPECT_EQ(FindSignal(s, "structure.shortened_opt_out"), nullptr);
  // Two "qui" links: the event's is shortened, the opt-out is the mailing service's.
  s = Scan("Libreria <novita@libreria.example>",
           "<p>Prenota l'incontro <a href=\"https://bit.ly/inc11\">qui</a>.</p>"
           "<p>Per non ricevere più le nostre e-mail clicca <a href=\"https://news.libreria.example/u/5\">qui</a>.</p>");
  EXPECT_EQ(FindSignal(s, "structure.shortened_opt_out"), nullptr);
}

TEST(ShortenedOptOutDetectorTest, TheShortenersOwnServiceIsLeftAlone) {
  std::vector<Signal> s = Scan("X <notify@x.com>",
                               "<p><a href=\"https://t.co/Lq4mWz8RbT\">Voir le post</a></p>"
                               "<p><a href=\"https://t.co/Zb6Nc1QpLx\">Se désabonner</a></p>");
  EXPECT_EQ(FindSignal(s, "structure.shortened_opt_out"), nullptr);
}

}  // namespace
}  // namespace phishscan
