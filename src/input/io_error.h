// One wording for every input that cannot be read, so the CLI's one-line
// error, the JSON "error" field and the status message all say the same:
// "cannot read 'x': No such file or directory".
#ifndef PHISHSCAN_INPUT_IO_ERROR_H_
#define PHISHSCAN_INPUT_IO_ERROR_H_

#include <string>
#include <string_view>

#include "phishscan/status.h"

namespace phishscan {

std::string CannotReadMessage(std::string_view path, int errnum);

// kNotFound for ENOENT/ENOTDIR, kIoError otherwise.
Status CannotRead(std::string_view path, int errnum);

}  // namespace phishscan

#endif  // PHISHSCAN_INPUT_IO_ERROR_H_
