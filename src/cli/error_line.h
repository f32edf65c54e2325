// How errors reach the user: one line on stderr, "phishscan: <what>", that
// names the input concerned.
#ifndef PHISHSCAN_CLI_ERROR_LINE_H_
#define PHISHSCAN_CLI_ERROR_LINE_H_

#include <string>
#include <string_view>

#include "phishscan/verdict.h"

namespace phishscan {

// Prints "phishscan: <message>" on stderr.
void PrintError(std::string_view message);

// The error of a verdict that has one, naming its input: read errors already
// do ("cannot read 'x': ..."), errors from the engine ("empty input") get
// the source in front.
std::string InputErrorLine(const Verdict& verdict);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_ERROR_LINE_H_
