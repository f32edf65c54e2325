#include "cli/common_flags.h"

#include <cstdlib>
#include <thread>

#include "phishscan/report.h"

namespace phishscan {
namespace {

// The help text already says the range; CLI11 would print it again.
CLI::Validator Unlabelled(CLI::Validator validator) { return validator.description(""); }

}  // namespace

void AddCommonFlags(CLI::App& command, CommonFlags& flags, bool with_lang) {
  command
      .add_option("--data", flags.data_dir,
                  "Data folder (brands.tsv, phrases/, hosts/); default: $PHISHSCAN_DATA, "
                  "then the installed data")
      ->type_name("DIR");
  command
      .add_option("--brands", flags.brand_files,
                  "Extra brand file (brands.tsv format), loaded after the shipped one; "
                  "may be repeated")
      ->type_name("FILE")
      ->allow_extra_args(false);  // one file per --brands, so PATHs after it stay paths
  command
      .add_option("--threshold-suspicious", flags.threshold_suspicious,
                  "Score (0-100) from which a message is suspicious")
      ->check(Unlabelled(CLI::Range(0, 100)))
      ->type_name("N")
      ->capture_default_str();
  command
      .add_option("--threshold-phishing", flags.threshold_phishing,
                  "Score (0-100) from which a message is phishing")
      ->check(Unlabelled(CLI::Range(0, 100)))
      ->type_name("N")
      ->capture_default_str();
  command.add_option("-j,--jobs", flags.jobs, "Worker threads (default: one per CPU)")
      ->check(Unlabelled(CLI::Range(1u, 1024u)))
      ->type_name("N");
  if (with_lang) {
    command
        .add_option("--lang", flags.lang,
                    "Report language (default: from LC_ALL, LC_MESSAGES or LANG)")
        ->check(CLI::IsMember({"en", "fr"}))
        ->type_name("LANG");
  }
}

StatusOr<std::unique_ptr<Engine>> CreateEngine(const CommonFlags& flags) {
  if (flags.threshold_suspicious > flags.threshold_phishing) {
    return Status(StatusCode::kInvalidArgument, "--threshold-suspicious (" +
                                                    std::to_string(flags.threshold_suspicious) +
                                                    ") must not be above --threshold-phishing (" +
                                                    std::to_string(flags.threshold_phishing) + ")");
  }
  EngineOptions options;
  options.data_dir = flags.data_dir;
  options.extra_brand_files = flags.brand_files;
  options.thresholds.suspicious = flags.threshold_suspicious;
  options.thresholds.phishing = flags.threshold_phishing;
  return Engine::Create(options);
}

Lang ReportLang(const std::string& flag) {
  if (!flag.empty()) return LangFromString(flag);
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return LangFromString(value);
  }
  return Lang::kEn;
}

unsigned WorkerCount(unsigned flag) {
  if (flag > 0) return flag;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware > 0 ? hardware : 1;
}

}  // namespace phishscan
