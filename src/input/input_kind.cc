// What a command-line path is. Only the first bytes of a regular file are
// read, unless it starts like an mbox: then the whole file is mapped to look
// for a second message, because single messages saved with their "From "
// envelope line (common in corpora) must stay plain files.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string_view>

#include "input/io_error.h"
#include "input/mapped_file.h"
#include "input/mbox.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

bool IsDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Maildir keeps messages in cur/ and new/ and deliveries in progress in
// tmp/; any two of the three mark one (some tools omit tmp/ or new/).
bool IsMaildir(const std::string& dir) {
  const int present =
      IsDirectory(dir + "/cur") + IsDirectory(dir + "/new") + IsDirectory(dir + "/tmp");
  return present >= 2;
}

StatusOr<InputKind> RegularFileKind(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return CannotRead(path, errno);
  char head[5];
  const ssize_t n = ::read(fd, head, sizeof head);
  const int err = errno;
  ::close(fd);
  if (n < 0) return CannotRead(path, err);
  if (std::string_view(head, static_cast<std::size_t>(n)) != "From ") return InputKind::kFile;
  StatusOr<MappedFile> mapped = MappedFile::Open(path);
  if (!mapped.ok()) return mapped.status();
  return NextMboxSeparator(mapped->view(), 1) == std::string_view::npos ? InputKind::kFile
                                                                        : InputKind::kMbox;
}

}  // namespace

StatusOr<InputKind> DetectInputKind(const std::string& path) {
  if (path == "-") return InputKind::kStdin;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return CannotRead(path, errno);
  if (S_ISDIR(st.st_mode)) return IsMaildir(path) ? InputKind::kMaildir : InputKind::kDirectory;
  // Pipes and devices (/dev/stdin, <(cmd)) are read once, as one message:
  // peeking at them would consume the bytes.
  if (!S_ISREG(st.st_mode)) return InputKind::kFile;
  return RegularFileKind(path);
}

}  // namespace phishscan
