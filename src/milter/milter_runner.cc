#include "milter/milter_runner.h"

#include <csignal>
#include <ctime>
#include <unistd.h>
#include <utility>

#include "milter/message_scanner.h"
#include "milter/milter_service.h"

namespace phishscan {

namespace {

sigset_t ServiceSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

// Set by OnServiceSignal, read and cleared by the service loop.
volatile std::sig_atomic_t g_reload_requested = 0;
volatile std::sig_atomic_t g_stop_requested = 0;

void OnServiceSignal(int sig) {
  if (sig == SIGHUP) {
    g_reload_requested = 1;
  } else {
    g_stop_requested = 1;
  }
}

// libmilter's own thread sigwait()s for SIGHUP, SIGTERM and SIGINT and stops
// the milter on any of them. Linux offers a process-directed signal to the
// main thread first whenever that thread does not block it, so the main
// thread takes them with a handler and leaves them unblocked for good.
// Waiting with sigtimedwait() left them blocked between two waits and during
// a reload (seconds, while the engine loads): a SIGHUP arriving then went to
// libmilter, which stopped the service instead of reloading it.
void TakeServiceSignalsInThisThread() {
  g_reload_requested = 0;
  g_stop_requested = 0;
  struct sigaction action = {};
  action.sa_handler = OnServiceSignal;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGHUP, SIGTERM, SIGINT}) sigaction(sig, &action, nullptr);
  sigset_t set = ServiceSignals();
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

// Sleeps up to 100 ms; a signal cuts it short.
void WaitForSignalOrTick() {
  struct timespec tick = {0, 100 * 1000 * 1000};
  nanosleep(&tick, nullptr);
}

void Reload(const StateLoader& loader, EngineHolder& holder, MilterLog& log) {
  StatusOr<std::shared_ptr<const ServiceState>> next = loader();
  if (!next.ok()) {
    log.Event("reload", "reload failed, keeping the running configuration: " + next.status().message());
    return;
  }
  std::shared_ptr<const ServiceState> state = std::move(next).value();
  std::string running_socket = holder.Current()->config.socket;
  Status reopened = log.Open(state->config.log_file, state->config.log_format);
  if (!reopened.ok()) log.Event("reload", reopened.message());
  holder.Replace(state);
  std::string detail = "configuration and data reloaded";
  if (state->config.socket != running_socket) detail += "; the socket change needs a restart";
  log.Event("reload", detail);
}

}  // namespace

StateLoader ConfigFileLoader(std::string config_path, MilterOverrides overrides) {
  return [config_path = std::move(config_path),
          overrides = std::move(overrides)]() -> StatusOr<std::shared_ptr<const ServiceState>> {
    StatusOr<MilterConfig> config = ResolveMilterConfig(config_path, overrides);
    if (!config.ok()) return config.status();
    StatusOr<std::shared_ptr<const MessageScanner>> scanner = CreateEngineScanner(config.value());
    if (!scanner.ok()) return scanner.status();
    return std::make_shared<const ServiceState>(ServiceState{config.value(), scanner.value()});
  };
}

void BlockServiceSignals() {
  sigset_t set = ServiceSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int ServeUntilSignalled(const StateLoader& loader, MilterLog& log) {
  StatusOr<std::shared_ptr<const ServiceState>> initial = loader();
  if (!initial.ok()) {
    log.Event("error", initial.status().message());
    return kMilterExitError;
  }
  const MilterConfig& config = initial.value()->config;
  Status opened = log.Open(config.log_file, config.log_format);
  if (!opened.ok()) {
    log.Event("error", opened.message());
    return kMilterExitError;
  }
  // Never freed: libmilter's connection threads may call into the service
  // until the very end of the process.
  auto* holder = new EngineHolder(initial.value());
  auto* service = new MilterService(*holder, log);
  // Before Start: a signal that came between libmilter's start and this
  // call would otherwise go to libmilter's signal thread.
  TakeServiceSignalsInThisThread();
  Status started = service->Start(config.socket);
  if (!started.ok()) {
    log.Event("error", started.message());
    return kMilterExitError;
  }
  log.Event("start", "listening on " + config.socket + " (" + std::string(FailPolicyName(config.fail_policy)) +
                         ", max " + std::to_string(config.max_connections) + " connections)");
  int exit_code = 0;
  for (;;) {
    WaitForSignalOrTick();
    if (g_stop_requested) break;
    if (g_reload_requested) {
      g_reload_requested = 0;
      Reload(loader, *holder, log);
    } else if (service->Finished()) {
      log.Event("error", "libmilter stopped on its own (a signal taken by its own thread, or a socket failure)");
      exit_code = kMilterExitError;
      break;
    }
  }
  auto drain = std::chrono::milliseconds(holder->Current()->config.drain_timeout_ms);
  log.Event("stop", "draining messages in flight");
  bool drained = service->Stop(drain);
  if (!drained) {
    // A scan thread is still inside the engine: leave without running static
    // destructors underneath it.
    log.Event("stop", "drain timeout reached with scans still running; exiting");
    _exit(exit_code);
  }
  log.Event("stop", "all messages finished; stopped");
  return exit_code;
}

}  // namespace phishscan
