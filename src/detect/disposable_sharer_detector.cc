// disposable_sharer: a file shared by an address nobody keeps. File-sharing
// platforms (Google Drive, Frame.io, Dropbox...) mail a share from their own,
// authenticated domain, name the person who shared ("Ana Lima (via Google
// Slides)") and put that person's address in Reply-To. Anyone can share a
// file with anyone, so the share's title and note are a stranger's words
// with the platform's signature. A colleague or a customer shares from the
// address they work with; a lure campaign shares from throwaway domains
// under cheap top-level domains or machine-drawn names. Which address shared
// is the one fact the platform vouches for about the stranger.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/random_string.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr int kWeight = 30;

// How the platforms name the user who acted, in the languages they write.
constexpr std::string_view kOnBehalfMarks[] = {"(via ", "(über ", "(tramite ", "(a través de ", "(par l'intermédiaire de "};

bool IsShareNotification(const ScanContext& ctx) {
  const std::string name = AsciiLower(ctx.message.from.display_name);
  for (std::string_view mark : kOnBehalfMarks)
    if (name.find(mark) != std::string::npos) return true;
  return ctx.subject_hits.Any("document_share");
}

struct Throwaway {
  std::string en;  // "" when the domain is not one
  std::string fr;
};

// Why the sharer's domain is a throwaway.
Throwaway ThrowawayReason(const ScanContext& ctx, std::string_view host, std::string_view registrable) {
  if (ctx.knowledge.IsSuspiciousTld(host))
    return {"a cheap top-level domain that lure campaigns favour",
            "un domaine de premier niveau bon marché prisé des campagnes d'hameçonnage"};
  const RandomPiece random = FindRandomPiece(OrganisationLabel(registrable), RandomStringKind::kDomainLabel);
  if (random.piece.empty()) return {};
  return {"a machine-drawn domain name (\"" + random.piece + "\": " + random.why + ")",
          "un nom de domaine tiré au hasard (« " + random.piece + " »)"};
}

class DisposableSharerDetector : public Detector {
 public:
  std::string_view name() const override { return "disposable_sharer"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::optional<Mailbox>& sharer = ctx.message.reply_to;
    if (!sharer) return;
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& platform = relation.from_domain();
    if (platform.empty() || !relation.from_authenticated() || !ctx.knowledge.IsNotificationPlatform(platform)) return;
    if (!IsShareNotification(ctx)) return;
    const std::string host = DomainOfAddress(sharer->address);
    const std::string registrable = RegistrableDomain(host);
    if (registrable.empty() || relation.IsRelated(registrable) || ctx.knowledge.IsFreemail(registrable)) return;
    const Throwaway why = ThrowawayReason(ctx, host, registrable);
    if (why.en.empty()) return;
    const std::string address = Ellipsize(sharer->address, 120);
    out.push_back(MakeSignal(
        "sender.disposable_sharer", Sign::kSenderMismatch, kWeight,
        {{"platform", platform}, {"sharer", address}, {"why", why.en}},
        "This is a genuine " + platform + " notification, but the person who shared with you did so from " +
            address + ", on " + why.en +
            ". Anyone can share a file with anyone: the title and note of this share are a stranger's words.",
        "Cette notification de " + platform + " est authentique, mais la personne qui vous a partagé ce fichier "
            "l'a fait depuis " + address + ", sur " + why.fr +
            ". N'importe qui peut partager un fichier avec n'importe qui : le titre et le message de ce partage "
            "sont les mots d'un inconnu."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeDisposableSharerDetector() { return std::make_unique<DisposableSharerDetector>(); }

}  // namespace phishscan
