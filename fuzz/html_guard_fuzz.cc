// libFuzzer target: the HTML guard leaves comment text, style text and
// unread attributes out of what Gumbo parses, and takes long runs of text and
// attribute values out (taken_text.h), only where that changes no
// extraction. Each input is extracted with and without those omissions, and
// any difference aborts the run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "extract/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const phishscan::Limits limits;
  const phishscan::HtmlSource source{0, false};
  const phishscan::HtmlExtraction lean = phishscan::ExtractHtml(html, source, limits, 2000);
  const phishscan::HtmlExtraction whole =
      phishscan::ExtractHtml(html, source, limits, 2000, phishscan::GuardOptions{false});
  if (!(lean == whole)) {
    std::fprintf(stderr, "extraction differs when the guard leaves out unread text\n");
    std::abort();
  }
  return 0;
}
