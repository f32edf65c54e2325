// Test support shared by the milter's protocol tests: a scanner whose verdict
// the test message itself dictates, and a free loopback port.
#ifndef PHISHSCAN_MILTER_MILTER_TEST_SUPPORT_H_
#define PHISHSCAN_MILTER_MILTER_TEST_SUPPORT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <gtest/gtest.h>

#include "milter/message_scanner.h"

namespace phishscan::testing {

// Reads its instructions from the message, so each test states its own case:
//   X-Test-Verdict: phishing 90 links.cta,sender.mismatch
//   X-Test-Delay-Ms: 500
//   X-Test-Error: empty input
// and remembers the last envelope and message it saw.
class ScriptedScanner : public MessageScanner {
 public:
  Verdict Scan(std::string_view raw, const Envelope& envelope) const override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      last_envelope_ = envelope;
      last_message_ = std::string(raw);
    }
    int now_running = ++running_;
    for (int seen = max_running_.load(); now_running > seen && !max_running_.compare_exchange_weak(seen, now_running);) {
    }
    std::string delay = Field(raw, "X-Test-Delay-Ms");
    if (!delay.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(delay.c_str())));
    --running_;
    Verdict v;
    v.error = Field(raw, "X-Test-Error");
    std::string spec = Field(raw, "X-Test-Verdict");
    std::size_t sp1 = spec.find(' ');
    std::string label = spec.substr(0, sp1);
    v.label = label == "phishing" ? Label::kPhishing : label == "suspicious" ? Label::kSuspicious : Label::kClean;
    if (sp1 != std::string::npos) {
      v.score = std::atoi(spec.c_str() + sp1 + 1);
      std::size_t sp2 = spec.find(' ', sp1 + 1);
      for (std::size_t at = sp2; at != std::string::npos && at + 1 < spec.size();) {
        std::size_t comma = spec.find(',', at + 1);
        Signal s;
        s.id = spec.substr(at + 1, comma == std::string::npos ? std::string::npos : comma - at - 1);
        v.signals.push_back(s);
        at = comma;
      }
    }
    return v;
  }

  Envelope last_envelope() const {
    std::lock_guard<std::mutex> lock(mu_);
    return last_envelope_;
  }
  // The most scans that ran at the same time.
  int max_running() const { return max_running_.load(); }
  void reset_max_running() { max_running_ = 0; }

  std::string last_message() const {
    std::lock_guard<std::mutex> lock(mu_);
    return last_message_;
  }

 private:
  static std::string Field(std::string_view raw, std::string_view name) {
    std::string key = "\n" + std::string(name) + ": ";
    std::string haystack = "\n" + std::string(raw.substr(0, raw.find("\r\n\r\n")));
    std::size_t at = haystack.find(key);
    if (at == std::string::npos) return {};
    at += key.size();
    return haystack.substr(at, haystack.find('\r', at) - at);
  }

  mutable std::atomic<int> running_{0};
  mutable std::atomic<int> max_running_{0};
  mutable std::mutex mu_;
  mutable Envelope last_envelope_;
  mutable std::string last_message_;
};

// A loopback port nobody listens on right now.
inline int FreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<struct sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<struct sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

inline std::string InetSocket(int port) { return "inet:" + std::to_string(port) + "@127.0.0.1"; }

// A scratch file path of this process alone: CTest runs each test in its own
// process and several at once, so a fixed name lets one test remove or
// overwrite the file another is reading.
inline std::string ProcessTempPath(std::string_view stem) {
  return ::testing::TempDir() + "/" + std::string(stem) + "-" + std::to_string(::getpid());
}

}  // namespace phishscan::testing

#endif  // PHISHSCAN_MILTER_MILTER_TEST_SUPPORT_H_
