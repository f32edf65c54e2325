#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::Mail;
using testing::ReadFileOrEmpty;
using testing::RunDetector;

const Detector& Generic() {
  static const std::unique_ptr<Detector> d = MakeGenericWordingDetector();
  return *d;
}

std::string Html(std::string_view headers, std::string_view body) {
  return std::string(headers) + "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" +
         std::string(body);
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

constexpr char kHeaders[] = "From: Service <info@notices.example>\nTo: alice.martin@example-corp.com\nSubject: Notice\n";

// ---- the samples -------------------------------------------------------

void ExpectLureSignals(const std::string& raw) {
  const auto signals = RunDetector(Generic(), raw);
  EXPECT_TRUE(HasSignal(signals, "generic.masked_account")) << Ids(signals);
  EXPECT_TRUE(HasSignal(signals, "generic.recipient_only_in_link")) << Ids(signals);
  EXPECT_TRUE(HasSignal(signals, "generic.bulk_wording")) << Ids(signals);
  for (const Signal& s : signals) {
    EXPECT_EQ(s.sign, Sign::kGenericWording);
    EXPECT_FALSE(s.explanation_en.empty());
    EXPECT_FALSE(s.explanation_fr.empty());
  }
  const Signal* mask = FindSignal(signals, "generic.masked_account");
  ASSERT_NE(mask, nullptr);
  EXPECT_NE(mask->evidence.front().second.find("********"), std::string::npos);
}

TEST(GenericWordingTest, SeedLureExample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  ExpectLureSignals(raw);
}

TEST(GenericWordingTest, SeedLureSharedSample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectLureSignals(raw);
}

TEST(GenericWordingTest, LegitimateSamplesHaveNoStrongSignal) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Generic(), raw);
    EXPECT_LE(MaxWeight(signals), 10) << path << ": " << Ids(signals);
    EXPECT_FALSE(HasSignal(signals, "generic.masked_account")) << path;
    EXPECT_FALSE(HasSignal(signals, "generic.recipient_only_in_link")) << path;
  }
}

TEST(GenericWordingTest, LfAndCrlfGiveTheSameSignals) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto lf = RunDetector(Generic(), raw);
    const auto crlf = RunDetector(Generic(), ToCrlf(raw));
    ASSERT_EQ(lf.size(), crlf.size()) << path;
    for (std::size_t i = 0; i < lf.size(); ++i) {
      EXPECT_EQ(lf[i].id, crlf[i].id) << path;
      EXPECT_EQ(lf[i].weight, crlf[i].weight) << path;
      EXPECT_EQ(lf[i].evidence, crlf[i].evidence) << path;
    }
  }
}

// ---- greetings ---------------------------------------------------------------

TEST(GenericWordingTest, GenericGreetingsInFiveLanguages) {
  for (const char* body : {"Dear Customer,\nwe have updated our terms.\n",
                           "Cher client,\nnous avons mis à jour nos conditions.\n",
                           "Sehr geehrter Kunde,\nwir haben unsere Bedingungen aktualisiert.\n",
                           "Prezado cliente,\natualizamos os nossos termos.\n",
                           "Estimado cliente,\nhemos actualizado nuestras condiciones.\n"}) {
    const auto signals = RunDetector(Generic(), Mail(kHeaders, body));
    const Signal* s = FindSignal(signals, "generic.greeting");
    ASSERT_NE(s, nullptr) << body << Ids(signals);
    EXPECT_EQ(s->weight, 10);
  }
}

TEST(GenericWordingTest, GreetingByNameIsNotGeneric) {
  for (const char* body : {"Hi Alice,\nsee you tomorrow.\n", "Bonjour Madame Martin,\nvoici le compte rendu.\n",
                           "Hallo Herr Müller,\nanbei das Protokoll.\n", "Olá João,\nsegue o relatório.\n",
                           "Hola María,\nte envío el informe.\n"}) {
    const auto signals = RunDetector(Generic(), Mail(kHeaders, body));
    EXPECT_FALSE(HasSignal(signals, "generic.greeting")) << body << Ids(signals);
  }
}

