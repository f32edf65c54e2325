#include "messages/samples.h"

#include <map>
#include <mutex>
#include <string>

#include "messages/generated_messages.h"

namespace phishscan::bench {
namespace {

std::string Build(Sample sample) {
  switch (sample) {
    case Sample::kSeedLure: return SeedLure();
    case Sample::kNewsletter: return NewsletterMessage(200);
    case Sample::kAttachment: return AttachmentMessage(1u << 20);
    case Sample::kManyLinks: return ManyLinksMessage(10000);
    case Sample::kManyParts: return ManyPartsMessage(1000);
    case Sample::kLongAddressHeader: return LongAddressHeaderMessage(1u << 20);
    case Sample::kLongEncodedSubject: return LongEncodedSubjectMessage(1u << 20);
  }
  return "";
}

// Benchmarks may run on several threads: the caches are guarded.
std::mutex cache_mutex;

}  // namespace

const std::string& SampleBytes(Sample sample) {
  static std::map<Sample, std::string> cache;
  std::lock_guard<std::mutex> lock(cache_mutex);
  auto it = cache.find(sample);
  if (it == cache.end()) it = cache.emplace(sample, Build(sample)).first;
  return it->second;
}

const std::string& SizedSampleBytes(std::size_t bytes) {
  static std::map<std::size_t, std::string> cache;
  std::lock_guard<std::mutex> lock(cache_mutex);
  auto it = cache.find(bytes);
  if (it == cache.end()) it = cache.emplace(bytes, SizedMessage(bytes)).first;
  return it->second;
}

}  // namespace phishscan::bench
