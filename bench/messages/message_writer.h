// Small builders for the RFC 5322 / MIME text of generated messages. They
// write what ordinary senders write (CRLF-free LF lines, base64 at 76
// columns), nothing clever: the benchmarks should see typical input.
#ifndef PHISHSCAN_BENCH_MESSAGES_MESSAGE_WRITER_H_
#define PHISHSCAN_BENCH_MESSAGES_MESSAGE_WRITER_H_

#include <string>
#include <string_view>

namespace phishscan::bench {

// Trace, authentication and identity headers of a message delivered to
// alice.martin@example-corp.com, ending with MIME-Version and the given
// Content-Type (no blank line after).
void AppendEnvelopeHeaders(std::string& out, std::string_view from, std::string_view subject,
                           std::string_view content_type);

// Base64 of `data` in lines of 76 characters, each ending in "\n".
void AppendBase64Lines(std::string& out, std::string_view data);

// Quoted-printable of `data` (soft line breaks before column 76; '=' and
// bytes outside printable ASCII escaped), ending in "\n".
void AppendQuotedPrintable(std::string& out, std::string_view data);

// "--boundary\nContent-Type: ...\nContent-Transfer-Encoding: ...\n\n".
void AppendPartHeader(std::string& out, std::string_view boundary, std::string_view content_type,
                      std::string_view transfer_encoding);

// "\n--boundary--\n".
void AppendClosingBoundary(std::string& out, std::string_view boundary);

}  // namespace phishscan::bench

#endif  // PHISHSCAN_BENCH_MESSAGES_MESSAGE_WRITER_H_
