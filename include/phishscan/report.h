// Serialising a verdict: the readable text report and the JSON object of
// design/report-schema.md. Every front end uses these, so they say the same.
#ifndef PHISHSCAN_REPORT_H_
#define PHISHSCAN_REPORT_H_

#include <string>
#include <string_view>

#include "phishscan/verdict.h"

namespace phishscan {

// What to do, from the seed document, for this verdict and language.
std::string_view Advice(Label label, Lang lang);

// A readable report: verdict, score, each sign with its evidence, and advice.
// `color` adds ANSI colours for terminals.
std::string RenderText(const Verdict& verdict, Lang lang, bool color = false);

// One JSON object (design/report-schema.md). `pretty` indents it.
std::string RenderJson(const Verdict& verdict, Lang lang, bool pretty = false);

// Parses "en", "fr", "fr_FR.UTF-8", ... ; anything else is English.
Lang LangFromString(std::string_view s);

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_H_
