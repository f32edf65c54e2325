#include "milter/milter_service.h"

#include <csignal>

#include <libmilter/mfapi.h>

#include <algorithm>
#include <future>
#include <utility>

#include "milter/listener_nodelay.h"
#include "milter/milter_callbacks.h"

namespace phishscan {

namespace {

// libmilter is process-global: a second registration would silently replace
// the first one's callbacks.
std::atomic<bool> g_started{false};

}  // namespace

MilterService::~MilterService() {
  if (loop_.joinable()) Stop(std::chrono::milliseconds(0));
}

Status MilterService::Start(const std::string& socket) {
  if (g_started.exchange(true)) {
    return Status(StatusCode::kInternal, "a milter already ran in this process (libmilter allows one)");
  }
  struct smfiDesc description = FilterDescriptionFor(this);
  if (smfi_register(description) != MI_SUCCESS) {
    return Status(StatusCode::kInternal, "libmilter refused the filter registration");
  }
  std::string conn = socket;
  if (smfi_setconn(conn.data()) != MI_SUCCESS) {
    return Status(StatusCode::kInvalidArgument, "libmilter refused the socket " + socket);
  }
  // Opening here, before the loop, turns "port in use" or "no such directory"
  // into an error the caller sees. `true`: remove a stale unix socket first.
  if (smfi_opensocket(true) != MI_SUCCESS) {
    return Status(StatusCode::kIoError, "cannot listen on " + socket + " (in use, or no permission?)");
  }
  SetNoDelayOnListener(socket);  // latency only: serving works without it
  // libmilter's threads are started from this one: they must never take
  // SIGHUP, SIGTERM or SIGINT, which belong to the caller (milter_runner.h),
  // even when the caller has them unblocked. The caller's mask is restored
  // before libmilter starts its own signal thread: a signal sent while the
  // caller blocked them and that thread waited would go to libmilter.
  sigset_t service_signals, previous;
  sigemptyset(&service_signals);
  for (int sig : {SIGHUP, SIGTERM, SIGINT}) sigaddset(&service_signals, sig);
  pthread_sigmask(SIG_BLOCK, &service_signals, &previous);
  std::promise<void> go;
  loop_ = std::thread([this, ready = go.get_future()] {
    ready.wait();
    smfi_main();
    finished_.store(true);
  });
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  go.set_value();
  return Status::Ok();
}

bool MilterService::Stop(std::chrono::milliseconds drain) {
  if (!loop_.joinable()) return true;
  auto deadline = std::chrono::steady_clock::now() + drain;
  draining_.store(true);
  bool drained;
  {
    std::unique_lock<std::mutex> lock(mu_);
    drained = drained_.wait_until(lock, deadline, [&] { return in_flight_ == 0; });
  }
  // smfi_main() may already have returned (libmilter's own signal thread took
  // a signal): calling smfi_stop() then locks a mutex the listener destroyed.
  if (!finished_.load()) smfi_stop();
  loop_.join();
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  bool scans_done = runner_.WaitIdle(std::max(left, std::chrono::milliseconds(0)));
  return drained && scans_done;
}

int MilterService::messages_in_flight() const {
  std::lock_guard<std::mutex> lock(mu_);
  return in_flight_;
}

bool MilterService::AdmitConnection() {
  int limit = holder_.Current()->config.max_connections;
  int current = connections_.load();
  do {
    if (current >= limit) return false;
  } while (!connections_.compare_exchange_weak(current, current + 1));
  return true;
}

void MilterService::ReleaseConnection() { connections_.fetch_sub(1); }

void MilterService::BeginMessage() {
  std::lock_guard<std::mutex> lock(mu_);
  ++in_flight_;
}

void MilterService::EndMessage() {
  std::lock_guard<std::mutex> lock(mu_);
  if (--in_flight_ == 0) drained_.notify_all();
}

}  // namespace phishscan
