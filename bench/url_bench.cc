// URL extraction and normalisation: ParseUrl (IDNA, public-suffix lookup,
// confusable skeleton) on a mix of URL shapes, and URLs found in plain text.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench_support.h"
#include "extract/extraction.h"
#include "extract/text_url_extractor.h"
#include "messages/samples.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

// The shapes mail carries: tracked links, bare hosts, IP literals, userinfo
// tricks, IDN and punycode hosts, ports, percent-encoding, mailto.
const std::vector<std::string>& UrlMix() {
  static const std::vector<std::string> urls = {
      "https://click.example-bakery.com/track/click?u=9f2a&id=17&e=00c0ffee",
      "https://example-corp-com.imap-auth-portal.pages.dev/cpanel/login?email=alice%40example-corp.com",
      "http://198.51.100.23:8080/wp-includes/js/imap/index.php",
      "https://www.paypal.com@secure-login.example.net/signin",
      "https://xn--pypal-4ve.com/account/verify",
      "https://bücher.example.de/katalog/seite?id=5",
      "www.example-news.org/a/2025/11/24/weekly",
      "https://docs.example-news.org/a/12?ref=mail#section-2",
      "https://webmail.example-corp.com:2096/",
      "mailto:alice.martin@example-corp.com?subject=Hello",
      "https://login.microsoftonline.com.example-auth.co.uk/common/oauth2",
      "https://t.example-shop.co.uk/%7Euser/%E2%82%AC/offer",
  };
  return urls;
}

void BM_ParseUrl(benchmark::State& state) {
  const std::vector<std::string>& urls = UrlMix();
  std::size_t bytes = 0;
  for (const std::string& url : urls) bytes += url.size();
  for (auto _ : state) {
    for (const std::string& url : urls) {
      std::optional<Url> parsed = ParseUrl(url);
      benchmark::DoNotOptimize(parsed);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["urls/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * urls.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseUrl);

// URLs in the decoded plain-text body ("Read more <https://...>").
void BM_TextLinks(benchmark::State& state, Sample sample) {
  const Message message = ParseMessage(SampleBytes(sample), Limits{});
  std::string text;
  for (const TextPart& part : message.text_parts) {
    if (!part.is_html) text += part.text;
  }
  if (text.empty()) {
    state.SkipWithError("sample has no plain-text part");
    return;
  }
  const Limits limits;
  for (auto _ : state) {
    std::vector<Link> links;
    AppendTextLinks(text, LinkOrigin::kPlainText, 0, limits.max_links, links);
    benchmark::DoNotOptimize(links);
  }
  ReportPerMessage(state, text.size());
}
BENCHMARK_CAPTURE(BM_TextLinks, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_TextLinks, newsletter_200_links, Sample::kNewsletter);

}  // namespace
}  // namespace phishscan::bench
