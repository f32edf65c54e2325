#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& DatingName() {
  static const std::unique_ptr<Detector> d = MakeDatingNameSenderDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  return RunDetector(DatingName(), m.Build());
}

TEST(DatingNameSenderTest, BaitInTheNameOnAnUnrelatedAddress) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Sex Dating <yrtqa@harbour-realestate.example>", "Click for date, lonely girls near you"},
      {"Ukrainian Beauties <news@goldsmith-lenz.example>", "Meet Ukrainian women looking for a man"},
      {"Oekraïense Meisjes <info@bakkerij-smit.example>", "Eenzame vrouwen bij jou in de buurt"},
      {"Femmes célibataires de votre région <info@garage-dupont.example>", "Rencontres coquines ce soir"},
  };
  for (const auto& [from, text] : kCases) {
    std::vector<Signal> signals = Scan(from, "Hello", text);
    const Signal* s = FindSignal(signals, "sender.dating_name_stranger");
    ASSERT_NE(s, nullptr) << from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find("dating lure"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("appât de rencontre"), std::string::npos);
  }
}

// A dating service's name on its own domain, a person's name, a lure-free
// message: nothing to say about the sender.
TEST(DatingNameSenderTest, OwnDomainPersonOrNoLureStayQuiet) {
  EXPECT_TRUE(Scan("Asian Singles <matches@asiansingles.example>", "New profiles",
                   "Asian women looking for a man near you")
                  .empty());
  EXPECT_TRUE(Scan("Anna Petrova <anna@harbour-realestate.example>", "Hello",
                   "Lonely girls near you want to chat").empty());
  EXPECT_TRUE(Scan("Sex Dating <yrtqa@harbour-realestate.example>", "Our new listings",
                   "Three flats near the station are for sale this week.").empty());
}

std::vector<Signal> ScanWithHeaders(const std::string& from, const std::vector<std::string>& headers,
                                    const std::string& text) {
  TestMail m;
  m.from = from;
  m.headers = headers;
  m.subject = "Waarom reageer je niet?";
  m.text = text;
  return RunDetector(DatingName(), m.Build());
}

// A person's name in From, the bait in the Sender or Reply-To name a mail
// client shows beside it, on an address that has nothing to do with it.
TEST(DatingNameSenderTest, BaitInSenderOrReplyToNameBehindAPersonsName) {
  const std::vector<std::string> kHeaders[] = {
      {"Sender: Sexy profielen <news@app.garage-keller.example>"},
      {"Reply-To: Naughty profiles <news@garage-keller.example>"},
  };
  for (const std::vector<std::string>& headers : kHeaders) {
    std::vector<Signal> signals =
        ScanWithHeaders("Julia <newsmail@app.bloemist-veldhuis.example>", headers,
                        "Klik hier om antwoord te geven: https://enquete-snel.example/?a=1");
    const Signal* s = FindSignal(signals, "sender.dating_name_stranger");
    ASSERT_NE(s, nullptr) << headers.front() << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  }
}

// A dating app's own support address as Reply-To, and a bait From name over
// a lure-free message whose Reply-To repeats it: nothing to say.
TEST(DatingNameSenderTest, PlainReplyToOrLureFreeBaitStayQuiet) {
  EXPECT_TRUE(ScanWithHeaders("Parship <noreply@mail.parship.example>",
                              {"Reply-To: Parship Klantenservice <service@parship.example>"},
                              "Sanne heeft je een bericht gestuurd: https://www.parship.example/messages/1")
                  .empty());
  EXPECT_TRUE(ScanWithHeaders("Lovoo <news@lovoo.example>",
                              {"Reply-To: Singles in deiner Nähe <antwort@lovoo.example>"},
                              "Neue Nachrichten warten auf dich: https://www.lovoo.example/inbox")
                  .empty());
  EXPECT_TRUE(ScanWithHeaders("Sex Dating <yrtqa@harbour-realestate.example>",
                              {"Reply-To: Sex Dating <office@harbour-realestate.example>"},
                              "Three flats near the station are for sale this week.")
                  .empty());
}

}  // namespace
}  // namespace phishscan
