// Reading work items on the worker threads. Nothing here throws: a file that
// cannot be read yields a RawMessage whose error says why. Messages are cut
// at max_bytes (the engine ignores the rest anyway); an mbox is mapped and
// walked message by message, so its size does not matter.
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>

#include "input/io_error.h"
#include "input/mapped_file.h"
#include "input/mbox.h"
#include "input/message_source.h"

namespace phishscan {
namespace {

constexpr std::string_view kStdinSource = "<stdin>";

// Reads up to `max_bytes` from `fd`, then, when `drain`, reads and drops the
// rest so a writer on a pipe is not killed by SIGPIPE. Returns 0 or errno.
int ReadFd(int fd, std::size_t max_bytes, bool drain, std::string& out) {
  char buf[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return 0;
    const std::size_t room = max_bytes - out.size();
    out.append(buf, std::min(room, static_cast<std::size_t>(n)));
    if (out.size() >= max_bytes && !drain) return 0;
  }
}

RawMessage ReadFile(const std::string& path, std::size_t max_bytes) {
  RawMessage message{path, {}, {}};
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    message.error = CannotReadMessage(path, errno);
    return message;
  }
  const int err = ReadFd(fd, max_bytes, /*drain=*/false, message.bytes);
  ::close(fd);
  if (err != 0) {
    message.bytes.clear();
    message.error = CannotReadMessage(path, err);
  }
  return message;
}

RawMessage ReadStdin(std::size_t max_bytes) {
  RawMessage message{std::string(kStdinSource), {}, {}};
  const int err = ReadFd(STDIN_FILENO, max_bytes, /*drain=*/true, message.bytes);
  if (err != 0) {
    message.bytes.clear();
    message.error = CannotReadMessage(kStdinSource, err);
  }
  return message;
}

void ReadMbox(const std::string& path, std::size_t max_bytes,
              const std::function<void(RawMessage&&)>& emit) {
  StatusOr<MappedFile> mapped = MappedFile::Open(path);
  if (!mapped.ok()) {
    emit(RawMessage{path, {}, mapped.status().message()});
    return;
  }
  const std::string_view mbox = mapped->view();
  std::size_t n = 0;
  ForEachMboxMessage(mbox, [&](std::size_t begin, std::size_t end) {
    const std::size_t length = std::min(end - begin, max_bytes);
    emit(RawMessage{path + "#" + std::to_string(++n), std::string(mbox.substr(begin, length)), {}});
    mapped->Release(end);
  });
}

// Listing turns a folder into its files; a folder item is left only when the
// folder could not be read, so reading it reports why.
RawMessage FolderError(const std::string& path) {
  DIR* dir = ::opendir(path.c_str());
  const int err = dir == nullptr ? errno : EISDIR;
  if (dir != nullptr) ::closedir(dir);
  return RawMessage{path, {}, CannotReadMessage(path, err)};
}

}  // namespace

void ReadItem(const InputItem& item, std::size_t max_bytes,
              const std::function<void(RawMessage&&)>& emit) {
  switch (item.kind) {
    case InputKind::kStdin:
      emit(ReadStdin(max_bytes));
      return;
    case InputKind::kMbox:
      ReadMbox(item.path, max_bytes, emit);
      return;
    case InputKind::kDirectory:
    case InputKind::kMaildir:
      emit(FolderError(item.path));
      return;
    case InputKind::kFile:
      emit(ReadFile(item.path, max_bytes));
      return;
  }
}

}  // namespace phishscan
