#include "bench_support.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace phishscan::bench {
namespace {

std::string DataDir() {
  const char* env = std::getenv("PHISHSCAN_DATA");
  return env != nullptr && *env != '\0' ? env : PHISHSCAN_SOURCE_DATA_DIR;
}

[[noreturn]] void Die(const char* what, const Status& status) {
  std::fprintf(stderr, "cannot load %s from %s: %s\n", what, DataDir().c_str(),
               std::string(status.message()).c_str());
  std::exit(1);
}

}  // namespace

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    EngineOptions options;
    options.data_dir = DataDir();
    StatusOr<std::unique_ptr<Engine>> created = Engine::Create(options);
    if (!created.ok()) Die("the engine", created.status());
    return std::move(created).value().release();
  }();
  return *engine;
}

const Knowledge& SharedKnowledge() {
  static const Knowledge* knowledge = [] {
    StatusOr<std::unique_ptr<Knowledge>> loaded = Knowledge::Load(DataDir(), {});
    if (!loaded.ok()) Die("the knowledge", loaded.status());
    return std::move(loaded).value().release();
  }();
  return *knowledge;
}

void ReportPerMessage(benchmark::State& state, std::size_t bytes_per_iteration) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes_per_iteration));
  state.counters["messages/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void SizeSweep(benchmark::internal::Benchmark* benchmark) {
  for (const std::int64_t bytes : {10 << 10, 100 << 10, 1 << 20, 10 << 20}) benchmark->Arg(bytes);
}

}  // namespace phishscan::bench
