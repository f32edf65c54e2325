// The size sweep: the same kind of content at any size, so that time per
// byte can be compared across sizes.
#include <cstdio>
#include <string>

#include "messages/filler_text.h"
#include "messages/generated_messages.h"
#include "messages/message_writer.h"

namespace phishscan::bench {
namespace {

constexpr char kBoundary[] = "=_bench_sweep_2b9d";
constexpr std::size_t kBytesPerLink = 2048;

// Plain prose and its HTML rendering, one link per kBytesPerLink of HTML.
void AppendBodies(std::size_t plain_bytes, std::size_t html_bytes, std::string& plain,
                  std::string& html) {
  FillerText filler(42);
  filler.AppendProse(plain, plain_bytes);
  html.append("<html><body style=\"font-family:Arial\">\n");
  int link = 0;
  while (html.size() < html_bytes) {
    html.append("<p>");
    filler.AppendProse(html, kBytesPerLink - 120);
    char anchor[160];
    std::snprintf(anchor, sizeof(anchor),
                  "<a href=\"https://docs.example-news.org/a/%d?ref=mail\">article %d</a></p>\n",
                  link, link);
    html.append(anchor);
    ++link;
  }
  html.append("</body></html>\n");
}

}  // namespace

std::string SizedMessage(std::size_t total_bytes) {
  // About 30% of the bytes are plain text and 70% base64 HTML (3 bytes of
  // HTML per 4 encoded, plus line ends).
  const std::size_t body = total_bytes > 2000 ? total_bytes - 1500 : 500;
  std::string plain;
  std::string html;
  AppendBodies(body * 3 / 10, body * 7 / 10 * 3 / 4 * 76 / 77, plain, html);

  std::string out;
  out.reserve(total_bytes + 4096);
  AppendEnvelopeHeaders(out, "Example News <letters@example-news.org>", "This week's reading",
                        std::string("multipart/alternative; boundary=\"") + kBoundary + "\"");
  AppendPartHeader(out, kBoundary, "text/plain; charset=\"utf-8\"", "8bit");
  out.append(plain).append("\n");
  AppendPartHeader(out, kBoundary, "text/html; charset=\"utf-8\"", "base64");
  AppendBase64Lines(out, html);
  AppendClosingBoundary(out, kBoundary);
  return out;
}

std::vector<std::size_t> SweepSizes() {
  return {10u << 10, 30u << 10, 100u << 10, 300u << 10, 1u << 20, 3u << 20, 10u << 20};
}

std::string SweepName(std::size_t bytes) {
  char name[40];
  std::snprintf(name, sizeof(name), "size-%05zuk.eml", bytes >> 10);
  return name;
}

}  // namespace phishscan::bench
