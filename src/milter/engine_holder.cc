#include "milter/engine_holder.h"

#include <utility>

namespace phishscan {

std::shared_ptr<const ServiceState> EngineHolder::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

void EngineHolder::Replace(std::shared_ptr<const ServiceState> next) {
  std::shared_ptr<const ServiceState> old;
  {
    std::lock_guard<std::mutex> lock(mu_);
    old = std::exchange(state_, std::move(next));
  }
  // `old` is released here, outside the lock: if this was its last user, the
  // engine's teardown does not block readers.
}

}  // namespace phishscan
