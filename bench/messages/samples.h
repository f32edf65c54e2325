// The generated messages by name, each built once per process and kept, so
// that benchmarks time the pipeline and not the generator.
#ifndef PHISHSCAN_BENCH_MESSAGES_SAMPLES_H_
#define PHISHSCAN_BENCH_MESSAGES_SAMPLES_H_

#include <cstddef>
#include <string>

namespace phishscan::bench {

enum class Sample {
  kSeedLure,            // examples/imap-auth-lure.eml
  kNewsletter,          // 200 links, base64 HTML
  kAttachment,          // 1 MB base64 PDF-like attachment
  kManyLinks,           // 10,000 links
  kManyParts,           // 1,000 MIME parts
  kLongAddressHeader,   // 1 MB To:
  kLongEncodedSubject,  // 1 MB RFC 2047 Subject:
};

const std::string& SampleBytes(Sample sample);
// SizedMessage(bytes), cached by size.
const std::string& SizedSampleBytes(std::size_t bytes);

}  // namespace phishscan::bench

#endif  // PHISHSCAN_BENCH_MESSAGES_SAMPLES_H_
