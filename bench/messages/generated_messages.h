// The messages the benchmarks and bench/scaling.sh run on, built in code so
// that nothing big is committed: the seed lure, typical mail (a newsletter, a
// message with an attachment), a size sweep, and pathological shapes an
// attacker can send (very many links, very many MIME parts, huge headers).
#ifndef PHISHSCAN_BENCH_MESSAGES_GENERATED_MESSAGES_H_
#define PHISHSCAN_BENCH_MESSAGES_GENERATED_MESSAGES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace phishscan::bench {

// examples/imap-auth-lure.eml from the source tree, or "" when unreadable.
std::string SeedLure();

// An HTML newsletter (multipart/alternative, base64 HTML, quoted-printable
// plain text) with `links` tracked links, images and an unsubscribe footer.
std::string NewsletterMessage(int links = 200);

// A short note with one PDF-like attachment of `attachment_bytes` decoded
// bytes, base64-encoded.
std::string AttachmentMessage(std::size_t attachment_bytes = 1u << 20);

// A multipart/alternative message of about `total_bytes`: plain prose and its
// base64 HTML rendering with one link per ~2 KB. Content is uniform, so time
// per byte should not depend on the size.
std::string SizedMessage(std::size_t total_bytes);

// One HTML part holding `links` anchors to distinct hosts.
std::string ManyLinksMessage(int links = 10000);

// multipart/mixed with `parts` small text parts (alternating plain and HTML).
std::string ManyPartsMessage(int parts = 1000);

// A To: header of about `header_bytes` holding thousands of addresses.
std::string LongAddressHeaderMessage(std::size_t header_bytes = 1u << 20);

// A Subject: of about `header_bytes` written as RFC 2047 encoded words.
std::string LongEncodedSubjectMessage(std::size_t header_bytes = 1u << 20);

struct NamedMessage {
  std::string name;  // file name, e.g. "size-0100k.eml"
  std::string bytes;
};

// The typical messages: seed lure, newsletter, 1 MB attachment.
std::vector<NamedMessage> RepresentativeMessages();
// Sizes 10 KB, 30 KB, 100 KB, 300 KB, 1 MB, 3 MB, 10 MB.
std::vector<std::size_t> SweepSizes();
std::string SweepName(std::size_t bytes);
// 10,000 links, 1,000 MIME parts, 1 MB address header, 1 MB encoded subject.
std::vector<NamedMessage> PathologicalMessages();

}  // namespace phishscan::bench

#endif  // PHISHSCAN_BENCH_MESSAGES_GENERATED_MESSAGES_H_
