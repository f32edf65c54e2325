// libFuzzer target: URL parsing/normalisation and URL extraction from plain text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto url = phishscan::ParseUrl(input)) {
    // A normalised URL must parse again to the same host.
    auto again = phishscan::ParseUrl(url->normalized);
    if (again && again->host != url->host && !url->host.empty()) __builtin_trap();
  }
  phishscan::Message msg;
  phishscan::TextPart part;
  part.content_type = "text/plain";
  part.text.assign(input);
  msg.text_parts.push_back(std::move(part));
  phishscan::Limits limits;
  phishscan::Extraction ex = phishscan::Extract(msg, limits);
  volatile std::size_t sink = ex.links.size();
  (void)sink;
  return 0;
}
