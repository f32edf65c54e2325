#include "milter/message_scanner.h"

#include <span>
#include <utility>

namespace phishscan {

Verdict EngineScanner::Scan(std::string_view raw, const Envelope& envelope) const {
  return engine_->Scan(std::span<const char>(raw.data(), raw.size()), envelope);
}

StatusOr<std::shared_ptr<const MessageScanner>> CreateEngineScanner(const MilterConfig& config) {
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(EngineOptionsFor(config));
  if (!engine.ok()) return engine.status();
  std::shared_ptr<const Engine> shared(std::move(engine).value());
  return std::shared_ptr<const MessageScanner>(std::make_shared<EngineScanner>(std::move(shared)));
}

}  // namespace phishscan
