#include "parse/mime_walker.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "parse/attached_original.h"
#include "parse/attachment_reader.h"
#include "parse/forwarded_originals.h"
#include "parse/glib_ptr.h"
#include "parse/parse_notes.h"
#include "parse/text_part_reader.h"

namespace phishscan {

namespace {

struct PendingNode {
  GMimeObject* object;
  std::size_t depth;
};

// text/plain and text/html shown as the message itself: not marked as an
// attachment and without a file name (a named text part is a file).
bool IsBodyText(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (type == nullptr) return true;  // GMime's default is text/plain
  if (!g_mime_content_type_is_type(type, "text", "plain") &&
      !g_mime_content_type_is_type(type, "text", "html")) {
    return false;
  }
  const char* disposition = g_mime_object_get_disposition(object);
  if (disposition != nullptr && EqualsIgnoreCase(TrimWhitespace(disposition), "attachment")) {
    return false;
  }
  return PartFilename(object).empty();
}

class Walker {
 public:
  Walker(GMimeParserOptions* options, const Limits& limits, DecodeBudget& budget,
         Message& message)
      : options_(options), limits_(limits), budget_(budget), message_(message) {}

  void Run(GMimeObject* root) {
    stack_.push_back({root, 0});
    while (!stack_.empty()) {
      const PendingNode node = stack_.back();
      stack_.pop_back();
      message_.max_depth_seen = std::max(message_.max_depth_seen, node.depth);
      if (GMIME_IS_MULTIPART(node.object)) {
        VisitMultipart(GMIME_MULTIPART(node.object), node.depth);
      } else if (GMIME_IS_MESSAGE_PART(node.object)) {
        VisitMessagePart(GMIME_MESSAGE_PART(node.object), node.depth);
      } else if (GMIME_IS_PART(node.object)) {
        if (!VisitLeaf(GMIME_PART(node.object), node.depth)) return;
      }
    }
  }

 private:
  bool MayDescend(std::size_t depth) {
    if (depth + 1 <= limits_.max_mime_depth) return true;
    AddLimitHit(message_, "max_mime_depth",
                "MIME parts nested deeper than " + std::to_string(limits_.max_mime_depth) +
                    " levels were not read");
    return false;
  }

  void VisitMultipart(GMimeMultipart* multipart, std::size_t depth) {
    const int count = g_mime_multipart_get_count(multipart);
    if (count <= 0) {
      SalvagePrologue(multipart, depth);
      return;
    }
    if (!MayDescend(depth)) return;
    for (int i = count - 1; i >= 0; --i) {  // reversed: the stack pops in document order
      stack_.push_back({g_mime_multipart_get_part(multipart, i), depth + 1});
    }
  }

  // A multipart whose boundary never appears holds everything in its
  // prologue; mail clients then show it as text, and so do we.
  void SalvagePrologue(GMimeMultipart* multipart, std::size_t depth) {
    const char* prologue = g_mime_multipart_get_prologue(multipart);
    if (prologue == nullptr || TrimWhitespace(prologue).empty()) return;
    if (ReparseWithUnquotedBoundary(multipart, prologue, depth)) return;
    AddNote(message_, "multipart boundary not found: its content was read as plain text");
    std::string_view text(prologue);
    const std::size_t keep = std::min({text.size(), limits_.max_part_text_bytes,
                                       budget_.remaining()});
    budget_.Spend(keep);
    message_.text_parts.push_back(MakeTextPart(text.substr(0, keep), "", false, depth,
                                               keep < text.size(), limits_, message_));
  }

