// `phishscan milter`: the command-line front of the milter.
#ifndef PHISHSCAN_MILTER_MILTER_COMMAND_H_
#define PHISHSCAN_MILTER_MILTER_COMMAND_H_

#include <CLI/CLI.hpp>

namespace phishscan {

// Registers the `milter` subcommand and its options on `app`. When the
// subcommand is given, app.parse() runs the milter in the foreground, and
// the process ends there once the milter stops: exit status 0 after SIGTERM,
// 2 when the configuration or data could not be loaded or serving failed
// (the reason is printed/logged first). `--check-config` likewise ends the
// process with 0 or 2. The milter is the whole life of the process, and
// libmilter's threads may still be around when it ends, so it does not
// return into the caller's command dispatch.
void AddMilterCommand(CLI::App& app);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_COMMAND_H_
