// The configuration and engine every new message is handled with. SIGHUP
// builds a new pair and swaps it in; a message already being scanned keeps
// the pair it started with (it holds its own shared_ptr), so a reload never
// disturbs mail in flight.
#ifndef PHISHSCAN_MILTER_ENGINE_HOLDER_H_
#define PHISHSCAN_MILTER_ENGINE_HOLDER_H_

#include <memory>
#include <mutex>

#include "milter/message_scanner.h"
#include "milter/milter_config.h"

namespace phishscan {

struct ServiceState {
  MilterConfig config;
  std::shared_ptr<const MessageScanner> scanner;
};

class EngineHolder {
 public:
  explicit EngineHolder(std::shared_ptr<const ServiceState> initial) : state_(std::move(initial)) {}
  EngineHolder(const EngineHolder&) = delete;
  EngineHolder& operator=(const EngineHolder&) = delete;

  std::shared_ptr<const ServiceState> Current() const;
  void Replace(std::shared_ptr<const ServiceState> next);

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const ServiceState> state_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_ENGINE_HOLDER_H_
