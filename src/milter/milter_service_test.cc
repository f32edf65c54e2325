// Protocol-level tests: the real service (libmilter and all) on a loopback
// socket in this process, driven by a minimal MTA-side client. libmilter runs
// once per process, so one service serves every test here; each test installs
// the configuration it needs through the same holder SIGHUP uses.
#include "milter/milter_service.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "milter/message_scanner.h"
#include "milter/milter_test_client.h"
#include "milter/milter_test_support.h"

namespace phishscan {
namespace {

using testing::FreeLoopbackPort;
using testing::InetSocket;
using testing::MilterReply;
using testing::MilterTestClient;
using testing::ScriptedScanner;

class MilterServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (service_ != nullptr) return;
    scanner_ = std::make_shared<ScriptedScanner>();
    log_path_ = testing::ProcessTempPath("phishscan-milter-service-test.log");
    std::remove(log_path_.c_str());
    log_ = new MilterLog;
    ASSERT_TRUE(log_->Open(log_path_, LogFormat::kText).ok());
    holder_ = new EngineHolder(std::make_shared<const ServiceState>(ServiceState{MilterConfig{}, scanner_}));
    port_ = FreeLoopbackPort();
    // Kept for the life of the process, as in production.
    service_ = new MilterService(*holder_, *log_);
    Status s = service_->Start(InetSocket(port_));
    ASSERT_TRUE(s.ok()) << s.message();
  }

  void SetUp() override {
    ASSERT_NE(service_, nullptr);
    Use(MilterConfig{});
  }

  static void Use(const MilterConfig& config) {
    holder_->Replace(std::make_shared<const ServiceState>(ServiceState{config, scanner_}));
  }

  // A client that went through connect and HELO.
  static std::unique_ptr<MilterTestClient> Client() {
    auto client = std::make_unique<MilterTestClient>(port_);
    EXPECT_TRUE(client->ok());
    EXPECT_EQ(client->Connect("mx.sender.example", "192.0.2.10").code, 'c');
    EXPECT_EQ(client->Helo("mx.sender.example").code, 'c');
    return client;
  }

  static std::string Message(std::string_view verdict_spec, std::string_view extra_headers = "",
                             std::string_view body = "Hello Alice,\r\nsee you soon.\r\n") {
    std::string m = "From: Bob <bob@sender.example>\r\nTo: alice@corp.example\r\nSubject: Lunch\r\n";
    if (!verdict_spec.empty()) m += "X-Test-Verdict: " + std::string(verdict_spec) + "\r\n";
    m += std::string(extra_headers);
    m += "\r\n";
    m += std::string(body);
    return m;
  }

  static MilterReply Send(std::string_view message, std::string_view queue_id = "TESTQ1") {
    auto client = Client();
    return client->SendMessage(message, "bob@sender.example", {"alice@corp.example"}, queue_id);
  }

