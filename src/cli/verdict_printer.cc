#include "cli/verdict_printer.h"

#include <string>

#include "phishscan/report.h"

namespace phishscan {
namespace {

// 78 box-drawing horizontal lines (U+2500).
std::string Rule() {
  std::string rule;
  for (int i = 0; i < 78; ++i) rule += "\u2500";
  return rule;
}

}  // namespace

bool VerdictPrinter::Selected(const Verdict& verdict) const {
  if (!verdict.error.empty()) return format_ != OutputFormat::kText;
  switch (only_) {
    case OnlyFilter::kAll:
      return true;
    case OnlyFilter::kPhishing:
      return verdict.label == Label::kPhishing;
    case OnlyFilter::kSuspicious:
      return verdict.label == Label::kSuspicious;
    case OnlyFilter::kFlagged:
      return verdict.label != Label::kClean;
  }
  return true;
}

void VerdictPrinter::Print(const Verdict& verdict) {
  if (!Selected(verdict)) return;
  switch (format_) {
    case OutputFormat::kText: {
      static const std::string kRule = Rule();
      if (printed_any_) Write("\n" + kRule + "\n\n");
      Write(RenderText(verdict, lang_, color_));
      break;
    }
    case OutputFormat::kJson:
      Write(printed_any_ ? ",\n" : "[\n");
      Write(RenderJson(verdict, lang_, /*pretty=*/true));
      break;
    case OutputFormat::kJsonl:
      Write(RenderJson(verdict, lang_) + "\n");
      break;
  }
  printed_any_ = true;
}

void VerdictPrinter::Finish() {
  if (format_ == OutputFormat::kJson) Write(printed_any_ ? "\n]\n" : "[]\n");
  std::fflush(out_);
}

void VerdictPrinter::Write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), out_); }

}  // namespace phishscan
