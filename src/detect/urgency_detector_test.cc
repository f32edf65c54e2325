#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::ReadFileOrEmpty;
using testing::RunDetector;

const Detector& Urgency() {
  static const std::unique_ptr<Detector> d = MakeUrgencyDetector();
  return *d;
}

std::string Mail(std::string_view subject, std::string_view body) {
  return "From: Service <info@notices.example>\nTo: alice@example.org\nSubject: " + std::string(subject) +
         "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + std::string(body);
}

std::string ToCrlf(std::string_view lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

int MaxWeight(const std::vector<Signal>& signals) {
  int w = 0;
  for (const Signal& s : signals) w = std::max(w, s.weight);
  return w;
}

// ---- the samples -------------------------------------------------------

void ExpectLureSignals(const std::string& raw) {
  const auto signals = RunDetector(Urgency(), raw);
  const Signal* s = FindSignal(signals, "urgency.threat");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_GE(s->weight, 20);
  EXPECT_FALSE(s->evidence.empty());
  EXPECT_NE(s->explanation_fr.find("menace"), std::string::npos);
  for (const Signal& sig : signals) EXPECT_EQ(sig.sign, Sign::kUrgency);
}

TEST(UrgencyTest, SeedLureExample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  ExpectLureSignals(raw);
}

TEST(UrgencyTest, SeedLureSharedSample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectLureSignals(raw);
}

TEST(UrgencyTest, ExpiringResetLinkIsOnlyAWeakDeadline) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Urgency(), raw);
    EXPECT_FALSE(HasSignal(signals, "urgency.threat")) << path << ": " << Ids(signals);
    EXPECT_LE(MaxWeight(signals), 8) << path << ": " << Ids(signals);
  }
}

TEST(UrgencyTest, OtherLegitimateSamplesAreQuiet) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Urgency(), raw);
    EXPECT_LE(MaxWeight(signals), 8) << path << ": " << Ids(signals);
  }
}

TEST(UrgencyTest, LfAndCrlfGiveTheSameSignals) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto lf = RunDetector(Urgency(), raw);
    const auto crlf = RunDetector(Urgency(), ToCrlf(raw));
    ASSERT_EQ(lf.size(), crlf.size()) << path;
    for (std::size_t i = 0; i < lf.size(); ++i) {
      EXPECT_EQ(lf[i].id, crlf[i].id) << path;
      EXPECT_EQ(lf[i].weight, crlf[i].weight) << path;
      EXPECT_EQ(lf[i].evidence, crlf[i].evidence) << path;
    }
  }
}

// ---- threats and deadlines ---------------------------------------------------

TEST(UrgencyTest, ThreatsInFiveLanguages) {
  for (const char* body : {"Your account will be suspended if you do not act.\n",
                           "Votre compte sera suspendu si vous n'agissez pas.\n",
                           "Ihr Konto wird gesperrt, wenn Sie nicht handeln.\n",
                           "Sua conta será bloqueada se você não agir.\n",
                           "Su cuenta será suspendida si no actúa.\n"}) {
    const auto signals = RunDetector(Urgency(), Mail("Notice", body));
    const Signal* s = FindSignal(signals, "urgency.threat");
    ASSERT_NE(s, nullptr) << body << Ids(signals);
    EXPECT_GE(s->weight, 15) << body;
  }
}

TEST(UrgencyTest, DeadlinesInFiveLanguages) {
  for (const char* body : {"Please complete the form within 24 hours.\n",
                           "Merci de compléter le formulaire sous 24 heures.\n",
                           "Bitte füllen Sie das Formular innerhalb von 24 Stunden aus.\n",
                           "Preencha o formulário dentro de 24 horas.\n",
                           "Complete el formulario dentro de las próximas 24 horas.\n"}) {
    const auto signals = RunDetector(Urgency(), Mail("Notice", body));
    const Signal* s = FindSignal(signals, "urgency.deadline");
    ASSERT_NE(s, nullptr) << body << Ids(signals);
    EXPECT_LE(s->weight, 10) << body;
    EXPECT_FALSE(HasSignal(signals, "urgency.threat")) << body;
  }
}

TEST(UrgencyTest, DeadlineWithThreatIsOneSignalEach) {
  const auto signals = RunDetector(
      Urgency(), Mail("Notice", "Verify within 24 hours or your account will be suspended. "
                                "Verify within 24 hours or your account will be suspended.\n"));
  int threats = 0, deadlines = 0;
  for (const Signal& s : signals) {
    threats += s.id == "urgency.threat";
    deadlines += s.id == "urgency.deadline";
  }
  EXPECT_EQ(threats, 1);
  EXPECT_EQ(deadlines, 1);
  const Signal* deadline = FindSignal(signals, "urgency.deadline");
  ASSERT_NE(deadline, nullptr);
  EXPECT_GT(deadline->weight, 5);  // reinforced by the threat
}

TEST(UrgencyTest, AlarmInTheSubject) {
  for (const char* subject : {"URGENT: mailbox verification", "Final notice", "Action required: confirm",
                              "Dernier avis avant fermeture", "Letzte Mahnung", "Último aviso",
                              "Acción requerida"}) {
    const auto signals = RunDetector(Urgency(), Mail(subject, "See below.\n"));
    bool found = false;
    for (const Signal& s : signals) {
      const bool subject_evidence =
          s.id == "urgency.subject_alarm" ||
          std::find(s.evidence.begin(), s.evidence.end(), std::make_pair(std::string("in_subject"), std::string("yes"))) !=
              s.evidence.end();
      found = found || subject_evidence;
    }
    EXPECT_TRUE(found) << subject << ": " << Ids(signals);
    EXPECT_GE(MaxWeight(signals), 8) << subject;
  }
}

TEST(UrgencyTest, CalmMessagesAreQuiet) {
  for (const char* body : {"Hi Alice, the minutes of Tuesday's meeting are attached.\n",
                           "Bonjour, voici le programme de la réunion de jeudi.\n",
                           "Hallo, anbei die Unterlagen für das Treffen.\n"}) {
    const auto signals = RunDetector(Urgency(), Mail("Minutes", body));
    EXPECT_TRUE(signals.empty()) << body << Ids(signals);
  }
}

}  // namespace
}  // namespace phishscan
