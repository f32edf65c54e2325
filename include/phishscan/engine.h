// The scanning engine: rules and data are loaded once into an immutable
// object that any number of threads may share. Every front end (CLI, milter,
// IMAP audit, HTTP service) calls Scan().
#ifndef PHISHSCAN_ENGINE_H_
#define PHISHSCAN_ENGINE_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "phishscan/envelope.h"
#include "phishscan/limits.h"
#include "phishscan/status.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct Thresholds {
  int suspicious = 40;  // score >= this: suspicious
  int phishing = 55;    // score >= this: phishing
};

struct EngineOptions {
  // Folder holding brands.tsv, phrases/, hosts/ ... Empty: $PHISHSCAN_DATA,
  // then the install location, then the source tree's data/.
  std::string data_dir;
  // Extra brand files (same format as brands.tsv) loaded after the shipped one.
  std::vector<std::string> extra_brand_files;
  Limits limits;
  Thresholds thresholds;
};

class Engine {
 public:
  static StatusOr<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Scans one raw RFC 5322 message. Never throws; a message that cannot be
  // fully parsed still gets a verdict from what could be read, plus notes.
  Verdict Scan(std::span<const char> raw, const Envelope& envelope = {}) const;

  const EngineOptions& options() const;
  const std::string& data_dir() const;  // the folder data was actually loaded from

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_ENGINE_H_
