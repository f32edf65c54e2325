// libFuzzer target: the HTML extractor (through Extract on a one-part message).
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  phishscan::Message msg;
  phishscan::TextPart part;
  part.is_html = true;
  part.content_type = "text/html";
  part.text.assign(reinterpret_cast<const char*>(data), size);
  msg.text_parts.push_back(std::move(part));
  phishscan::Limits limits;
  phishscan::Extraction ex = phishscan::Extract(msg, limits);
  volatile std::size_t sink = ex.text.size() + ex.links.size() + ex.forms.size();
  (void)sink;
  return 0;
}
