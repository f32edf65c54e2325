// The process life under real signals: SIGTERM drains, SIGHUP reloads without
// dropping connections. Each scenario runs in a child process (a death test
// in "threadsafe" style re-executes this binary for that test alone), since
// libmilter serves only once per process.
#include "milter/milter_runner.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <thread>

#include "milter/milter_test_client.h"
#include "milter/milter_test_support.h"

namespace phishscan {
namespace {

using std::chrono::milliseconds;
using testing::FreeLoopbackPort;
using testing::InetSocket;
using testing::MilterReply;
using testing::MilterTestClient;
using testing::ScriptedScanner;

const char kCleanMessage[] =
    "From: Bob <bob@sender.example>\r\nTo: alice@corp.example\r\nSubject: Lunch\r\n"
    "X-Test-Verdict: clean 2\r\n\r\nSee you at noon.\r\n";
const char kSlowCleanMessage[] =
    "From: Bob <bob@sender.example>\r\nTo: alice@corp.example\r\nSubject: Lunch\r\n"
    "X-Test-Verdict: clean 2\r\nX-Test-Delay-Ms: 1000\r\n\r\nSee you at noon.\r\n";

// Connects (retrying while the service starts) and says HELO.
std::unique_ptr<MilterTestClient> ConnectWhenReady(int port) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto client = std::make_unique<MilterTestClient>(port);
    if (client->ok() && client->Connect("mx.sender.example", "192.0.2.10").code == 'c' &&
        client->Helo("mx.sender.example").code == 'c') {
      return client;
    }
    std::this_thread::sleep_for(milliseconds(50));
  }
  return nullptr;
}

MilterReply SendClean(MilterTestClient& client, const char* message = kCleanMessage) {
  return client.SendMessage(message, "bob@sender.example", {"alice@corp.example"});
}

void Fail(const char* why) {
  std::fprintf(stderr, "scenario failed: %s\n", why);
  std::fflush(stderr);
  _exit(3);
}

// Each client call has a 15 s timeout, but a scenario retries connections,
// so a service that accepts and never answers could keep it waiting for
// hours. On a loaded machine a scenario takes seconds; after two minutes it
// fails with a reason instead of hanging the test run.
void StartWatchdog() {
  std::thread([] {
    std::this_thread::sleep_for(std::chrono::seconds(120));
    Fail("no outcome within 120 s (watchdog)");
  }).detach();
}

// SIGTERM arrives while one message is being scanned and another is only
// half sent: both still get their verdict, a connection that arrives while
// draining follows the fail policy (fail-open: accepted without scanning),
// and the process exits 0.
void SigtermDrainScenario() {
  BlockServiceSignals();
  StartWatchdog();
  int port = FreeLoopbackPort();
  auto scanner = std::make_shared<ScriptedScanner>();
  MilterConfig config;
  config.socket = InetSocket(port);
  StateLoader loader = [&]() -> StatusOr<std::shared_ptr<const ServiceState>> {
    return std::make_shared<const ServiceState>(ServiceState{config, scanner});
  };
  std::atomic<bool> scanned{false};
  std::atomic<bool> half_sent_finished{false};
  std::atomic<bool> late_follows_policy{false};
  std::thread mta([&] {
    auto slow = ConnectWhenReady(port);
    auto half = ConnectWhenReady(port);
    if (!slow || !half) Fail("the service never accepted a connection");
    if (half->MailFrom("bob@sender.example").code != 'c' || half->RcptTo("alice@corp.example").code != 'c' ||
        half->Header("Subject", "half").code != 'c') {
      Fail("the half-sent message was refused");
    }
    std::thread terminator([&] {
      std::this_thread::sleep_for(milliseconds(300));
      kill(getpid(), SIGTERM);
      std::this_thread::sleep_for(milliseconds(300));
      MilterTestClient late(port, 2);
      late_follows_policy = late.ok() && late.Connect("mx9.example", "192.0.2.99").code == 'a';
      MilterReply rest = half->Header("X-Test-Verdict", "suspicious 50");
      if (rest.code == 'c') rest = half->EndOfHeaders();
      if (rest.code == 'c') rest = half->Body("the rest\r\n");
      if (rest.code == 'c') rest = half->EndOfMessage("HALF1");
      half_sent_finished = rest.code == 'a' && rest.Added("X-Phishscan-Verdict") == "suspicious";
    });
    MilterReply r = SendClean(*slow, kSlowCleanMessage);
    terminator.join();
    scanned = r.code == 'a' && r.Added("X-Phishscan-Verdict") == "clean";
  });
  MilterLog log;
  int code = ServeUntilSignalled(loader, log);
  mta.join();
  if (code != 0) Fail("non-zero exit code");
  if (!scanned) Fail("the message being scanned got no verdict");
  if (!half_sent_finished) Fail("the half-sent message could not finish");
  if (!late_follows_policy) Fail("a connection arriving while draining did not follow the fail policy");
  std::fprintf(stderr, "drained ok\n");
  std::fflush(stderr);
  _exit(0);
}

