// libFuzzer target: the MIME parser on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/message.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  phishscan::Limits limits;
  limits.max_message_bytes = 1 << 20;
  phishscan::Message msg =
      phishscan::ParseMessage(std::string_view(reinterpret_cast<const char*>(data), size), limits);
  // Touch what later stages read, so lazily built fields are exercised too.
  volatile std::size_t sink = msg.headers.size() + msg.text_parts.size() + msg.attachments.size();
  (void)sink;
  return 0;
}
