// Printing an evaluation: a readable table or one JSON object. At most
// `show_misses` missed phish and as many false positives are listed.
#ifndef PHISHSCAN_CLI_EVAL_REPORT_H_
#define PHISHSCAN_CLI_EVAL_REPORT_H_

#include <cstddef>
#include <string>

#include "cli/eval_result.h"

namespace phishscan {

std::string RenderEvalText(const EvalResult& result, std::size_t show_misses);
std::string RenderEvalJson(const EvalResult& result, std::size_t show_misses);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_EVAL_REPORT_H_