void WriteConfig(const std::string& path, int port, const char* clean_action) {
  std::ofstream out(path, std::ios::trunc);
  out << "[milter]\nsocket = \"" << InetSocket(port) << "\"\n[actions]\nclean = \"" << clean_action << "\"\n";
}

// SIGHUP after the config file changed: the connection opened before the
// reload stays up and its next message follows the new configuration.
void SighupReloadScenario() {
  BlockServiceSignals();
  StartWatchdog();
  int port = FreeLoopbackPort();
  std::string path = testing::ProcessTempPath("phishscan-milter-reload.toml");
  WriteConfig(path, port, "accept");
  auto scanner = std::make_shared<ScriptedScanner>();
  StateLoader loader = [&]() -> StatusOr<std::shared_ptr<const ServiceState>> {
    StatusOr<MilterConfig> config = ResolveMilterConfig(path, {});
    if (!config.ok()) return config.status();
    return std::make_shared<const ServiceState>(ServiceState{config.value(), scanner});
  };
  std::atomic<bool> ok{false};
  std::thread mta([&] {
    auto before = ConnectWhenReady(port);
    if (!before) Fail("the service never accepted a connection");
    if (SendClean(*before).code != 'a') Fail("clean mail was not accepted before the reload");
    WriteConfig(path, port, "reject");
    kill(getpid(), SIGHUP);
    bool rejected = false;
    // Up to 10 s: a hang guard for a loaded machine, not a speed check.
    for (int i = 0; i < 200 && !rejected; ++i) {
      std::this_thread::sleep_for(milliseconds(50));
      auto probe = ConnectWhenReady(port);
      rejected = probe && SendClean(*probe).code == 'y';
    }
    if (!rejected) Fail("the reloaded configuration never took effect");
    MilterReply on_old_connection = SendClean(*before);
    ok = on_old_connection.code == 'y' && on_old_connection.smtp_reply.rfind("550 ", 0) == 0;
    kill(getpid(), SIGTERM);
  });
  MilterLog log;
  int code = ServeUntilSignalled(loader, log);
  mta.join();
  std::remove(path.c_str());
  if (code != 0) Fail("non-zero exit code");
  if (!ok) Fail("the connection opened before the reload did not follow the new configuration");
  std::fprintf(stderr, "reloaded ok\n");
  std::fflush(stderr);
  _exit(0);
}

// A second SIGHUP while a slow reload is loading (a real engine takes
// seconds; logrotate and an operator may both send one) is taken by the
// service, not by libmilter's own signal thread, which would stop the milter.
void SighupDuringSlowReloadScenario() {
  BlockServiceSignals();
  StartWatchdog();
  int port = FreeLoopbackPort();
  auto scanner = std::make_shared<ScriptedScanner>();
  MilterConfig config;
  config.socket = InetSocket(port);
  std::atomic<int> loads{0};
  StateLoader loader = [&]() -> StatusOr<std::shared_ptr<const ServiceState>> {
    if (++loads > 1) std::this_thread::sleep_for(milliseconds(1500));
    return std::make_shared<const ServiceState>(ServiceState{config, scanner});
  };
  std::atomic<bool> ok{false};
  std::thread mta([&] {
    auto client = ConnectWhenReady(port);
    if (!client || SendClean(*client).code != 'a') Fail("clean mail was not accepted before the reloads");
    for (int i = 0; i < 3; ++i) {
      kill(getpid(), SIGHUP);
      std::this_thread::sleep_for(milliseconds(500));  // inside the 1.5 s reload
    }
    for (int i = 0; i < 200 && loads < 3; ++i) std::this_thread::sleep_for(milliseconds(50));
    auto after = ConnectWhenReady(port);
    ok = loads >= 3 && after && SendClean(*after).code == 'a';
    kill(getpid(), SIGTERM);
  });
  MilterLog log;
  int code = ServeUntilSignalled(loader, log);
  mta.join();
  if (code != 0) Fail("non-zero exit code (libmilter stopped on a SIGHUP)");
  if (!ok) Fail("the service did not reload again or stopped serving");
  std::fprintf(stderr, "survived ok\n");
  std::fflush(stderr);
  _exit(0);
}

