// libFuzzer target: the whole scan (parse, extract, phrases, detectors, score).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <span>

#include "phishscan/engine.h"
#include "phishscan/report.h"

namespace {

const phishscan::Engine& FuzzEngine() {
  static std::unique_ptr<phishscan::Engine> engine = [] {
    phishscan::EngineOptions options;
    options.limits.max_message_bytes = 1 << 20;
    auto created = phishscan::Engine::Create(options);
    if (!created.ok()) {
      std::fprintf(stderr, "scan_fuzz: %s\n", created.status().message().c_str());
      std::abort();
    }
    return std::move(created).value();
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  phishscan::Envelope envelope;
  envelope.rcpt_to = {"alice@example.com"};
  phishscan::Verdict v =
      FuzzEngine().Scan(std::span<const char>(reinterpret_cast<const char*>(data), size), envelope);
  if (v.score < 0 || v.score > 100) __builtin_trap();
  // The JSON report must always serialise (valid UTF-8, no exceptions).
  std::string json = phishscan::RenderJson(v, phishscan::Lang::kEn);
  if (json.empty()) __builtin_trap();
  return 0;
}