TEST(GenericWordingTest, GreetingWithTheMailboxAddress) {
  for (const char* body : {"Dear alice.martin@example-corp.com,\nyour mailbox needs attention.\n",
                           "Hello alice.martin,\nyour mailbox needs attention.\n",
                           "Bonjour alice.martin@example-corp.com,\nvotre messagerie doit être vérifiée.\n",
                           "Hallo alice.martin,\nIhr Postfach muss überprüft werden.\n"}) {
    const auto signals = RunDetector(Generic(), Mail(kHeaders, body));
    const Signal* s = FindSignal(signals, "generic.greeting");
    ASSERT_NE(s, nullptr) << body << Ids(signals);
    EXPECT_EQ(s->weight, 12);
    EXPECT_NE(s->explanation_en.find("email address"), std::string::npos);
  }
}

TEST(GenericWordingTest, AddressInsideTextIsNotAGreeting) {
  const auto signals = RunDetector(
      Generic(), Mail(kHeaders, "Hi Alice,\nplease forward this to alice.martin@example-corp.com too.\n"));
  EXPECT_FALSE(HasSignal(signals, "generic.greeting")) << Ids(signals);
}

// ---- masked accounts ---------------------------------------------------------

TEST(GenericWordingTest, MaskedAccounts) {
  for (const char* body : {"Your email account ******** will be closed.\n",
                           "Le compte ***** a été suspendu.\n",
                           "Ihr Konto •••••• wurde gesperrt.\n",
                           "A conta xxxxxx foi bloqueada.\n",
                           "Access for *****@example-corp.com is limited.\n",
                           "Su cuenta ****** requiere verificación.\n"}) {
    const auto signals = RunDetector(Generic(), Mail(kHeaders, body));
    EXPECT_TRUE(HasSignal(signals, "generic.masked_account")) << body << Ids(signals);
  }
}

TEST(GenericWordingTest, PartialMasksAndPasswordsAreSpecific) {
  for (const char* body : {"Card ending in ****1234 was charged for your account.\n",
                           "We sent a code to a****@gmail.com for your account.\n",
                           "Your account was created. Password: ********\n",
                           "Mot de passe du compte : ********\n",
                           "Rating: ***** (five stars) for the hotel.\n",
                           "Your account\n****************************************\nNews of the week\n",
                           "Forwarded mail from: <********@********> about the account.\n",
                           "**** Account news ****\n"}) {
    const auto signals = RunDetector(Generic(), Mail(kHeaders, body));
    EXPECT_FALSE(HasSignal(signals, "generic.masked_account")) << body << Ids(signals);
  }
}

// ---- recipient only in a link ------------------------------------------------

TEST(GenericWordingTest, RecipientOnlyInLinkBase64) {
  const auto signals = RunDetector(
      Generic(), Html(kHeaders,
                      "<p>Your session expired.</p><a href=\"https://login.portal-check.example/#"
                      "YWxpY2UubWFydGluQGV4YW1wbGUtY29ycC5jb20\">Sign in</a>\n"));
  const Signal* s = FindSignal(signals, "generic.recipient_only_in_link");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 15);
}

TEST(GenericWordingTest, RecipientNamedInTextOrUnsubscribeLink) {
  const auto named = RunDetector(
      Generic(), Html("From: Shop <news@shop.example>\nTo: Alice Martin <alice.martin@example-corp.com>\n",
                      "<p>Hello Alice,</p><a href=\"https://shop.example/cart?email=alice.martin%40example-corp.com\">"
                      "Your cart</a>\n"));
  EXPECT_FALSE(HasSignal(named, "generic.recipient_only_in_link")) << Ids(named);
  const auto unsubscribe = RunDetector(
      Generic(), Html(kHeaders,
                      "<p>New arrivals this week.</p><a href=\"https://shop.example/unsubscribe?e="
                      "alice.martin@example-corp.com\">Unsubscribe</a>\n"));
  EXPECT_FALSE(HasSignal(unsubscribe, "generic.recipient_only_in_link")) << Ids(unsubscribe);
}

