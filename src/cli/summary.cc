#include "cli/summary.h"

#include <cstdio>

namespace phishscan {
namespace {

std::string Count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// French writes decimals with a comma.
std::string Decimal(double value, Lang lang) {
  char buf[32];
  std::snprintf(buf, sizeof buf, value < 10 ? "%.2f" : "%.1f", value);
  std::string s = buf;
  if (lang == Lang::kFr) {
    for (char& c : s) c = c == '.' ? ',' : c;
  }
  return s;
}

}  // namespace

void ScanSummary::Add(const Verdict& verdict) {
  ++messages;
  if (!verdict.error.empty()) {
    ++errors;
    return;
  }
  switch (verdict.label) {
    case Label::kPhishing:
      ++phishing;
      break;
    case Label::kSuspicious:
      ++suspicious;
      break;
    case Label::kClean:
      ++clean;
      break;
  }
}

std::string ScanSummary::Render(double seconds, Lang lang) const {
  const double rate = seconds > 0 ? static_cast<double>(messages) / seconds : 0;
  if (lang == Lang::kFr) {
    return Count(messages, "message", "messages") + " : " + std::to_string(phishing) +
           " hameçonnage, " + Count(suspicious, "suspect", "suspects") + ", " +
           Count(clean, "sain", "sains") + ", " + Count(errors, "erreur", "erreurs") + " - " +
           Decimal(seconds, lang) + " s, " + Decimal(rate, lang) + " msg/s";
  }
  return Count(messages, "message", "messages") + ": " + std::to_string(phishing) + " phishing, " +
         std::to_string(suspicious) + " suspicious, " + std::to_string(clean) + " clean, " +
         Count(errors, "error", "errors") + " - " + Decimal(seconds, lang) + " s, " +
         Decimal(rate, lang) + " msg/s";
}

}  // namespace phishscan
