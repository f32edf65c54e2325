#include "extract/disguise_unfold.h"

#include <string>

#include <gtest/gtest.h>

namespace phishscan {
namespace {

std::string Unfolded(std::string_view raw) { return UnfoldDisguise(raw).text; }

TEST(UnfoldDisguiseTest, JoinsLettersSpeltOneByOne) {
  EXPECT_EQ(Unfolded("S p e c i a l offer"), "Special offer");
  EXPECT_EQ(Unfolded("Votre c.o.m.p.t.e est suspendu"), "Votre compte est suspendu");
  EXPECT_EQ(Unfolded("F-R-E-E gift"), "FREE gift");
}

TEST(UnfoldDisguiseTest, JoinsACapitalTornOffItsWord) {
  EXPECT_EQ(Unfolded("G emeentelijk bericht"), "Gemeentelijk bericht");
  EXPECT_EQ(Unfolded("Ihre P aketzustellung"), "Ihre Paketzustellung");
}

TEST(UnfoldDisguiseTest, ReadsUnderscoresTildesAndDotRunsAsSpaces) {
  EXPECT_EQ(Unfolded("Vous_avez_gagn\xC3\xA9_un_cadeau"), "Vous avez gagn\xC3\xA9 un cadeau");
  EXPECT_EQ(Unfolded("Entrega~perdida"), "Entrega perdida");
  EXPECT_EQ(Unfolded("Wij..hebben geprobeerd"), "Wij  hebben geprobeerd");
}

TEST(UnfoldDisguiseTest, ReadsDigitsAndCapitalIAsLetters) {
  EXPECT_EQ(Unfolded("C0NFIRMATI0N"), "CONFIRMATION");
  EXPECT_EQ(Unfolded("_0ne_Year_0f_Streaming"), "_one Year 0f Streaming");  // one letter: could be an id
  EXPECT_EQ(Unfolded("H0USE W1FE"), "HOUSE WIFE");
  EXPECT_EQ(Unfolded("Consegna faIIIida"), "Consegna falllida");
}

TEST(UnfoldDisguiseTest, RemovesStrikeThroughOverlays) {
  EXPECT_EQ(Unfolded("Entre\xCC\xB7ga pe\xCC\xB7rdida"), "Entrega perdida");
}

TEST(UnfoldDisguiseTest, LeavesOrdinaryWritingAlone) {
  for (const char* s : {"A.I. news for the U.S. market", "Your e-mail address", "Support 24/7",
                        "Order ORD-12-AB has shipped", "Booking.com: your stay in Lyon", "Win10 update at 10am",
                        "B2B and MP3", "A Brief History of Time", "E o seu pedido chegou", "U bent geregistreerd",
                        "LinkedIn: new messages", "Henry VIII exhibition", "Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln",
                        "Rappel : l'offre se termine", "version 1.0.1 released"}) {
    DisguiseUnfold u = UnfoldDisguise(s);
    EXPECT_EQ(u.text, s) << s;
    EXPECT_EQ(u.undone, 0u) << s;
  }
}

TEST(UnfoldDisguiseTest, BoundsAndBadInput) {
  EXPECT_EQ(Unfolded(""), "");
  EXPECT_EQ(Unfolded("\xCC"), "\xCC");
  EXPECT_EQ(Unfolded("_"), "_");
  EXPECT_EQ(Unfolded("a b"), "a b");
  const std::string long_text(5000, 'a');
  EXPECT_EQ(Unfolded(long_text + " s p a m"), long_text + " s p a m");
}

}  // namespace
}  // namespace phishscan
