// A read-only memory map of a whole file. An mbox can be gigabytes: mapping
// it lets the splitter walk it without copying, and pages already scanned
// are handed back so memory use stays flat however large the file is.
#ifndef PHISHSCAN_INPUT_MAPPED_FILE_H_
#define PHISHSCAN_INPUT_MAPPED_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "phishscan/status.h"

namespace phishscan {

class MappedFile {
 public:
  // Maps `path` for sequential reading; an empty file gives an empty view.
  static StatusOr<MappedFile> Open(const std::string& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view view() const { return {data_, size_}; }

  // Drops the pages wholly before `offset` from this process's memory; the
  // view stays valid (they are read again from the file if touched).
  void Release(std::size_t offset);

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  void Unmap();

  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t released_ = 0;  // pages before this were already dropped
};

}  // namespace phishscan

#endif  // PHISHSCAN_INPUT_MAPPED_FILE_H_
