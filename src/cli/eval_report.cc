#include "cli/eval_report.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace phishscan {
namespace {

using Json = nlohmann::ordered_json;

// Signals shown per miss: enough to see why, short enough for one line.
constexpr std::size_t kTopSignals = 4;

std::string Format(const char* format, ...) {
  char buf[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  return buf;
}

std::string Percent(double ratio) { return Format("%.2f%%", 100 * ratio); }

std::string SignalList(const EvalMiss& miss, std::size_t limit) {
  if (miss.signals.empty()) return "(no signal)";
  std::string out;
  for (std::size_t i = 0; i < miss.signals.size() && i < limit; ++i) {
    if (i > 0) out += ", ";
    out += miss.signals[i].first + " (" + std::to_string(miss.signals[i].second) + ")";
  }
  if (miss.signals.size() > limit) out += ", ...";
  return out;
}

void AppendMisses(const char* title, const std::vector<EvalMiss>& misses, std::size_t show,
                  std::size_t signal_limit, std::string& out) {
  if (misses.empty() || show == 0) return;
  out += Format("\n%s (%zu of %zu):\n", title, std::min(show, misses.size()), misses.size());
  for (std::size_t i = 0; i < misses.size() && i < show; ++i) {
    out += Format("  %3d  ", misses[i].score) + misses[i].source + "\n       " +
           SignalList(misses[i], signal_limit) + "\n";
  }
}

void AppendSources(const EvalResult& r, std::string& out) {
  if (r.sources.empty()) return;
  std::size_t width = 6;
  for (const auto& [key, counts] : r.sources) width = std::max(width, key.second.size());
  const int w = static_cast<int>(width);
  out += "\nBy source (manifest.tsv):\n";
  out += Format("  %-*s  %-6s %7s %9s %8s\n", w, "source", "label", "n", "phishing", "rate");
  for (const auto& [key, counts] : r.sources) {
    const double rate = counts.messages == 0 ? 0.0
                                             : static_cast<double>(counts.phishing) /
                                                   static_cast<double>(counts.messages);
    out += Format("  %-*s  %-6s %7zu %9zu %8s\n", w, key.second.c_str(), key.first.c_str(),
                  counts.messages, counts.phishing, Percent(rate).c_str());
  }
}

Json MissesJson(const std::vector<EvalMiss>& misses, std::size_t show) {
  Json list = Json::array();
  for (std::size_t i = 0; i < misses.size() && i < show; ++i) {
    Json signals = Json::array();
    for (const auto& [id, weight] : misses[i].signals) {
      signals.push_back({{"id", id}, {"weight", weight}});
    }
    list.push_back({{"source", misses[i].source},
                    {"score", misses[i].score},
                    {"signals", std::move(signals)}});
  }
  return list;
}

Json SideJson(const SideCounts& side) {
  return {{"messages", side.messages},
          {"phishing", side.phishing},
          {"suspicious", side.suspicious},
          {"errors", side.errors}};
}

}  // namespace

std::string RenderEvalText(const EvalResult& r, std::size_t show_misses) {
  std::string out;
  out += Format("Thresholds: suspicious >= %d, phishing >= %d\n\n", r.thresholds.suspicious,
                r.thresholds.phishing);
  out += Format("                      %9s %9s\n", "phish", "ham");
  out += Format("  messages            %9zu %9zu\n", r.phish.messages, r.ham.messages);
  out += Format("  phishing verdicts   %9zu %9zu\n", r.phish.phishing, r.ham.phishing);
  out += Format("  suspicious verdicts %9zu %9zu\n", r.phish.suspicious, r.ham.suspicious);
  out += Format("  errors              %9zu %9zu\n\n", r.phish.errors, r.ham.errors);
  out += "  recall               " + Percent(r.Recall()) + "  (phishing verdicts on phish)\n";
  out += "  recall, flagged      " + Percent(r.FlaggedRecall()) +
         "  (phishing or suspicious on phish)\n";
  out +=
      "  false positive rate  " + Percent(r.FalsePositiveRate()) + "  (phishing verdicts on ham)\n";
  out += "  flagged ham          " + Percent(r.FlaggedHamRate()) +
         "  (phishing or suspicious on ham)\n";
  out += "  precision            " + Percent(r.Precision()) + "\n";
  out += Format("  F1                   %.4f\n", r.F1());
  out += Format("  throughput           %.1f msg/s (%.2f s, %u workers)\n", r.MessagesPerSecond(),
                r.seconds, r.workers);
  AppendMisses("Missed phishing, lowest score first", r.missed, show_misses, kTopSignals, out);
  AppendMisses("False positives, highest score first", r.false_positives, show_misses,
               static_cast<std::size_t>(-1), out);
  AppendSources(r, out);
  return out;
}

std::string RenderEvalJson(const EvalResult& r, std::size_t show_misses) {
  Json j = Json::object();
  j["thresholds"] = {{"suspicious", r.thresholds.suspicious}, {"phishing", r.thresholds.phishing}};
  j["phish"] = SideJson(r.phish);
  j["ham"] = SideJson(r.ham);
  j["recall"] = r.Recall();
  j["flagged_recall"] = r.FlaggedRecall();
  j["false_positive_rate"] = r.FalsePositiveRate();
  j["flagged_ham_rate"] = r.FlaggedHamRate();
  j["precision"] = r.Precision();
  j["f1"] = r.F1();
  j["seconds"] = r.seconds;
  j["messages_per_second"] = r.MessagesPerSecond();
  j["workers"] = r.workers;
  j["missed"] = MissesJson(r.missed, show_misses);
  j["false_positives"] = MissesJson(r.false_positives, show_misses);
  Json sources = Json::array();
  for (const auto& [key, counts] : r.sources) {
    sources.push_back({{"source", key.second},
                       {"label", key.first},
                       {"messages", counts.messages},
                       {"phishing", counts.phishing}});
  }
  j["sources"] = std::move(sources);
  j["errors"] = r.errors;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace phishscan
