// Test support (header-only, used by *_test.cc only): runs the real pipeline
// up to detection on a raw message, so detector tests read like the product.
#ifndef PHISHSCAN_DETECT_DETECTOR_TEST_SUPPORT_H_
#define PHISHSCAN_DETECT_DETECTOR_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/knowledge.h"
#include "extract/disguise_unfold.h"
#include "extract/extraction.h"
#include "extract/lookalike_fold.h"
#include "parse/message.h"

namespace phishscan::testing {

// The shipped data folder, loaded once for all tests of a binary.
inline const Knowledge& SharedKnowledge() {
  static const std::unique_ptr<Knowledge> kb = [] {
    const char* env = std::getenv("PHISHSCAN_DATA");
    std::string dir = env ? env : PHISHSCAN_SOURCE_DATA_DIR;
    auto loaded = Knowledge::Load(dir, {});
    if (!loaded.ok()) {
      fprintf(stderr, "cannot load %s: %s\n", dir.c_str(), loaded.status().message().c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *kb;
}

// Everything a ScanContext points at, owned together.
struct ScannedMessage {
  Message message;
  Extraction extraction;
  Envelope envelope;
  std::string subject_norm;
  std::unique_ptr<PhraseHits> hits;
  std::unique_ptr<PhraseHits> subject_hits;
  std::unique_ptr<ScanContext> ctx;
};

inline std::unique_ptr<ScannedMessage> ScanForTest(std::string_view raw, Envelope envelope = {}) {
  const Knowledge& kb = SharedKnowledge();
  Limits limits;
  auto s = std::make_unique<ScannedMessage>();
  s->message = ParseMessage(raw, limits);
  s->extraction = Extract(s->message, limits);
  s->envelope = std::move(envelope);
  s->subject_norm =  // as the engine does
      NormalizeText(UnfoldDisguise(FoldLookalikeLetters(s->message.subject).text).text);
  s->hits = std::make_unique<PhraseHits>(kb.phrases(), s->extraction.text,
                                         kb.phrases().Match(s->extraction.text));
  s->subject_hits = std::make_unique<PhraseHits>(kb.phrases(), s->subject_norm,
                                                 kb.phrases().Match(s->subject_norm));
  s->ctx.reset(new ScanContext{s->message, s->extraction, s->envelope, kb, *s->hits,
                               *s->subject_hits, s->subject_norm, {}, {}, {}, {}});
  FillDerivedContext(*s->ctx);
  return s;
}

// Runs one detector over a raw message and returns its signals.
inline std::vector<Signal> RunDetector(const Detector& detector, std::string_view raw,
                                       Envelope envelope = {}) {
  auto scanned = ScanForTest(raw, std::move(envelope));
  std::vector<Signal> out;
  detector.Run(*scanned->ctx, out);
  return out;
}

inline bool HasSignal(const std::vector<Signal>& signals, std::string_view id) {
  for (const Signal& s : signals)
    if (s.id == id) return true;
  return false;
}

inline const Signal* FindSignal(const std::vector<Signal>& signals, std::string_view id) {
  for (const Signal& s : signals)
    if (s.id == id) return &s;
  return nullptr;
}

// The first evidence value recorded under `key`, "" when none.
inline std::string EvidenceValue(const Signal& s, std::string_view key) {
  for (const auto& [k, v] : s.evidence)
    if (k == key) return v;
  return "";
}

// One line per signal (id, weight, English explanation), for failure messages.
inline std::string Describe(const std::vector<Signal>& signals) {
  std::string out;
  for (const Signal& s : signals) out += s.id + " (" + std::to_string(s.weight) + "): " + s.explanation_en + "\n";
  return out;
}

// The receiving server's verdict for mail that proves its From domain: SPF,
// DKIM and DMARC all pass for `domain`.
inline std::string AuthenticationPass(const std::string& domain) {
  return "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=" + domain +
         "; dkim=pass header.d=" + domain + "; dmarc=pass header.from=" + domain;
}

// A plain-text message: the given header lines, then `body`.
inline std::string Mail(std::string_view headers, std::string_view body = "Hello.\n") {
  return std::string(headers) + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
         std::string(body);
}

// "id(weight) id(weight) ", for failure messages.
inline std::string Ids(const std::vector<Signal>& signals) {
  std::string ids;
  for (const Signal& s : signals) ids += s.id + "(" + std::to_string(s.weight) + ") ";
  return ids;
}

// Every signal explains itself in both languages and shows what it saw.
inline void ExpectExplained(const Signal& s) {
  EXPECT_FALSE(s.explanation_en.empty()) << s.id;
  EXPECT_FALSE(s.explanation_fr.empty()) << s.id;
  EXPECT_NE(s.explanation_en, s.explanation_fr) << s.id;
  EXPECT_FALSE(s.evidence.empty()) << s.id;
}

// Reads a file (e.g. a sample from ../shared); "" when missing.
inline std::string ReadFileOrEmpty(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "";
  std::string data;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  std::fclose(f);
  return data;
}

}  // namespace phishscan::testing

#endif  // PHISHSCAN_DETECT_DETECTOR_TEST_SUPPORT_H_