  static std::string LogText() {
    std::ifstream in(log_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  // Polls for up to 10 s: a hang guard, not a speed check (sanitizer builds
  // on a loaded 2-core machine need seconds where a plain build needs ms).
  static bool WaitFor(const std::function<bool()>& condition) {
    for (int i = 0; i < 1000; ++i) {
      if (condition()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return condition();
  }

  static inline std::shared_ptr<ScriptedScanner> scanner_;
  static inline MilterLog* log_ = nullptr;
  static inline std::string log_path_;
  static inline EngineHolder* holder_ = nullptr;
  static inline MilterService* service_ = nullptr;
  static inline int port_ = 0;
};

TEST_F(MilterServiceTest, CleanMessageIsAcceptedWithHeaders) {
  MilterReply r = Send(Message("clean 4"));
  EXPECT_EQ(r.code, 'a');
  EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "clean");
  EXPECT_EQ(r.Added("X-Phishscan-Score"), "4");
  EXPECT_EQ(r.Added("X-Phishscan-Signals"), "none");
  EXPECT_FALSE(r.quarantine_reason.has_value());
  EXPECT_TRUE(r.changed_headers.empty());
}

TEST_F(MilterServiceTest, PhishingIsQuarantinedWithReasonAndHeaders) {
  MilterReply r = Send(Message("phishing 97 links.cta_unrelated_domain,sender.brand_mismatch"), "QPHISH1");
  EXPECT_EQ(r.code, 'a');
  ASSERT_TRUE(r.quarantine_reason.has_value());
  EXPECT_NE(r.quarantine_reason->find("phishing"), std::string::npos);
  EXPECT_NE(r.quarantine_reason->find("links.cta_unrelated_domain"), std::string::npos);
  EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "phishing");
  EXPECT_EQ(r.Added("X-Phishscan-Signals"), "links.cta_unrelated_domain, sender.brand_mismatch");
  EXPECT_TRUE(WaitFor([] { return LogText().find("queue_id=QPHISH1 verdict=phishing score=97 action=quarantine "
                                                 "signals=links.cta_unrelated_domain,sender.brand_mismatch") !=
                                   std::string::npos; }))
      << LogText();
}

TEST_F(MilterServiceTest, SuspiciousIsTaggedWithSubjectPrefix) {
  MilterConfig c;
  c.subject_prefix = "[SUSPECT]";
  Use(c);
  MilterReply r = Send(Message("suspicious 50 urgency.deadline"));
  EXPECT_EQ(r.code, 'a');
  EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "suspicious");
  ASSERT_EQ(r.changed_headers.size(), 1u);
  EXPECT_EQ(r.changed_headers[0].name, "Subject");
  EXPECT_EQ(r.changed_headers[0].index, 1u);
  EXPECT_EQ(r.changed_headers[0].value, "[SUSPECT] Lunch");
}

TEST_F(MilterServiceTest, RejectGivesA5xxNamingNoInternals) {
  MilterConfig c;
  c.action_phishing = MilterAction::kReject;
  Use(c);
  MilterReply r = Send(Message("phishing 97 links.cta_unrelated_domain"));
  ASSERT_EQ(r.code, 'y');
  EXPECT_EQ(r.smtp_reply, "550 5.7.1 Message rejected by content policy");
  EXPECT_TRUE(r.added_headers.empty());
}

TEST_F(MilterServiceTest, TheEnvelopeReachesTheScanner) {
  auto client = Client();
  MilterReply r = client->SendMessage(Message("clean 0"), "Bounce+x@sender.example",
                                      {"alice@corp.example", "bob@corp.example"});
  EXPECT_EQ(r.code, 'a');
  Envelope env = scanner_->last_envelope();
  EXPECT_EQ(env.mail_from, "Bounce+x@sender.example");
  ASSERT_EQ(env.rcpt_to.size(), 2u);
  EXPECT_EQ(env.rcpt_to[0], "alice@corp.example");
  EXPECT_EQ(env.client_hostname, "mx.sender.example");
  EXPECT_EQ(env.helo, "mx.sender.example");
  // libmilter reports the address of the connect command.
  EXPECT_EQ(env.client_ip, "192.0.2.10");
}

TEST_F(MilterServiceTest, TheScannerSeesTheWholeMessage) {
  Send(Message("clean 0", "X-Folded: one\r\n two\r\n", "Body line\r\n"));
  std::string seen = scanner_->last_message();
  EXPECT_NE(seen.find("Subject: Lunch\r\n"), std::string::npos);
  EXPECT_NE(seen.find("X-Folded: one\r\n two\r\n"), std::string::npos);
  EXPECT_NE(seen.find("\r\n\r\nBody line\r\n"), std::string::npos);
}

TEST_F(MilterServiceTest, PlantedVerdictHeadersAreRemoved) {
  MilterReply r = Send(Message("phishing 90", "X-Phishscan-Verdict: clean\r\nx-phishscan-verdict: clean\r\n"));
  EXPECT_EQ(r.code, 'a');
  ASSERT_EQ(r.changed_headers.size(), 2u);
  EXPECT_EQ(r.changed_headers[0].name, "X-Phishscan-Verdict");
  EXPECT_EQ(r.changed_headers[0].index, 2u);
  EXPECT_EQ(r.changed_headers[0].value, "");
  EXPECT_EQ(r.changed_headers[1].index, 1u);
  EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "phishing");
}

