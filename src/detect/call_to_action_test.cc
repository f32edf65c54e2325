#include "detect/call_to_action.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

bool Cta(std::string text, bool branded = false) {
  Link link;
  link.text = std::move(text);
  return IsCallToAction(link, testing::SharedKnowledge().phrases(), branded);
}

TEST(CallToActionTest, ButtonsInSeveralLanguages) {
  for (const char* text : {"AUTHENTICATE IMAP", "Verify now", "Log in", "Click here", "Cliquez ici", "Connectez-vous",
                           "Jetzt bestätigen", "Anmelden", "Verificar ahora", "Iniciar sesión", "Clique aqui",
                           "Acessar minha conta", "Klik hier"})
    EXPECT_TRUE(Cta(text)) << text;
  EXPECT_TRUE(Cta("Click here to release your parcel before it is returned"));
}

TEST(CallToActionTest, OrdinaryAnchorsAreNot) {
  for (const char* text : {"See the menu", "the slides of the talk", "BOSE LS122BK", "FAQ", "Unsubscribe",
                           "Read the full article on our website for more details about the event", ""})
    EXPECT_FALSE(Cta(text)) << text;
}

TEST(CallToActionTest, ShortAnchorsOfABrandedMessage) {
  EXPECT_FALSE(Cta("Get started"));
  EXPECT_TRUE(Cta("Get started", true));
  EXPECT_FALSE(Cta("Read our full privacy statement today", true));
}

TEST(CallToActionTest, UrlsShownAsTextAreNotButtons) {
  Link link;
  link.text = "www.paypal.com";
  link.shown_url = ParseUrl("http://www.paypal.com");
  EXPECT_FALSE(IsCallToAction(link, testing::SharedKnowledge().phrases(), true));
}

}  // namespace
}  // namespace phishscan
