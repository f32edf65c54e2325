#include "cli/scan_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <optional>

#include "cli/error_line.h"
#include "cli/exit_code.h"
#include "cli/parallel_scanner.h"
#include "cli/progress_bar.h"
#include "cli/summary.h"
#include "cli/verdict_printer.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

OutputFormat ParseFormat(const std::string& s) {
  if (s == "json") return OutputFormat::kJson;
  if (s == "jsonl") return OutputFormat::kJsonl;
  return OutputFormat::kText;
}

OnlyFilter ParseOnly(const std::string& s) {
  if (s == "phishing") return OnlyFilter::kPhishing;
  if (s == "suspicious") return OnlyFilter::kSuspicious;
  if (s == "flagged") return OnlyFilter::kFlagged;
  return OnlyFilter::kAll;
}

// Each path is listed on its own so that one missing path does not stop the
// others: it stays an item, and reading it reports the same error in order.
std::vector<InputItem> ListAll(const std::vector<std::string>& paths) {
  std::vector<InputItem> items;
  for (const std::string& path : paths) {
    StatusOr<std::vector<InputItem>> listed = ListInputs({path});
    if (!listed.ok()) {
      items.push_back({path, InputKind::kFile});
      continue;
    }
    items.insert(items.end(), listed->begin(), listed->end());
  }
  return items;
}

bool UseColor(OutputFormat format) {
  const char* no_color = std::getenv("NO_COLOR");
  return format == OutputFormat::kText && ::isatty(STDOUT_FILENO) &&
         (no_color == nullptr || *no_color == '\0');
}

}  // namespace

CLI::App* AddScanCommand(CLI::App& app, ScanFlags& flags) {
  CLI::App* scan = app.add_subcommand("scan", "Scan messages and explain each verdict");
  scan->add_option("PATH", flags.paths,
                   "Message file, folder (recursive), mbox, Maildir, or - for stdin")
      ->required();
  scan->add_option("-f,--format", flags.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  scan->add_option("--only", flags.only, "Print only these verdicts (flagged: both)")
      ->check(CLI::IsMember({"phishing", "suspicious", "flagged"}))
      ->type_name("VERDICT");
  scan->add_flag("-q,--quiet", flags.quiet, "No progress bar and no summary on stderr");
  scan->add_flag("--no-progress", flags.no_progress, "No progress bar");
  AddCommonFlags(*scan, flags.common, /*with_lang=*/true);
  return scan;
}

int RunScan(const ScanFlags& flags) {
  const Lang lang = ReportLang(flags.common.lang);
  const std::vector<InputItem> items = ListAll(flags.paths);
  StatusOr<std::unique_ptr<Engine>> engine = CreateEngine(flags.common);
  if (!engine.ok()) {
    PrintError(engine.status().message());
    return kExitError;
  }
  const Engine& scanner = *engine.value();

  const OutputFormat format = ParseFormat(flags.format);
  VerdictPrinter printer(stdout, format, ParseOnly(flags.only), lang, UseColor(format));
  std::optional<ProgressBar> bar;
  if (!flags.quiet && !flags.no_progress && ::isatty(STDERR_FILENO)) bar.emplace(stderr);
  // When both streams are one terminal, the bar is erased before a report is
  // printed (and redrawn by the next update) so the two never share a line.
  const bool bar_shares_terminal = ::isatty(STDOUT_FILENO);
  ScanSummary summary;

  const auto start = std::chrono::steady_clock::now();
  ScanInParallel(
      items, {WorkerCount(flags.common.jobs), scanner.options().limits.max_message_bytes},
      [&scanner](std::span<const char> raw) { return scanner.Scan(raw); },
      [&](std::size_t, Verdict&& verdict) {
        summary.Add(verdict);
        if (bar && (bar_shares_terminal || !verdict.error.empty())) bar->Finish();
        if (!verdict.error.empty()) PrintError(InputErrorLine(verdict));
        printer.Print(verdict);
      },
      [&](const ProgressState& progress) {
        if (bar) bar->Update(progress);
      });
  printer.Finish();
  if (bar) bar->Finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!flags.quiet) std::fprintf(stderr, "%s\n", summary.Render(seconds, lang).c_str());

  if (summary.errors > 0) return kExitError;
  return summary.phishing > 0 ? kExitPhishingFound : kExitNoPhishing;
}

}  // namespace phishscan
