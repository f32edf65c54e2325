// The process exit statuses, shared by every command.
#ifndef PHISHSCAN_CLI_EXIT_CODE_H_
#define PHISHSCAN_CLI_EXIT_CODE_H_

namespace phishscan {

enum ExitCode : int {
  kExitNoPhishing = 0,
  kExitPhishingFound = 1,
  kExitError = 2,
};

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_EXIT_CODE_H_
