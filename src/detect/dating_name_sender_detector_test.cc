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

}  // namespace
}  // namespace phishscan
