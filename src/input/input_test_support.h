// A scratch folder for input tests, removed when the test ends.
#ifndef PHISHSCAN_INPUT_INPUT_TEST_SUPPORT_H_
#define PHISHSCAN_INPUT_INPUT_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace phishscan {

class ScratchDir {
 public:
  ScratchDir() {
    std::string templ = testing::TempDir() + "phishscan_input_XXXXXX";
    path_ = ::mkdtemp(templ.data()) != nullptr ? templ : std::string();
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

  // Writes `bytes` at `relative` (parent folders created) and returns its path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path p = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string MakeDir(const std::string& relative) const {
    const std::filesystem::path p = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(p);
    return p.string();
  }

 private:
  std::string path_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_INPUT_INPUT_TEST_SUPPORT_H_
