#include "input/io_error.h"

#include <cerrno>
#include <system_error>

namespace phishscan {

std::string CannotReadMessage(std::string_view path, int errnum) {
  // std::generic_category().message() is thread-safe, unlike strerror().
  return "cannot read '" + std::string(path) + "': " + std::generic_category().message(errnum);
}

Status CannotRead(std::string_view path, int errnum) {
  const StatusCode code =
      errnum == ENOENT || errnum == ENOTDIR ? StatusCode::kNotFound : StatusCode::kIoError;
  return Status(code, CannotReadMessage(path, errnum));
}

}  // namespace phishscan