// A reload whose config file is broken keeps the running configuration.
void BrokenReloadScenario() {
  BlockServiceSignals();
  StartWatchdog();
  int port = FreeLoopbackPort();
  std::string path = testing::ProcessTempPath("phishscan-milter-badreload.toml");
  WriteConfig(path, port, "reject");
  auto scanner = std::make_shared<ScriptedScanner>();
  StateLoader loader = [&]() -> StatusOr<std::shared_ptr<const ServiceState>> {
    StatusOr<MilterConfig> config = ResolveMilterConfig(path, {});
    if (!config.ok()) return config.status();
    return std::make_shared<const ServiceState>(ServiceState{config.value(), scanner});
  };
  std::atomic<bool> ok{false};
  std::thread mta([&] {
    auto client = ConnectWhenReady(port);
    if (!client) Fail("the service never accepted a connection");
    {
      std::ofstream out(path, std::ios::trunc);
      out << "[actions]\nclean = \"discard\"\n";
    }
    kill(getpid(), SIGHUP);
    std::this_thread::sleep_for(milliseconds(500));
    ok = SendClean(*client).code == 'y';  // still the old "reject"
    kill(getpid(), SIGTERM);
  });
  MilterLog log;
  int code = ServeUntilSignalled(loader, log);
  mta.join();
  std::remove(path.c_str());
  if (code != 0 || !ok) Fail("a broken reload changed the running configuration");
  std::fprintf(stderr, "kept ok\n");
  std::fflush(stderr);
  _exit(0);
}

class MilterRunnerDeathTest : public ::testing::Test {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(MilterRunnerDeathTest, SigtermDrainsMessagesInFlight) {
  EXPECT_EXIT(SigtermDrainScenario(), ::testing::ExitedWithCode(0), "drained ok");
}

TEST_F(MilterRunnerDeathTest, SighupReloadsWithoutDroppingConnections) {
  EXPECT_EXIT(SighupReloadScenario(), ::testing::ExitedWithCode(0), "reloaded ok");
}

TEST_F(MilterRunnerDeathTest, SighupDuringASlowReloadDoesNotStopTheService) {
  EXPECT_EXIT(SighupDuringSlowReloadScenario(), ::testing::ExitedWithCode(0), "survived ok");
}

TEST_F(MilterRunnerDeathTest, BrokenReloadKeepsTheRunningConfiguration) {
  EXPECT_EXIT(BrokenReloadScenario(), ::testing::ExitedWithCode(0), "kept ok");
}

TEST_F(MilterRunnerDeathTest, StartFailsCleanlyWhenThePortIsTaken) {
  EXPECT_EXIT(
      {
        BlockServiceSignals();
        int port = FreeLoopbackPort();
        int holder = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (bind(holder, reinterpret_cast<struct sockaddr*>(&addr), sizeof addr) != 0 || listen(holder, 1) != 0) {
          Fail("could not occupy the port");
        }
        MilterConfig config;
        config.socket = InetSocket(port);
        auto scanner = std::make_shared<ScriptedScanner>();
        MilterLog log;
        int code = ServeUntilSignalled(
            [&]() -> StatusOr<std::shared_ptr<const ServiceState>> {
              return std::make_shared<const ServiceState>(ServiceState{config, scanner});
            },
            log);
        _exit(code);
      },
      ::testing::ExitedWithCode(kMilterExitError), "cannot listen on inet:");
}

}  // namespace
}  // namespace phishscan
