// phishscan: scan messages for phishing and explain why (`scan`), measure the
// engine on labelled folders (`eval`), filter mail in an MTA (`milter`),
// print the version (`version`).
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/error_line.h"
#include "cli/eval_command.h"
#include "cli/exit_code.h"
#include "cli/scan_command.h"
#include "milter/milter_command.h"

namespace phishscan {
namespace {

constexpr const char* kDescription =
    "phishscan - recognise phishing email and explain why.\n"
    "Each message gets a verdict (phishing, suspicious, clean), a score out of 100, and\n"
    "the signs that led to it, with their evidence and advice, in English or French.\n"
    "Exit status: 0 nothing phishing, 1 phishing found, 2 error.";

int Main(int argc, char** argv) {
  CLI::App app(kDescription, "phishscan");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("phishscan ") + PHISHSCAN_VERSION);
  ScanFlags scan_flags;
  EvalFlags eval_flags;
  CLI::App* scan = AddScanCommand(app, scan_flags);
  CLI::App* eval = AddEvalCommand(app, eval_flags);
  AddMilterCommand(app);  // runs the milter from its own callback and exits
  CLI::App* version = app.add_subcommand("version", "Print the version");
  app.footer(
      "Examples:\n"
      "  phishscan scan message.eml\n"
      "  phishscan scan --format jsonl --only flagged ~/Maildir\n"
      "  phishscan scan --lang fr - < message.eml\n"
      "  phishscan eval --phish corpus/phish --ham corpus/ham\n"
      "See 'phishscan <command> --help' and docs/cli.md.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    PrintError(e.what());
    std::fprintf(stderr, "Run 'phishscan --help' for usage.\n");
    return kExitError;
  }
  if (*version) {
    std::printf("phishscan %s\n", PHISHSCAN_VERSION);
    return kExitNoPhishing;
  }
  if (*eval) return RunEval(eval_flags);
  if (*scan) return RunScan(scan_flags);
  return kExitError;
}

}  // namespace
}  // namespace phishscan

int main(int argc, char** argv) { return phishscan::Main(argc, argv); }