TEST_F(MilterServiceTest, OversizeMessageFollowsFailOpen) {
  MilterConfig c;
  c.max_size = 2048;
  Use(c);
  MilterReply r = Send(Message("phishing 99", "", std::string(10000, 'x') + "\r\n"));
  EXPECT_EQ(r.code, 'a');
  EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "unscanned");
  EXPECT_EQ(r.Added("X-Phishscan-Unscanned"), "size_limit");
  EXPECT_FALSE(r.quarantine_reason.has_value());
}

TEST_F(MilterServiceTest, OversizeMessageFollowsFailClosed) {
  MilterConfig c;
  c.max_size = 2048;
  c.fail_policy = FailPolicy::kClosed;
  Use(c);
  MilterReply r = Send(Message("clean 0", "", std::string(10000, 'x') + "\r\n"));
  ASSERT_EQ(r.code, 'y');
  EXPECT_EQ(r.smtp_reply.substr(0, 10), "451 4.7.1 ");
}

TEST_F(MilterServiceTest, SlowScanTimesOutPerPolicy) {
  MilterConfig c;
  c.scan_timeout_ms = 100;
  Use(c);
  auto start = std::chrono::steady_clock::now();
  MilterReply r = Send(Message("phishing 99", "X-Test-Delay-Ms: 1500\r\n"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1200));
  EXPECT_EQ(r.code, 'a');
  EXPECT_EQ(r.Added("X-Phishscan-Unscanned"), "timeout");
  c.fail_policy = FailPolicy::kClosed;
  Use(c);
  MilterReply closed = Send(Message("phishing 99", "X-Test-Delay-Ms: 1500\r\n"));
  EXPECT_EQ(closed.code, 'y');
  EXPECT_EQ(closed.smtp_reply.substr(0, 3), "451");
  ASSERT_TRUE(service_->runner().WaitIdle(std::chrono::milliseconds(5000)));
}

TEST_F(MilterServiceTest, EngineErrorsFollowPolicy) {
  MilterReply parse = Send(Message("clean 0", "X-Test-Error: empty input\r\n"));
  EXPECT_EQ(parse.Added("X-Phishscan-Unscanned"), "parse_failure");
  MilterReply internal = Send(Message("clean 0", "X-Test-Error: internal error while scanning: boom\r\n"));
  EXPECT_EQ(internal.Added("X-Phishscan-Unscanned"), "internal_error");
}

TEST_F(MilterServiceTest, ConnectionsOverTheLimitAreTempfailed) {
  MilterConfig c;
  c.max_connections = 2;
  Use(c);
  ASSERT_TRUE(WaitFor([] { return service_->connections() == 0; }));
  auto first = Client();
  auto second = Client();
  MilterTestClient third(port_);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third.Connect("mx3.example", "192.0.2.13").code, 't');
  second.reset();
  ASSERT_TRUE(WaitFor([] { return service_->connections() == 1; }));
  MilterTestClient fourth(port_);
  EXPECT_EQ(fourth.Connect("mx4.example", "192.0.2.14").code, 'c');
}

// libmilter's worker pool decides how many sessions run at once (at least
// two); what must hold is that scans overlap rather than queue one by one.
TEST_F(MilterServiceTest, ConnectionsAreServedInParallel) {
  scanner_->reset_max_running();
  std::atomic<int> accepted{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      if (Send(Message("clean 0", "X-Test-Delay-Ms: 500\r\n")).code == 'a') ++accepted;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted.load(), 4);
  EXPECT_GE(scanner_->max_running(), 2);
}