// ---- bulk wording ------------------------------------------------------------

TEST(GenericWordingTest, BulkWording) {
  const auto signals = RunDetector(
      Generic(), Mail(kHeaders, "This issue requires users to manually authenticate their service.\n"));
  EXPECT_TRUE(HasSignal(signals, "generic.bulk_wording")) << Ids(signals);
}

// ---- subject opening with an address, reader undisclosed ---------------------

std::string Undisclosed(std::string_view subject, std::string_view extra_headers = "") {
  return "From: Offers <deals@offers.example>\nTo: Undisclosed recipients:;\n" + std::string(extra_headers) +
         "Subject: " + std::string(subject) + "\n";
}

TEST(GenericWordingTest, SubjectOpeningWithAnAddressWhenTheReaderIsUndisclosed) {
  for (const char* subject : {"sam.ray@mail.example, Looking for energy efficient windows?",
                              "claire.dubois@courriel.example, votre devis de panneaux solaires",
                              "Jonas.Weber@Post.example, Ihr Gutschein wartet auf Sie",
                              "rodrigo.f@correio.example, temos uma proposta para você"}) {
    const auto signals = RunDetector(Generic(), Mail(Undisclosed(subject), "Get your quote today.\n"));
    const Signal* s = FindSignal(signals, "generic.address_subject");
    ASSERT_NE(s, nullptr) << subject << Ids(signals);
    EXPECT_EQ(s->weight, 12);
    EXPECT_EQ(s->sign, Sign::kGenericWording);
    EXPECT_NE(s->explanation_fr.find("adresse e-mail"), std::string::npos);
  }
}

TEST(GenericWordingTest, AddressInASentenceOrAloneIsNoMergeField) {
  for (const char* subject : {"sam.ray@mail.example shared the holiday album with you",
                              "sam.ray@mail.example", "sam.ray@mail.example, hi",
                              "Security alert for sam.ray@mail.example",
                              "Sam, your order has shipped", "@sam, thanks for the mention"}) {
    const auto signals = RunDetector(Generic(), Mail(Undisclosed(subject), "Thanks.\n"));
    EXPECT_FALSE(HasSignal(signals, "generic.address_subject")) << subject << Ids(signals);
  }
}

TEST(GenericWordingTest, KnownReaderListsAndAuthenticatedSendersAreLeftToOtherChecks) {
  // A known reader's address is compared by sender.recipient_address_shown.
  const auto known = RunDetector(
      Generic(), Mail("From: Offers <deals@offers.example>\nTo: sam.ray@mail.example\n"
                      "Subject: sam.ray@mail.example, Looking for new windows?\n",
                      "Get your quote.\n"));
  EXPECT_FALSE(HasSignal(known, "generic.address_subject")) << Ids(known);
  const auto list = RunDetector(
      Generic(), Mail(Undisclosed("group@lists.example, weekly digest of the group", "List-Id: <group.lists.example>\n"),
                      "Today's topics.\n"));
  EXPECT_FALSE(HasSignal(list, "generic.address_subject")) << Ids(list);
  const auto authenticated = RunDetector(
      Generic(), Mail(Undisclosed("sam.ray@mail.example, your cart is waiting for you",
                                  "Authentication-Results: mx.mail.example; dkim=pass header.d=offers.example; "
                                  "dmarc=pass header.from=offers.example\n"),
                      "Complete your order.\n"));
  EXPECT_FALSE(HasSignal(authenticated, "generic.address_subject")) << Ids(authenticated);
}

TEST(GenericWordingTest, PersonalMessageIsQuiet) {
  const auto signals = RunDetector(
      Generic(), Mail("From: Bob <bob@example.net>\nTo: Alice Martin <alice.martin@example-corp.com>\n",
                      "Hi Alice,\nthe minutes of Tuesday's meeting are attached.\nBob\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

}  // namespace
}  // namespace phishscan
