// The pipeline: parse -> extract -> match phrases -> detect -> score. The
// parsed message and extraction are built once per scan and read by every
// detector; knowledge and detectors are immutable and shared by all threads.
#include "phishscan/engine.h"

#include <exception>
#include <new>
#include <string>
#include <utility>

#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/knowledge.h"
#include "detect/phrase_matcher.h"
#include "detect/reported_speech.h"
#include "engine/data_dir.h"
#include "extract/disguise_unfold.h"
#include "extract/extraction.h"
#include "extract/lookalike_fold.h"
#include "parse/message.h"
#include "score/scorer.h"

namespace phishscan {

struct Engine::Impl {
  EngineOptions options;
  std::string data_dir;
  std::unique_ptr<Knowledge> knowledge;
  std::vector<std::unique_ptr<Detector>> detectors;

  Verdict ScanUnchecked(std::string_view raw, const Envelope& envelope) const;
};

namespace {

std::string RecipientList(const std::vector<Mailbox>& to) {
  std::string out;
  for (const Mailbox& m : to) {
    if (!out.empty()) out += ", ";
    out += m.address;
  }
  return out;
}

std::string FormatFrom(const Mailbox& from) {
  if (from.display_name.empty()) return from.address;
  return from.display_name + " <" + from.address + ">";
}

void CollectNotes(const Message& msg, const Extraction& ex, Verdict& v) {
  v.notes.insert(v.notes.end(), msg.notes.begin(), msg.notes.end());
  v.notes.insert(v.notes.end(), ex.notes.begin(), ex.notes.end());
}

// Runs every detector over `ctx`. Quoted wording in an authenticated
// message whose links stay with its sender is reported speech (a warning
// quoting a lure): the detectors then read the phrase hits without it.
void RunDetectors(const std::vector<std::unique_ptr<Detector>>& detectors, const ScanContext& ctx,
                  Verdict& verdict) {
  std::vector<PhraseMatch> said = UnquotedMatches(ctx.hits);
  std::vector<PhraseMatch> said_in_subject = UnquotedMatches(ctx.subject_hits);
  const std::size_t quoted =
      ctx.hits.all().size() - said.size() + ctx.subject_hits.all().size() - said_in_subject.size();
  if (quoted == 0 || !SpeaksFromItsOwnAddress(ctx)) {
    for (const auto& detector : detectors) detector->Run(ctx, verdict.signals);
    return;
  }
  const PhraseMatcher& phrases = ctx.knowledge.phrases();
  PhraseHits own_hits(phrases, ctx.hits.text(), std::move(said));
  PhraseHits own_subject_hits(phrases, ctx.subject_hits.text(), std::move(said_in_subject));
  ScanContext own{ctx.message, ctx.extraction, ctx.envelope, ctx.knowledge, own_hits, own_subject_hits,
                  ctx.subject_normalized, ctx.recipient_address, ctx.recipient_domain, ctx.recipient_registrable,
                  ctx.brand_claims};
  own.sender_relation.emplace(own);
  for (const auto& detector : detectors) detector->Run(own, verdict.signals);
  verdict.notes.push_back(std::to_string(quoted) +
                          " phrase(s) in quotation marks read as reported speech: the sender is authenticated "
                          "and its links stay with it");
}

}  // namespace

Verdict Engine::Impl::ScanUnchecked(std::string_view raw, const Envelope& envelope) const {
  Verdict verdict;
  if (raw.empty()) {
    verdict.error = "empty input";
    return verdict;
  }
  const Limits& limits = options.limits;
  Message msg = ParseMessage(raw, limits);
  Extraction ex = Extract(msg, limits);

  // Phrase lists read the subject the way a person does: "bᥣoᥴkᥱd",
  // "𝐛𝐥𝐨𝐜𝐤𝐞𝐝" and "b l o c k e d" are "blocked" (obfuscation.* reports the
  // disguise itself).
  std::string subject = NormalizeText(UnfoldDisguise(FoldLookalikeLetters(msg.subject).text).text);
  bool timed_out = false;
  PhraseHits hits(knowledge->phrases(), ex.text,
                  knowledge->phrases().Match(ex.text, limits.phrase_match_budget_ms, &timed_out));
  PhraseHits subject_hits(knowledge->phrases(), subject, knowledge->phrases().Match(subject));
  if (timed_out) {
    ex.limits_hit.push_back("phrase_match_budget_ms");
    ex.notes.push_back("phrase matching stopped at its time budget");
  }

  // A copy, not a move: subject_hits views `subject`, and moving a short
  // string out of it would leave that view on a cleared buffer.
  ScanContext ctx{msg, ex, envelope, *knowledge, hits, subject_hits, subject, {}, {}, {}, {}};
  FillDerivedContext(ctx);

  RunDetectors(detectors, ctx, verdict);

  ScoreResult score = ScoreSignals(verdict.signals, options.thresholds);
  verdict.score = score.score;
  verdict.label = score.label;
  verdict.message = MessageSummary{FormatFrom(msg.from), RecipientList(msg.to), msg.subject,
                                   msg.date, msg.message_id};
  CollectNotes(msg, ex, verdict);
  return verdict;
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  StatusOr<std::string> dir = ResolveDataDir(options.data_dir);
  if (!dir.ok()) return dir.status();
  auto knowledge = Knowledge::Load(dir.value(), options.extra_brand_files);
  if (!knowledge.ok()) return knowledge.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->data_dir = dir.value();
  impl->knowledge = std::move(knowledge).value();
  impl->detectors = AllDetectors();
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Verdict Engine::Scan(std::span<const char> raw, const Envelope& envelope) const {
  std::string_view bytes(raw.data(), raw.size());
  try {
    return impl_->ScanUnchecked(bytes, envelope);
  } catch (const std::bad_alloc&) {
    Verdict v;
    v.error = "out of memory while scanning";
    return v;
  } catch (const std::exception& e) {
    Verdict v;
    v.error = std::string("internal error while scanning: ") + e.what();
    return v;
  }
}

const EngineOptions& Engine::options() const { return impl_->options; }
const std::string& Engine::data_dir() const { return impl_->data_dir; }

}  // namespace phishscan
