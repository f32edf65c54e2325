// Expanding command-line paths into work items. Folders are walked depth
// first with entries sorted by name, so the order (and thus the output) is
// the same on every run and file system. Dot entries are skipped (editor
// files, Maildir++ subfolders, .git), symlinked folders are followed once
// (a loop ends at the first folder seen twice), and a Maildir inside a
// folder contributes its cur/ and new/ messages only.
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "input/message_source.h"

namespace phishscan {
namespace {

namespace fs = std::filesystem;

class Lister {
 public:
  explicit Lister(std::vector<InputItem>& items) : items_(items) {}

  // A command-line path: one that cannot be inspected is an error.
  Status AddPath(const std::string& path) {
    StatusOr<InputKind> kind = DetectInputKind(path);
    if (!kind.ok()) return kind.status();
    Expand(path, kind.value());
    return Status::Ok();
  }

 private:
  // An entry found while walking: one that cannot be inspected still becomes
  // an item, whose read reports the error, so one bad file does not hide the
  // rest of the folder.
  void AddEntry(const std::string& path) {
    StatusOr<InputKind> kind = DetectInputKind(path);
    Expand(path, kind.ok() ? kind.value() : InputKind::kFile);
  }

  void Expand(const std::string& path, InputKind kind) {
    switch (kind) {
      case InputKind::kDirectory:
        Walk(path);
        break;
      case InputKind::kMaildir:
        WalkMaildir(path);
        break;
      default:
        items_.push_back({path, kind});
        break;
    }
  }

  void Walk(const std::string& dir) {
    if (!FirstVisit(dir)) return;
    for (const std::string& path : Entries(dir)) AddEntry(path);
  }

  // Every file of cur/ and new/ is one message (tmp/ holds deliveries in
  // progress); either may be missing.
  void WalkMaildir(const std::string& dir) {
    if (!FirstVisit(dir)) return;
    for (const char* sub : {"cur", "new"}) {
      const std::string subdir = JoinPath(dir, sub);
      struct stat st;
      if (::stat(subdir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
      for (const std::string& path : Entries(subdir)) {
        if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
          items_.push_back({path, InputKind::kFile});
        }
      }
    }
  }

  // False when the folder was listed already (a symlink loop or alias).
  bool FirstVisit(const std::string& dir) {
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) return true;
    return visited_.insert({st.st_dev, st.st_ino}).second;
  }

  // Sorted non-dot entry paths of `dir`; a folder that cannot be read
  // becomes an item of its own so the error is reported, not lost.
  std::vector<std::string> Entries(const std::string& dir) {
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') names.push_back(std::move(name));
    }
    if (ec) {
      items_.push_back({dir, InputKind::kDirectory});
      return {};
    }
    std::sort(names.begin(), names.end());
    for (std::string& name : names) name = JoinPath(dir, name);
    return names;
  }

  static std::string JoinPath(const std::string& dir, const std::string& name) {
    return !dir.empty() && dir.back() == '/' ? dir + name : dir + "/" + name;
  }

  std::vector<InputItem>& items_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

StatusOr<std::vector<InputItem>> ListInputs(const std::vector<std::string>& paths) {
  std::vector<InputItem> items;
  Lister lister(items);
  for (const std::string& path : paths) {
    Status status = lister.AddPath(path);
    if (!status.ok()) return status;
  }
  return items;
}

}  // namespace phishscan
