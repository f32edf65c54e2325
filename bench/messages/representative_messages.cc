// The typical messages: the seed lure, a newsletter and a message with a
// large attachment.
#include <cstdio>
#include <string>

#include "messages/filler_text.h"
#include "messages/generated_messages.h"
#include "messages/message_writer.h"

namespace phishscan::bench {
namespace {

constexpr char kAlternative[] = "=_bench_alt_7f3e";
constexpr char kMixed[] = "=_bench_mixed_51c2";

// Tracking hosts vary so that URL parsing and registrable-domain lookups are
// not answered from one repeated host.
constexpr const char* kTrackingHosts[] = {
    "click.example-bakery.com", "links.example-news.org", "t.example-shop.co.uk",
    "email.example-travel.de", "go.example-museum.fr", "example-club.us21.list-manage.com",
};

std::string TrackedUrl(FillerText& filler, int i) {
  const char* host = kTrackingHosts[i % (sizeof(kTrackingHosts) / sizeof(kTrackingHosts[0]))];
  char buffer[200];
  std::snprintf(buffer, sizeof(buffer), "https://%s/track/click?u=9f2a&id=%d&e=%08x", host, i,
                filler.Next(0xffffffffu));
  return buffer;
}

void AppendNewsletterHtml(std::string& html, std::string& plain, int links) {
  FillerText filler(200);
  html.append(
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
      "td{font-family:Arial,sans-serif;font-size:14px;color:#333}"
      ".btn{background:#2a6;color:#fff;padding:8px 16px}</style></head>"
      "<body style=\"margin:0\"><table width=\"600\" align=\"center\">\n"
      "<tr><td><img src=\"https://cdn.example-bakery.com/logo.png\" alt=\"Example Bakery\" "
      "width=\"120\"></td></tr>\n");
  plain.append("Example Bakery - news of the month\n\n");
  for (int i = 0; i < links; ++i) {
    const std::string url = TrackedUrl(filler, i);
    html.append("<tr><td><p>");
    std::string sentence;
    filler.AppendSentence(sentence);
    html.append(sentence).append("</p><p><a class=\"btn\" href=\"").append(url).append("\">");
    if (i % 10 == 3) {
      html.append("<img src=\"https://cdn.example-bakery.com/p/").append(std::to_string(i));
      html.append(".jpg\" alt=\"Product photo\">");
    } else {
      html.append("Read more &rarr;");
    }
    html.append("</a></p></td></tr>\n");
    plain.append(sentence).append("\nRead more <").append(url).append(">\n\n");
  }
  html.append(
      "<tr><td style=\"font-size:11px\">You receive this email because you subscribed. "
      "<a href=\"https://example-bakery.us21.list-manage.com/unsubscribe?u=9f2a\">"
      "Unsubscribe</a> &copy; 2025 Example Bakery</td></tr></table></body></html>\n");
  plain.append("Unsubscribe: https://example-bakery.us21.list-manage.com/unsubscribe?u=9f2a\n");
}

}  // namespace

std::string NewsletterMessage(int links) {
  std::string html;
  std::string plain;
  AppendNewsletterHtml(html, plain, links);
  std::string out;
  AppendEnvelopeHeaders(out, "Example Bakery <news@example-bakery.com>",
                        "Our winter menu is here",
                        std::string("multipart/alternative; boundary=\"") + kAlternative + "\"");
  out.append("List-Unsubscribe: <https://example-bakery.us21.list-manage.com/unsubscribe>\n");
  out.append("\nThis is a multi-part message in MIME format.\n");
  AppendPartHeader(out, kAlternative, "text/plain; charset=\"utf-8\"", "quoted-printable");
  AppendQuotedPrintable(out, plain);
  AppendPartHeader(out, kAlternative, "text/html; charset=\"utf-8\"", "base64");
  AppendBase64Lines(out, html);
  AppendClosingBoundary(out, kAlternative);
  return out;
}

std::string AttachmentMessage(std::size_t attachment_bytes) {
  // A PDF-shaped file: header, one stream of incompressible bytes, trailer.
  std::string pdf = "%PDF-1.7\n1 0 obj << /Length 0 >>\nstream\n";
  FillerText filler(1);
  while (pdf.size() + 40 < attachment_bytes) pdf.push_back(static_cast<char>(filler.Next(256)));
  pdf.append("\nendstream\nendobj\ntrailer <<>>\n%%EOF\n");

  std::string note;
  FillerText prose(7);
  note.append("Hello Alice,\n\nPlease find the quarterly report attached. ");
  prose.AppendProse(note, 600);
  note.append("\n\nBest regards,\nJonas\n");

  std::string out;
  AppendEnvelopeHeaders(out, "Jonas Weber <jonas.weber@example-sender.net>",
                        "Quarterly report (draft)",
                        std::string("multipart/mixed; boundary=\"") + kMixed + "\"");
  AppendPartHeader(out, kMixed, "text/plain; charset=\"utf-8\"", "8bit");
  out.append(note);
  out.append("\n--").append(kMixed).append("\n");
  out.append(
      "Content-Type: application/pdf; name=\"quarterly-report.pdf\"\n"
      "Content-Disposition: attachment; filename=\"quarterly-report.pdf\"\n"
      "Content-Transfer-Encoding: base64\n\n");
  AppendBase64Lines(out, pdf);
  AppendClosingBoundary(out, kMixed);
  return out;
}

std::vector<NamedMessage> RepresentativeMessages() {
  return {
      {"seed-lure.eml", SeedLure()},
      {"newsletter-200-links.eml", NewsletterMessage(200)},
      {"attachment-1m.eml", AttachmentMessage(1u << 20)},
  };
}

}  // namespace phishscan::bench
