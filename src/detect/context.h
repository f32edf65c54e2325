// What a detector reads: the parsed message, what was extracted from it, the
// envelope, the phrase hits over the text, and the shared knowledge.
#ifndef PHISHSCAN_DETECT_CONTEXT_H_
#define PHISHSCAN_DETECT_CONTEXT_H_

#include <optional>
#include <string>
#include <vector>

#include "detect/disguised_sender_brand.h"
#include "detect/knowledge.h"
#include "detect/phrase_matcher.h"
#include "detect/sender_relation.h"
#include "extract/extraction.h"
#include "parse/message.h"
#include "phishscan/envelope.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct ScanContext {
  const Message& message;
  const Extraction& extraction;
  const Envelope& envelope;
  const Knowledge& knowledge;
  const PhraseHits& hits;          // phrase hits over extraction.text
  const PhraseHits& subject_hits;  // phrase hits over the normalised subject
  std::string subject_normalized;
  // Who the message was for: first envelope RCPT TO, else first To/Cc address.
  std::string recipient_address;
  std::string recipient_domain;       // ASCII lower case
  std::string recipient_registrable;  // eTLD+1 of recipient_domain
  // Claimed brands found once for all detectors (display name, subject, text).
  struct BrandClaim {
    const Brand* brand;
    std::string where;     // "display name", "subject", "body", "copyright line", "link text",
                           // "subject mention" (named, not speaking), "account mention" ("your X account")
    std::string snippet;   // the words around the mention
  };
  std::vector<BrandClaim> brand_claims;
  // Which domains the message may plausibly send its reader to, built once
  // from the fields above: about 25 detectors ask, and building it looks up
  // registrable domains. It refers to this context, so a context is not
  // copied once filled.
  std::optional<SenderRelation> sender_relation = std::nullopt;
  // What several detectors derive alike, made on first use by the function
  // that owns each (SenderNameOf, DisguisedSenderBrandOf, ShownPartText,
  // PartWordsText) and kept for the others.
  struct Memo {
    std::optional<std::string> sender_name;
    std::optional<DisguisedBrand> disguised_sender_brand;
    std::vector<std::optional<std::string>> shown_parts;  // by index in message.text_parts
    std::vector<std::optional<std::string>> part_words;   // by index in message.text_parts
  };
  mutable Memo memo = {};
};

// The first address the To header names, else the first of Cc, as written;
// "" when none. Unlike ScanContext::recipient_address it may be the sender's
// own (mail sent by Bcc, or a forged "from yourself").
std::string_view FirstAddressee(const Message& message);

// Builds the derived fields (recipient, brand claims, sender relation) of a
// context.
void FillDerivedContext(ScanContext& ctx);

// The sender name as a reader sees it: the From display name or, when the
// From line is broken ("Temu, <x@shop.example>" reads as a name-only mailbox
// and an address), the decoded text before the address. "" when none.
std::string SenderNameOf(const Message& message);

// SenderNameOf(ctx.message), made once per context.
const std::string& SenderNameOf(const ScanContext& ctx);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_CONTEXT_H_
