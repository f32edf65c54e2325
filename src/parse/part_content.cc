#include "parse/part_content.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "parse/glib_ptr.h"
#include "parse/sha256.h"

namespace phishscan {

namespace {

constexpr std::size_t kChunkBytes = 64u << 10;

// The content stream with the transfer encoding undone; nullptr when the part
// has no content.
GObjectPtr<GMimeStream> OpenDecodedStream(GMimePart* part) {
  GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
  if (wrapper == nullptr) return nullptr;
  GMimeStream* raw = g_mime_data_wrapper_get_stream(wrapper);
  if (raw == nullptr) return nullptr;
  g_mime_stream_reset(raw);
  GObjectPtr<GMimeStream> filtered(g_mime_stream_filter_new(raw));
  switch (g_mime_data_wrapper_get_encoding(wrapper)) {
    case GMIME_CONTENT_ENCODING_BASE64:
    case GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE:
    case GMIME_CONTENT_ENCODING_UUENCODE: {
      GObjectPtr<GMimeFilter> decoder(
          g_mime_filter_basic_new(g_mime_data_wrapper_get_encoding(wrapper), FALSE));
      g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), decoder.get());
      break;
    }
    default:
      break;
  }
  return filtered;
}

// A filter stream returns 0 when a whole source block decodes to nothing
// (blank lines, junk between base64 characters) although more may follow;
// keep reading until data, the end, or an error. Each empty read consumes
// source bytes, so this ends.
ssize_t ReadSome(GMimeStream* stream, char* buffer, std::size_t length) {
  while (true) {
    const ssize_t got = g_mime_stream_read(stream, buffer, length);
    if (got != 0 || g_mime_stream_eos(stream)) return got;
  }
}

bool HasMore(GMimeStream* stream) {
  char probe = 0;
  return ReadSome(stream, &probe, 1) > 0;
}

}  // namespace

DecodedContent DecodePartContent(GMimePart* part, std::size_t keep_bytes, DecodeMode mode,
                                 DecodeBudget& budget) {
  DecodedContent out;
  GObjectPtr<GMimeStream> stream = OpenDecodedStream(part);
  if (stream == nullptr) {
    out.complete = true;
    out.sha256 = mode == DecodeMode::kAllHashed ? Sha256().HexDigest() : "";
    return out;
  }
  Sha256 hash;
  std::array<char, kChunkBytes> buffer;
  while (true) {
    if (mode == DecodeMode::kHead && out.head.size() >= keep_bytes) {
      out.complete = !HasMore(stream.get());
      break;
    }
    if (budget.remaining() == 0) {
      out.complete = !HasMore(stream.get());
      out.budget_exhausted = !out.complete;
      break;
    }
    std::size_t want = std::min(buffer.size(), budget.remaining());
    if (mode == DecodeMode::kHead) want = std::min(want, keep_bytes - out.head.size());
    const ssize_t got = ReadSome(stream.get(), buffer.data(), want);
    if (got <= 0) {
      out.complete = true;
      break;
    }
    const std::string_view chunk(buffer.data(), static_cast<std::size_t>(got));
    budget.Spend(chunk.size());
    out.size += chunk.size();
    if (mode == DecodeMode::kAllHashed) hash.Update(chunk);
    if (out.head.size() < keep_bytes) {
      out.head.append(chunk.substr(0, keep_bytes - out.head.size()));
    }
  }
  if (mode == DecodeMode::kAllHashed && out.complete) out.sha256 = hash.HexDigest();
  return out;
}

}  // namespace phishscan
