// What the milter scans a message with. Production scans with the Engine;
// the protocol tests plug in scanners whose verdicts and delays they choose,
// to exercise timeouts and actions without depending on detector tuning.
#ifndef PHISHSCAN_MILTER_MESSAGE_SCANNER_H_
#define PHISHSCAN_MILTER_MESSAGE_SCANNER_H_

#include <memory>
#include <string_view>

#include "milter/milter_config.h"
#include "phishscan/engine.h"
#include "phishscan/envelope.h"
#include "phishscan/status.h"
#include "phishscan/verdict.h"

namespace phishscan {

class MessageScanner {
 public:
  virtual ~MessageScanner() = default;
  // Called from many threads at once.
  virtual Verdict Scan(std::string_view raw, const Envelope& envelope) const = 0;
};

class EngineScanner final : public MessageScanner {
 public:
  explicit EngineScanner(std::shared_ptr<const Engine> engine) : engine_(std::move(engine)) {}
  Verdict Scan(std::string_view raw, const Envelope& envelope) const override;

 private:
  std::shared_ptr<const Engine> engine_;
};

// Loads the engine (data files included) for this configuration.
StatusOr<std::shared_ptr<const MessageScanner>> CreateEngineScanner(const MilterConfig& config);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MESSAGE_SCANNER_H_
