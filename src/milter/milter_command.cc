#include "milter/milter_command.h"

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "milter/milter_config.h"
#include "milter/milter_log.h"
#include "milter/milter_runner.h"

namespace phishscan {

namespace {

struct MilterCommandLine {
  std::string config_path;
  MilterOverrides overrides;
  bool fail_open = false;
  bool fail_closed = false;
  bool check_config = false;
};

void AddOptions(CLI::App& cmd, MilterCommandLine& cl) {
  MilterOverrides& o = cl.overrides;
  cmd.add_option("-c,--config", cl.config_path, "TOML configuration file (docs/phishscan-milter.toml)");
  cmd.add_option("--socket", o.socket, "Where to listen: inet:PORT@HOST or unix:/path");
  cmd.add_option("--data", o.data_dir, "Data folder (brands, phrases, hosts)");
  cmd.add_option("--log-format", o.log_format, "Log lines as text or json")->check(CLI::IsMember({"text", "json"}));
  cmd.add_option("--log-file", o.log_file, "Append log lines to this file instead of standard error");
  cmd.add_option("--max-size", o.max_size, "Largest message scanned (bytes, or 512K, 20M, ...)");
  cmd.add_option("--timeout", o.timeout_seconds, "Seconds one scan may take");
  auto* open = cmd.add_flag("--fail-open", cl.fail_open, "Accept unscannable messages, with a header saying so");
  auto* closed = cmd.add_flag("--fail-closed", cl.fail_closed, "Answer 4xx (try later) for unscannable messages");
  open->excludes(closed);
  const auto actions = CLI::IsMember({"accept", "tag", "quarantine", "reject"});
  cmd.add_option("--action-phishing", o.action_phishing, "accept|tag|quarantine|reject")->check(actions);
  cmd.add_option("--action-suspicious", o.action_suspicious, "accept|tag|quarantine|reject")->check(actions);
  cmd.add_option("--action-clean", o.action_clean, "accept|tag|quarantine|reject")->check(actions);
  cmd.add_option("--subject-prefix", o.subject_prefix, "Put this before the Subject of tagged messages");
  cmd.add_option("--max-connections", o.max_connections, "MTA connections handled at once");
  cmd.add_flag("--check-config", cl.check_config, "Load the configuration and data, report, and exit");
}

std::string Summary(const MilterConfig& c) {
  return "socket " + c.socket + "; phishing -> " + std::string(MilterActionName(c.action_phishing)) +
         ", suspicious -> " + std::string(MilterActionName(c.action_suspicious)) + ", clean -> " +
         std::string(MilterActionName(c.action_clean)) + "; " + std::string(FailPolicyName(c.fail_policy)) +
         "; max " + std::to_string(c.max_connections) + " connections, " + std::to_string(c.max_size) +
         " bytes, " + std::to_string(c.scan_timeout_ms) + " ms per scan";
}

int CheckConfig(const StateLoader& loader) {
  StatusOr<std::shared_ptr<const ServiceState>> state = loader();
  if (!state.ok()) {
    std::cerr << "phishscan milter: " << state.status().message() << "\n";
    return kMilterExitError;
  }
  std::cout << "configuration OK: " << Summary(state.value()->config) << "\n";
  return 0;
}

// Returns the process exit status.
int Run(MilterCommandLine& cl) {
  if (cl.fail_open) cl.overrides.fail_policy = FailPolicy::kOpen;
  if (cl.fail_closed) cl.overrides.fail_policy = FailPolicy::kClosed;
  // Before the engine or libmilter start any thread, so all of them inherit it.
  BlockServiceSignals();
  StateLoader loader = ConfigFileLoader(cl.config_path, cl.overrides);
  if (cl.check_config) return CheckConfig(loader);
  // Never freed, like the service: libmilter threads may log until exit.
  auto* log = new MilterLog;
  return ServeUntilSignalled(loader, *log);
}

}  // namespace

void AddMilterCommand(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("milter", "Run as a milter for Postfix or Sendmail (foreground)");
  auto cl = std::make_shared<MilterCommandLine>();
  AddOptions(*cmd, *cl);
  cmd->callback([cl] {
    int status = Run(*cl);
    std::cout.flush();
    std::exit(status);
  });
}

}  // namespace phishscan
