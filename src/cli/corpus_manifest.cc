#include "cli/corpus_manifest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

namespace phishscan {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (!fields.empty() && !fields.back().empty() && fields.back().back() == '\r') {
    fields.back().pop_back();
  }
  return fields;
}

int ColumnOf(const std::vector<std::string>& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string ManifestKey(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  return absolute.lexically_normal().string();
}

bool LoadManifest(const std::string& folder, CorpusManifest& manifest) {
  std::ifstream in(fs::path(folder) / "manifest.tsv");
  std::string line;
  if (!in || !std::getline(in, line)) return false;
  const std::vector<std::string> header = SplitTabs(line);
  const int file = ColumnOf(header, "file");
  const int label = ColumnOf(header, "label");
  const int source = ColumnOf(header, "source");
  if (file < 0 || label < 0 || source < 0) return false;
  const auto needed = static_cast<std::size_t>(std::max({file, label, source}));
  while (std::getline(in, line)) {
    const std::vector<std::string> row = SplitTabs(line);
    if (row.size() <= needed || row[file].empty()) continue;
    manifest[ManifestKey((fs::path(folder) / row[file]).string())] = {row[label], row[source]};
  }
  return true;
}

}  // namespace phishscan