TEST_F(MilterServiceTest, SeveralMessagesOnOneConnectionWithAnAbort) {
  auto client = Client();
  EXPECT_EQ(client->MailFrom("bob@sender.example").code, 'c');
  EXPECT_EQ(client->RcptTo("alice@corp.example").code, 'c');
  EXPECT_EQ(client->Header("Subject", "never finished").code, 'c');
  client->Abort();
  MilterReply second = client->SendMessage(Message("suspicious 45"), "bob@sender.example", {"alice@corp.example"});
  EXPECT_EQ(second.Added("X-Phishscan-Verdict"), "suspicious");
  MilterReply third = client->SendMessage(Message("clean 1"), "carol@sender.example", {"alice@corp.example"});
  EXPECT_EQ(third.Added("X-Phishscan-Verdict"), "clean");
  EXPECT_EQ(scanner_->last_envelope().mail_from, "carol@sender.example");
  EXPECT_TRUE(WaitFor([] { return service_->messages_in_flight() == 0; }));
}

TEST_F(MilterServiceTest, AReloadLeavesMessagesInFlightOnTheirConfiguration) {
  std::atomic<char> in_flight_code{0};
  std::thread slow([&] {
    MilterReply r = Send(Message("phishing 95", "X-Test-Delay-Ms: 500\r\n"));
    in_flight_code = r.quarantine_reason ? 'q' : r.code;
  });
  ASSERT_TRUE(WaitFor([] { return service_->messages_in_flight() == 1; }));
  MilterConfig reloaded;
  reloaded.action_phishing = MilterAction::kReject;
  Use(reloaded);
  slow.join();
  EXPECT_EQ(in_flight_code.load(), 'q');  // quarantined, as configured when it began
  EXPECT_EQ(Send(Message("phishing 95")).code, 'y');  // the next one is rejected
}

TEST_F(MilterServiceTest, AbruptDisconnectReleasesEverything) {
  ASSERT_TRUE(WaitFor([] { return service_->connections() == 0; }));
  {
    auto client = Client();
    EXPECT_EQ(client->MailFrom("bob@sender.example").code, 'c');
    EXPECT_EQ(client->RcptTo("alice@corp.example").code, 'c');
    EXPECT_EQ(client->Header("Subject", "cut off").code, 'c');
    EXPECT_EQ(service_->messages_in_flight(), 1);
  }  // closed mid-message
  EXPECT_TRUE(WaitFor([] { return service_->connections() == 0 && service_->messages_in_flight() == 0; }));
}

std::string ReadExample(const std::string& name) {
  std::ifstream in(std::string(PHISHSCAN_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The real engine behind the milter: the seed lure is held, the legitimate
// samples go through marked clean.
TEST_F(MilterServiceTest, TheEngineQuarantinesTheSeedLureAndPassesLegitimateMail) {
  MilterConfig c;
  c.data_dir = PHISHSCAN_SOURCE_DATA_DIR;
  StatusOr<std::shared_ptr<const MessageScanner>> engine = CreateEngineScanner(c);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  holder_->Replace(std::make_shared<const ServiceState>(ServiceState{c, engine.value()}));

  auto client = Client();
  std::string lure = ReadExample("imap-auth-lure.eml");
  ASSERT_FALSE(lure.empty());
  MilterReply held = client->SendMessage(lure, "bounce-4410@mx2.qz-webhostmail.top", {"alice.martin@example-corp.com"});
  EXPECT_EQ(held.code, 'a');
  EXPECT_TRUE(held.quarantine_reason.has_value());
  EXPECT_EQ(held.Added("X-Phishscan-Verdict"), "phishing");

  struct Legit {
    const char* file;
    const char* from;
    const char* to;
  };
  for (const Legit& m : {Legit{"password-reset.eml", "noreply@github.com", "alice.martin@example-corp.com"},
                         Legit{"newsletter.eml", "news@example-bakery.com", "alice.martin@example-corp.com"},
                         Legit{"hosting-quota-notice.fr.eml", "cpanel@srv7.hebergeur-exemple.net",
                               "webmaster@exemple-cabinet.fr"}}) {
    MilterReply r = client->SendMessage(ReadExample(m.file), m.from, {m.to});
    EXPECT_EQ(r.code, 'a') << m.file;
    EXPECT_FALSE(r.quarantine_reason.has_value()) << m.file;
    EXPECT_EQ(r.Added("X-Phishscan-Verdict"), "clean") << m.file;
  }
}

}  // namespace
}  // namespace phishscan