  // 'boundary="--abc' with no closing quote: GMime keeps the quote in the
  // boundary, so no delimiter line matches, while mail programs drop it and
  // show the parts. The prologue is parsed again under the boundary without
  // its quote (once: the new boundary has none).
  bool ReparseWithUnquotedBoundary(GMimeMultipart* multipart, std::string_view prologue, std::size_t depth) {
    const char* raw = g_mime_multipart_get_boundary(multipart);
    const std::string_view boundary = raw != nullptr ? std::string_view(raw) : std::string_view();
    if (boundary.size() < 2 || boundary.front() != '"' || boundary.find('"', 1) != std::string_view::npos ||
        !MayDescend(depth))
      return false;
    const char* subtype = g_mime_content_type_get_media_subtype(g_mime_object_get_content_type(GMIME_OBJECT(multipart)));
    std::string bytes = "Content-Type: multipart/" + std::string(subtype != nullptr ? subtype : "mixed") +
                        "; boundary=\"" + std::string(boundary.substr(1)) + "\"\r\n\r\n";
    const std::size_t keep = std::min({prologue.size(), limits_.max_part_text_bytes, budget_.remaining()});
    budget_.Spend(keep);
    bytes.append(prologue.substr(0, keep));
    AddNote(message_, "multipart boundary opened a quotation mark it never closed: read without it");
    EnterAttachedMessage(bytes, depth + 1);
    return true;
  }

  void VisitMessagePart(GMimeMessagePart* part, std::size_t depth) {
    GMimeObject* object = GMIME_OBJECT(part);
    const char* disposition = g_mime_object_get_disposition(object);
    const bool is_file = !PartFilename(object).empty() ||
                         (disposition != nullptr &&
                          EqualsIgnoreCase(TrimWhitespace(disposition), "attachment"));
    if (is_file) message_.attachments.push_back(ReadAttachedMessage(part, limits_, budget_, message_));
    GMimeMessage* embedded = g_mime_message_part_get_message(part);
    NoteForwardedSender(embedded);
    GMimeObject* body = embedded != nullptr ? g_mime_message_get_mime_part(embedded) : nullptr;
    if (body != nullptr && MayDescend(depth)) stack_.push_back({body, depth + 1});
  }

  // Returns false once Limits::max_mime_parts leaves have been read.
  bool VisitLeaf(GMimePart* part, std::size_t depth) {
    if (message_.mime_part_count >= limits_.max_mime_parts) {
      AddLimitHit(message_, "max_mime_parts",
                  "only the first " + std::to_string(limits_.max_mime_parts) +
                      " MIME parts were read");
      return false;
    }
    ++message_.mime_part_count;
    if (IsBodyText(GMIME_OBJECT(part))) {
      message_.text_parts.push_back(ReadTextPart(part, depth, limits_, budget_, message_));
      return true;
    }
    std::string embedded;
    message_.attachments.push_back(ReadAttachment(part, limits_, budget_, message_, &embedded));
    if (!TrimWhitespace(embedded).empty() && MayDescend(depth)) {
      EnterAttachedMessage(embedded, depth + 1);
    }
    return true;
  }

  // An attached .eml (or an encoded message/rfc822) is parsed like the
  // message itself; the parsed message is kept alive until the walk ends.
  // Its bytes were charged to the decode budget, which bounds the copies.
  void EnterAttachedMessage(const std::string& bytes, std::size_t depth) {
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), options_));
    GMimeObject* body = parsed != nullptr ? g_mime_message_get_mime_part(parsed.get()) : nullptr;
    NoteForwardedSender(parsed.get());
    if (body == nullptr) return;
    stack_.push_back({body, depth});
    attached_messages_.push_back(std::move(parsed));
  }

  // The attached message's own sender is what it claims to be from; the
  // outer envelope is only the forwarder's.
  void NoteForwardedSender(GMimeMessage* attached) {
    if (std::optional<ForwardedOriginal> original = ReadAttachedOriginal(attached, options_))
      AddForwardedOriginal(std::move(*original), message_);
  }

  GMimeParserOptions* options_;
  const Limits& limits_;
  DecodeBudget& budget_;
  Message& message_;
  std::vector<PendingNode> stack_;
  std::vector<GObjectPtr<GMimeMessage>> attached_messages_;
};

}  // namespace

void WalkMimeTree(GMimeObject* root, GMimeParserOptions* options, const Limits& limits,
                  DecodeBudget& budget, Message& message) {
  if (root == nullptr) return;
  Walker(options, limits, budget, message).Run(root);
}

}  // namespace phishscan
