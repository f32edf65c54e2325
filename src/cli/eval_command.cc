#include "cli/eval_command.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <set>

#include "cli/corpus_manifest.h"
#include "cli/error_line.h"
#include "cli/eval_report.h"
#include "cli/eval_result.h"
#include "cli/exit_code.h"
#include "cli/parallel_scanner.h"
#include "cli/progress_bar.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

// The folder holding `dir` ("corpus" for "corpus/phish/").
std::string ParentFolder(const std::string& dir) {
  std::filesystem::path p = std::filesystem::path(ManifestKey(dir));
  if (!p.has_filename()) p = p.parent_path();  // a trailing '/'
  return p.parent_path().string();
}

CorpusManifest LoadManifests(const EvalFlags& flags) {
  CorpusManifest manifest;
  std::set<std::string> folders = {ParentFolder(flags.phish_dir), ParentFolder(flags.ham_dir)};
  for (const std::string& folder : folders) LoadManifest(folder, manifest);
  return manifest;
}

}  // namespace

CLI::App* AddEvalCommand(CLI::App& app, EvalFlags& flags) {
  CLI::App* eval =
      app.add_subcommand("eval", "Measure recall and false positives on labelled folders of mail");
  eval->add_option("--phish", flags.phish_dir, "Folder of phishing messages")
      ->required()
      ->check(CLI::ExistingDirectory)
      ->type_name("DIR");
  eval->add_option("--ham", flags.ham_dir, "Folder of legitimate messages")
      ->required()
      ->check(CLI::ExistingDirectory)
      ->type_name("DIR");
  eval->add_option("--show-misses", flags.show_misses,
                   "How many missed phish and false positives to list")
      ->capture_default_str()
      ->type_name("N");
  eval->add_option("-f,--format", flags.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  eval->add_flag("--no-progress", flags.no_progress, "No progress bar");
  AddCommonFlags(*eval, flags.common, /*with_lang=*/false);
  return eval;
}

int RunEval(const EvalFlags& flags) {
  StatusOr<std::vector<InputItem>> phish = ListInputs({flags.phish_dir});
  StatusOr<std::vector<InputItem>> ham = ListInputs({flags.ham_dir});
  for (const auto* listed : {&phish, &ham}) {
    if (!listed->ok()) {
      PrintError(listed->status().message());
      return kExitError;
    }
  }
  StatusOr<std::unique_ptr<Engine>> engine = CreateEngine(flags.common);
  if (!engine.ok()) {
    PrintError(engine.status().message());
    return kExitError;
  }
  const Engine& scanner = *engine.value();
  const CorpusManifest manifest = LoadManifests(flags);

  // One run over both folders keeps every worker busy until the very end.
  std::vector<InputItem> items = phish.value();
  const std::size_t phish_items = items.size();
  items.insert(items.end(), ham->begin(), ham->end());

  EvalResult result;
  result.thresholds = scanner.options().thresholds;
  result.workers = WorkerCount(flags.common.jobs);
  std::optional<ProgressBar> bar;
  if (!flags.no_progress && ::isatty(STDERR_FILENO)) bar.emplace(stderr);
  const auto start = std::chrono::steady_clock::now();
  ScanInParallel(
      items, {result.workers, scanner.options().limits.max_message_bytes},
      [&scanner](std::span<const char> raw) { return scanner.Scan(raw); },
      [&](std::size_t item, Verdict&& verdict) {
        result.Add(item < phish_items, verdict, manifest);
      },
      [&](const ProgressState& progress) {
        if (bar) bar->Update(progress);
      });
  if (bar) bar->Finish();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.SortMisses();

  for (const std::string& error : result.errors) PrintError(error);
  const std::string report = flags.format == "json" ? RenderEvalJson(result, flags.show_misses)
                                                    : RenderEvalText(result, flags.show_misses);
  std::fwrite(report.data(), 1, report.size(), stdout);
  return result.errors.empty() ? kExitNoPhishing : kExitError;
}

}  // namespace phishscan
