// manifest.tsv of a labelled corpus: one row per message with at least the
// columns file (path relative to the manifest's folder), label and source.
// `eval` uses it to break results down by where messages came from.
#ifndef PHISHSCAN_CLI_CORPUS_MANIFEST_H_
#define PHISHSCAN_CLI_CORPUS_MANIFEST_H_

#include <map>
#include <string>

namespace phishscan {

struct ManifestEntry {
  std::string label;
  std::string source;
};

// Keyed by the message's absolute, normalised path.
using CorpusManifest = std::map<std::string, ManifestEntry>;

// Adds the rows of `folder`/manifest.tsv to `manifest`; false when there is
// no such file or it lacks the file/label/source columns.
bool LoadManifest(const std::string& folder, CorpusManifest& manifest);

// The key under which a scanned path is found in a manifest.
std::string ManifestKey(const std::string& path);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_CORPUS_MANIFEST_H_
