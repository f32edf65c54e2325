// The milter process's life: load, serve, reload on SIGHUP, drain and stop on
// SIGTERM/SIGINT. libmilter also runs a signal thread that would stop the
// milter on SIGHUP; the kernel offers a process-directed signal to the main
// thread first when that thread does not block it, so the main thread takes
// the signals with handlers and never blocks them while serving.
#ifndef PHISHSCAN_MILTER_MILTER_RUNNER_H_
#define PHISHSCAN_MILTER_MILTER_RUNNER_H_

#include <functional>
#include <memory>
#include <string>

#include "milter/engine_holder.h"
#include "milter/milter_config.h"
#include "milter/milter_log.h"
#include "phishscan/status.h"

namespace phishscan {

// Builds the configuration and engine; run at start and on every SIGHUP.
using StateLoader = std::function<StatusOr<std::shared_ptr<const ServiceState>>()>;

// The loader of `phishscan milter`: the config file, then the overrides, then
// the engine with its data files.
StateLoader ConfigFileLoader(std::string config_path, MilterOverrides overrides);

// Blocks SIGHUP, SIGTERM and SIGINT in the calling thread and in every thread
// it starts afterwards. Call before anything starts a thread.
void BlockServiceSignals();

// The process exit status after a failure (as for the other commands).
inline constexpr int kMilterExitError = 2;

// Call from the process's main thread, after BlockServiceSignals().
// Loads, starts the milter, and serves until SIGTERM or SIGINT. On SIGHUP it
// loads again and swaps the result in (keeping the old one if loading fails).
// Returns the process exit code: 0 after a clean stop, kMilterExitError when
// it could not start or libmilter stopped on its own.
int ServeUntilSignalled(const StateLoader& loader, MilterLog& log);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_RUNNER_H_
