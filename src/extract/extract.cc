// Extract: runs the HTML and plain-text extractors over every text part and
// over attachments a reader would open as a page or text, then merges.
//
// Extraction::text holds the normalised visible text of every text part in
// MIME order (a multipart/alternative message contributes both its plain and
// its HTML rendering: phrase matching must see wording that only one of them
// carries, and the cost is bounded by Limits::max_text_bytes), followed by the
// visible text of HTML attachments (local phishing pages).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "base/text.h"
#include "extract/extraction.h"
#include "extract/html_extractor.h"
#include "extract/shown_url.h"
#include "extract/text_url_extractor.h"

namespace phishscan {
namespace {

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

enum class AttachmentKind { kNone, kHtml, kText };

// Sniffed type first: a declared type or file name is the sender's claim.
AttachmentKind KindOf(const Attachment& a) {
  for (std::string_view type : {std::string_view(a.sniffed_type), std::string_view(a.declared_type)}) {
    if (type == "text/html" || type == "application/xhtml+xml" || type == "image/svg+xml") {
      return AttachmentKind::kHtml;
    }
  }
  for (std::string_view ext : {".html", ".htm", ".shtml", ".xhtml", ".svg"}) {
    if (EndsWithIgnoreCase(a.filename, ext)) return AttachmentKind::kHtml;
  }
  // PDFs are scanned as text too: URI actions are plain strings unless the
  // object stream is compressed.
  for (std::string_view type : {std::string_view(a.sniffed_type), std::string_view(a.declared_type)}) {
    if (type == "text/plain" || type == "application/pdf") return AttachmentKind::kText;
  }
  return AttachmentKind::kNone;
}

class ExtractionBuilder {
 public:
  explicit ExtractionBuilder(const Limits& limits) : limits_(limits) {}

  void AddHtml(std::string_view html, const HtmlSource& source, std::string_view where);
  void AddPlainText(std::string_view text, LinkOrigin origin, std::size_t index, bool visible);
  Extraction Finish();

 private:
  void AddVisibleText(std::string_view text);
  void AddLimit(std::string_view name);
  std::size_t LinkRoom() const {
    return limits_.max_links > out_.links.size() ? limits_.max_links - out_.links.size() : 0;
  }

  const Limits& limits_;
  Extraction out_;
  bool text_full_ = false;
};

void ExtractionBuilder::AddLimit(std::string_view name) {
  for (const std::string& hit : out_.limits_hit) {
    if (hit == name) return;
  }
  out_.limits_hit.emplace_back(name);
}

void ExtractionBuilder::AddVisibleText(std::string_view text) {
  if (text_full_) return;
  std::string& all = out_.text;
  const std::size_t before = all.size();
  if (!all.empty()) all.push_back('\n');
  AppendNormalizedText(text, all);
  if (all.size() == before + 1) all.resize(before);  // nothing visible: no separator
  if (all.size() > limits_.max_text_bytes) {
    std::size_t cut = limits_.max_text_bytes;
    while (cut > 0 && (static_cast<unsigned char>(all[cut]) & 0xC0) == 0x80) --cut;
    all.resize(cut);
    text_full_ = true;
    AddLimit("max_text_bytes");
  }
}

void ExtractionBuilder::AddHtml(std::string_view html, const HtmlSource& source,
                                std::string_view where) {
  HtmlExtraction part = ExtractHtml(html, source, limits_, LinkRoom());
  AddVisibleText(part.text);
  for (Link& link : part.links) out_.links.push_back(std::move(link));
  for (Form& form : part.forms) out_.forms.push_back(std::move(form));
  for (Image& image : part.images) out_.images.push_back(std::move(image));
  for (HiddenText& hidden : part.hidden) out_.hidden.push_back(std::move(hidden));
  for (Url& url : part.meta_refresh) out_.meta_refresh.push_back(std::move(url));
  for (const std::string& note : part.notes) out_.notes.push_back(std::string(where) + ": " + note);
  for (const std::string& hit : part.limits_hit) AddLimit(hit);
}

void ExtractionBuilder::AddPlainText(std::string_view text, LinkOrigin origin, std::size_t index,
                                     bool visible) {
  if (visible) AddVisibleText(text);
  if (!AppendTextLinks(text, origin, index, limits_.max_links, out_.links)) AddLimit("max_links");
}

Extraction ExtractionBuilder::Finish() {
  // Same destination, same text, same kind of link: one link. The plain and
  // HTML renderings of one message keep one link each (different origins).
  std::unordered_set<std::string> seen;
  std::vector<Link> unique;
  unique.reserve(out_.links.size());
  for (Link& link : out_.links) {
    std::string key = std::to_string(static_cast<int>(link.origin)) + '\x1f' +
                      link.url.normalized + '\x1f' + link.text;
    if (!seen.insert(std::move(key)).second) continue;
    if (!link.text.empty()) link.shown_url = UrlShownInText(link.text);
    unique.push_back(std::move(link));
  }
  out_.links = std::move(unique);
  return std::move(out_);
}

}  // namespace

Extraction Extract(const Message& message, const Limits& limits) {
  ExtractionBuilder builder(limits);
  for (std::size_t i = 0; i < message.text_parts.size(); ++i) {
    const TextPart& part = message.text_parts[i];
    if (part.is_html) {
      builder.AddHtml(part.text, HtmlSource{i, false}, "text part " + std::to_string(i));
    } else {
      builder.AddPlainText(part.text, LinkOrigin::kPlainText, i, /*visible=*/true);
    }
  }
  for (std::size_t i = 0; i < message.attachments.size(); ++i) {
    const Attachment& attachment = message.attachments[i];
    if (attachment.content.empty()) continue;
    switch (KindOf(attachment)) {
      case AttachmentKind::kHtml:
        builder.AddHtml(attachment.content, HtmlSource{i, true}, "attachment " + std::to_string(i));
        break;
      case AttachmentKind::kText:
        builder.AddPlainText(attachment.content, LinkOrigin::kAttachment, i, /*visible=*/false);
        break;
      case AttachmentKind::kNone:
        break;
    }
  }
  return builder.Finish();
}

}  // namespace phishscan
