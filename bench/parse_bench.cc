// MIME parsing (GMime, RFC 2047, charset conversion, attachment sniffing and
// hashing): ParseMessage on each generated message and across sizes.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "bench_support.h"
#include "messages/samples.h"
#include "parse/gmime_init.h"
#include "parse/header_fields.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

void BM_ParseMessage(benchmark::State& state, Sample sample) {
  const std::string& raw = SampleBytes(sample);
  if (raw.empty()) {
    state.SkipWithError("sample message unavailable");
    return;
  }
  const Limits limits;
  for (auto _ : state) {
    Message message = ParseMessage(raw, limits);
    benchmark::DoNotOptimize(message);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK_CAPTURE(BM_ParseMessage, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_ParseMessage, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_ParseMessage, attachment_1mb, Sample::kAttachment);
BENCHMARK_CAPTURE(BM_ParseMessage, parts_1000, Sample::kManyParts);
BENCHMARK_CAPTURE(BM_ParseMessage, header_1mb_addresses, Sample::kLongAddressHeader);
BENCHMARK_CAPTURE(BM_ParseMessage, header_1mb_encoded_subject, Sample::kLongEncodedSubject);

void BM_ParseSized(benchmark::State& state) {
  const std::string& raw = SizedSampleBytes(static_cast<std::size_t>(state.range(0)));
  const Limits limits;
  for (auto _ : state) {
    Message message = ParseMessage(raw, limits);
    benchmark::DoNotOptimize(message);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK(BM_ParseSized)->Apply(SizeSweep)->Unit(benchmark::kMicrosecond);

// One header value decoded: printable ASCII takes the fast path, encoded
// words and 8-bit text go through GMime's RFC 2047 decoder.
void BM_DecodeHeaderText(benchmark::State& state, std::string value) {
  EnsureGMimeInitialized();
  ParserOptionsPtr options = NewPermissiveParserOptions();
  for (auto _ : state) {
    std::string decoded = DecodeHeaderText(options.get(), value);
    benchmark::DoNotOptimize(decoded);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(value.size()));
}
BENCHMARK_CAPTURE(BM_DecodeHeaderText, ascii_received,
                  std::string("from mail.shop.example (mail.shop.example [192.0.2.10]) by mx.example.org "
                              "with ESMTPS id 4XyZ12; Tue, 14 May 2024 09:12:44 +0200"));
BENCHMARK_CAPTURE(BM_DecodeHeaderText, encoded_subject,
                  std::string("=?UTF-8?B?Vm90cmUgY29tbWFuZGUgZXN0IGVuIHJvdXRlICE=?="));
BENCHMARK_CAPTURE(BM_DecodeHeaderText, utf8_subject, std::string("Ihre Bestellung für München ist unterwegs"));

}  // namespace
}  // namespace phishscan::bench
