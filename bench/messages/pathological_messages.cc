// Shapes an attacker can send to make a scanner slow or large: very many
// links, very many MIME parts, megabyte headers. The engine must bound its
// work on each (include/phishscan/limits.h).
#include <cstdio>
#include <string>

#include "messages/filler_text.h"
#include "messages/generated_messages.h"
#include "messages/message_writer.h"

namespace phishscan::bench {
namespace {

constexpr char kBoundary[] = "=_bench_many_9a01";

}  // namespace

std::string ManyLinksMessage(int links) {
  std::string out;
  AppendEnvelopeHeaders(out, "Example Shop <offers@example-shop.com>", "Every product we sell",
                        "text/html; charset=\"utf-8\"");
  out.append("\n<html><body><ul>\n");
  char item[200];
  for (int i = 0; i < links; ++i) {
    std::snprintf(item, sizeof(item),
                  "<li><a href=\"https://shop-%d.example-shop.com/item/%d?c=%d\">Item %d</a></li>\n",
                  i % 997, i, i % 13, i);
    out.append(item);
  }
  out.append("</ul></body></html>\n");
  return out;
}

std::string ManyPartsMessage(int parts) {
  std::string out;
  AppendEnvelopeHeaders(out, "Archive <archive@example-sender.net>", "Daily digest",
                        std::string("multipart/mixed; boundary=\"") + kBoundary + "\"");
  FillerText filler(3);
  for (int i = 0; i < parts; ++i) {
    const bool html = i % 2 == 1;
    AppendPartHeader(out, kBoundary, html ? "text/html; charset=\"utf-8\"" : "text/plain; charset=\"utf-8\"",
                     "8bit");
    if (html) out.append("<p>");
    filler.AppendSentence(out);
    if (html) {
      out.append("<a href=\"https://digest.example-sender.net/p/").append(std::to_string(i));
      out.append("\">more</a></p>");
    }
    out.append("\n");
  }
  AppendClosingBoundary(out, kBoundary);
  return out;
}

std::string LongAddressHeaderMessage(std::size_t header_bytes) {
  std::string to = "To: alice.martin@example-corp.com";
  char address[96];
  for (int i = 0; to.size() < header_bytes; ++i) {
    std::snprintf(address, sizeof(address), ",\n \"Member %d\" <member%d@list-%d.example-corp.com>",
                  i, i, i % 50);
    to.append(address);
  }
  std::string out;
  AppendEnvelopeHeaders(out, "Club <club@example-sender.net>", "Minutes",
                        "text/plain; charset=\"utf-8\"");
  out.append(to).append("\n\n");
  FillerText filler(5);
  filler.AppendProse(out, 2000);
  out.append("\n");
  return out;
}

std::string LongEncodedSubjectMessage(std::size_t header_bytes) {
  // "Réunion d'équipe" in UTF-8 base64 encoded words, folded.
  constexpr char kWord[] = "=?utf-8?B?UsOpdW5pb24gZCfDqXF1aXBl?=";
  std::string subject = kWord;
  while (subject.size() < header_bytes) subject.append("\n ").append(kWord);
  std::string out;
  AppendEnvelopeHeaders(out, "Club <club@example-sender.net>", subject,
                        "text/plain; charset=\"utf-8\"");
  out.append("\nSee you on Thursday.\n");
  return out;
}

std::vector<NamedMessage> PathologicalMessages() {
  return {
      {"links-10000.eml", ManyLinksMessage(10000)},
      {"parts-1000.eml", ManyPartsMessage(1000)},
      {"header-1m-addresses.eml", LongAddressHeaderMessage(1u << 20)},
      {"header-1m-encoded-subject.eml", LongEncodedSubjectMessage(1u << 20)},
  };
}

}  // namespace phishscan::bench
