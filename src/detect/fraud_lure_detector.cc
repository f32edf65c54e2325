// The scam families people expect a phishing filter to stop besides fake
// logins: prizes, parcel and toll fees, advance-fee stories, extortion,
// callback and invoice scams, payment requests, investment pitches. A family
// counts only when its wording comes together (two phrases, or one phrase
// with the means of the scam: a link, an attachment, a wallet, a phone
// number), so a real invoice or shipping notice stays quiet.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/crypto_address.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/file_kind.h"
#include "detect/host_kind.h"
#include "detect/money_amount.h"
#include "detect/phone_number.h"
#include "detect/private_address.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxPhrasesShown = 5;
// "If you did not authorise this": what turns a sum in a call-back message
// into a charge the reader is told to dispute, rather than a price in an ad.
constexpr std::string_view kUnrecognised = "unrecognised_action";
// "Order summary", "amount charged": a receipt, the charge of a call-back
// lure when it comes from a free mailbox.
constexpr std::string_view kReceipt = "purchase_receipt";
constexpr std::size_t kPhraseEvidenceBytes = 60;
// A prize, parcel or toll wording in a known brand's authenticated mail that
// only links to its own sites: worth showing, not a reason to suspect.
constexpr int kBrandOwnSiteWeight = 8;
// One advance-fee phrase answered at a stranger's mailbox: a sign of its
// own, as strong as two phrases of a link family told without a link.
constexpr int kOpenerWeight = 16;

// The wording without a plural -s ("gift card" / "gift cards"), so one
// phrase said twice is not told as two.
std::string_view SingularKey(std::string_view text) {
  while (!text.empty() && (text.back() == 's' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

// Distinct matched wording of one category, body and subject together.
std::vector<std::string> PhrasesOf(const ScanContext& ctx, std::string_view category) {
  std::vector<std::string> found;
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits}) {
    for (std::string_view wording : hits->WordingIn(category)) {
      std::string text = DisplayText(wording, kPhraseEvidenceBytes);
      const bool seen = std::any_of(found.begin(), found.end(), [&](const std::string& f) {
        return EqualsIgnoreCase(SingularKey(f), SingularKey(text));
      });
      if (!seen) found.push_back(std::move(text));
    }
  }
  return found;
}

// Whether every call-back match lies in a public help line ("pour être aidé,
// appelez le 09 74 75 13 13" closes every French gambling advertisement by
// law): that number is the regulator's, not a caller's.
bool OnlyInHelpLines(const PhraseHits& hits) {
  const std::vector<const PhraseMatch*> lines = hits.InCategory("help_line");
  if (lines.empty()) return false;
  for (const PhraseMatch* m : hits.InCategory("callback")) {
    const bool inside = std::any_of(lines.begin(), lines.end(), [&](const PhraseMatch* line) {
      return m->start >= line->start && m->start < line->end;
    });
    if (!inside) return false;
  }
  return true;
}

// What the message gives the reader to act on.
struct Means {
  bool web_link = false;
  bool risky_link = false;  // free hosting, file share, form, shortener, IPFS, IP
  bool attachment = false;
  bool risky_attachment = false;  // HTML/SVG or executable-like
  bool form = false;
  std::vector<CryptoAddress> wallets;
  std::vector<PhoneNumber> phones;
  // With national numbers too ("4003-6514", "01 23 45 67 89"): looked for
  // only when the text asks the reader to call.
  std::vector<PhoneNumber> callback_phones;
  std::string stranger;  // free webmail sender or Reply-To on another domain
  bool brand_own_site = false;  // an authenticated known brand whose links all stay on its sites
};

// An advance-fee story is answered by reply: a sender on free webmail, or
// replies diverted to another domain, is the scammer's own mailbox. A
// mailing list's Reply-To (the list, also a recipient) is not.
std::string StrangerAddress(const ScanContext& ctx) {
  const Message& m = ctx.message;
  if (m.reply_to && !m.IsListTraffic() &&
      !m.reply_to->registrable_domain.empty() && m.reply_to->registrable_domain != m.from.registrable_domain) {
    auto same = [&](const Mailbox& x) { return EqualsIgnoreCase(x.address, m.reply_to->address); };
    if (std::none_of(m.to.begin(), m.to.end(), same) && std::none_of(m.cc.begin(), m.cc.end(), same)) {
      return m.reply_to->address;
    }
  }
  if (!m.from.registrable_domain.empty() && ctx.knowledge.IsFreemail(m.from.registrable_domain)) return m.from.address;
  return "";
}

// A free-webmail address the text tells the reader to write to ("contact
// the foundation at ...@gmail.com"): the letter often comes from a hijacked
// mailbox of a school or town hall, the conversation goes to the scammer's
// own. A list post quoting such a letter is not its author's, and a
// newsletter with links (a club, a small lottery operator giving its
// webmail for questions) is answered on its site. Looked for only for
// advance-fee stories: small shops write their webmail address in
// receipts, which does not make them strangers billing the reader.
std::string WrittenStrangerAddress(const ScanContext& ctx) {
  if (ctx.message.IsListTraffic()) return "";
  return FreemailAddressIn(ctx, ctx.extraction.text);
}

// The first sum of at least kLargeSum in the subject or text, as written.
std::string LargeSumIn(const ScanContext& ctx) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)})
    for (const MoneyAmount& a : FindMoneyAmounts(text))
      if (a.value >= kLargeSum) return DisplayText(a.text, kPhraseEvidenceBytes);
  return "";
}

// The first sum of money in the subject or text, as written: the charge a
// call-back lure tells of.
std::string FirstSumIn(const ScanContext& ctx) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)}) {
    std::vector<MoneyAmount> sums = FindMoneyAmounts(text, 1);
    if (!sums.empty()) return DisplayText(sums.front().text, kPhraseEvidenceBytes);
  }
  return "";
}

// A known brand, authenticated, whose every link leads to its own sites: its
// contest, loyalty offer or parcel notice, not a stranger's page.
bool BrandLinksToItsOwnSite(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  if (!relation.from_authenticated() || ctx.knowledge.brands().BrandOfDomain(relation.from_domain()) == nullptr)
    return false;
  bool any = false;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const ResolvedUrl resolved = ResolveRedirects(link.url, ctx.knowledge.redirectors());
    if (resolved.opaque_redirect) continue;
    if (!relation.IsRelated(resolved.target.registrable_domain)) return false;
    any = true;
  }
  return any;
}

Means MeansOf(const ScanContext& ctx) {
  Means means;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    means.web_link = true;
    if (ClassifyHost(link.url, ctx.knowledge) != HostKind::kOrdinary) means.risky_link = true;
  }
  for (const Attachment& a : ctx.message.attachments) {
    if (a.inline_disposition && a.filename.empty()) continue;
    means.attachment = true;
    if (IsRiskyAttachment(a)) means.risky_attachment = true;
  }
  means.form = !ctx.extraction.forms.empty();
  for (const TextPart& part : ctx.message.text_parts) {
    for (CryptoAddress& w : FindCryptoAddresses(part.text)) {
      bool seen = std::any_of(means.wallets.begin(), means.wallets.end(),
                              [&](const CryptoAddress& x) { return x.address == w.address; });
      if (!seen && means.wallets.size() < 3) means.wallets.push_back(std::move(w));
    }
  }
  means.phones = FindPhoneNumbers(ctx.extraction.text, 3);
  if (ctx.hits.Any("callback") || ctx.subject_hits.Any("callback") || ctx.hits.Any(kUnrecognised))
    means.callback_phones = FindPhoneNumbers(ctx.extraction.text, 3, PhoneFormats::kWithNational);
  means.stranger = StrangerAddress(ctx);
  means.brand_own_site = means.web_link && BrandLinksToItsOwnSite(ctx);
  return means;
}

struct Family {
  const char* id;
  const char* category;
  const char* what_en;
  const char* what_fr;
};

constexpr Family kPrize{"fraud.prize", "prize", "a prize or reward scam", "une arnaque au gain ou à la récompense"};
constexpr Family kParcel{"fraud.parcel_fee", "parcel_fee", "a fake parcel fee notice",
                         "un faux avis de frais pour un colis"};
constexpr Family kToll{"fraud.toll_fine", "toll_fine", "a fake toll, fine or tax notice",
                       "un faux avis de péage, d'amende ou d'impôt"};
constexpr Family kAdvanceFee{"fraud.advance_fee", "advance_fee", "an advance-fee scam (inheritance, transfer, lottery)",
                             "une arnaque à l'avance de frais (héritage, transfert, loterie)"};
constexpr Family kExtortion{"fraud.extortion", "extortion", "an extortion attempt (\"I recorded you, pay or else\")",
                            "une tentative de chantage (« je vous ai filmé, payez ou sinon »)"};
constexpr Family kCallback{"fraud.callback", "callback",
                           "a callback scam (a fake order or renewal with a number to call)",
                           "une arnaque au rappel (fausse commande ou fausse reconduction avec un numéro à appeler)"};
constexpr Family kInvoice{"fraud.invoice", "invoice", "a fake invoice", "une fausse facture"};
constexpr Family kInvestment{"fraud.investment", "investment", "an investment scam", "une arnaque à l'investissement"};
constexpr Family kPayment{"fraud.payment", "payment_request", "a request for payment or card details",
                          "une demande de paiement ou de coordonnées bancaires"};

// Builds the signal; `extra_en`/`extra_fr` name the means ("and gives a
// bitcoin wallet ..."), already with a leading space when present.
void EmitFamily(const Family& f, int weight, const std::vector<std::string>& phrases, Evidence extra,
                const std::string& extra_en, const std::string& extra_fr, std::vector<Signal>& out) {
  Signal s;
  s.id = f.id;
  s.sign = Sign::kFraudLure;
  s.weight = weight;
  std::vector<std::string> quoted_en, quoted_fr;
  for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i) {
    s.evidence.emplace_back("phrase", phrases[i]);
    quoted_en.push_back(QuoteEn(phrases[i]));
    quoted_fr.push_back(QuoteFr(phrases[i]));
  }
  for (auto& kv : extra) s.evidence.push_back(std::move(kv));
  s.explanation_en = "The message reads like " + std::string(f.what_en) + ": " + JoinEn(quoted_en) + extra_en + ".";
  s.explanation_fr = "Le message ressemble à " + std::string(f.what_fr) + " : " + JoinFr(quoted_fr) + extra_fr + ".";
  out.push_back(std::move(s));
}

class FraudReview {
 public:
  explicit FraudReview(const ScanContext& ctx) : ctx_(ctx), means_(MeansOf(ctx)) {}

  void Run(std::vector<Signal>& out) const {
    LinkFamily(kPrize, out);
    LinkFamily(kParcel, out);
    LinkFamily(kToll, out);
    AdvanceFee(out);
    Extortion(out);
    Callback(out);
    Invoice(out);
    Investment(out);
    Payment(out);
  }

 private:
  // "and links to a web page" / "et renvoie vers une page web".
  void AddLinkMeans(Evidence& e, std::string& en, std::string& fr) const {
    if (means_.web_link) {
      en += ", with a link to act on it";
      fr += ", avec un lien pour y donner suite";
    } else if (means_.form) {
      en += ", with a form to fill in";
      fr += ", avec un formulaire à remplir";
    }
    if (means_.risky_attachment) {
      e.emplace_back("attachment", "HTML or executable");
      en += ", and a risky attachment";
      fr += ", et une pièce jointe risquée";
    }
  }

  void AddWallets(Evidence& e, std::string& en, std::string& fr) const {
    if (means_.wallets.empty()) return;
    const CryptoAddress& w = means_.wallets.front();
    for (const CryptoAddress& x : means_.wallets) e.emplace_back(std::string(x.currency) + " address", x.address);
    en += ", and gives a " + std::string(w.currency) + " wallet to pay into (" + w.address + ")";
    fr += ", et donne un portefeuille " + std::string(w.currency) + " où payer (" + w.address + ")";
  }

  void AddPhones(Evidence& e, std::string& en, std::string& fr) const {
    if (means_.phones.empty()) return;
    for (const PhoneNumber& p : means_.phones) e.emplace_back("phone number", p.text);
    en += ", and gives a phone number to call (" + means_.phones.front().text + ")";
    fr += ", et donne un numéro de téléphone à appeler (" + means_.phones.front().text + ")";
  }

  // Prize, parcel fee, toll/fine: the scam needs the reader to click and pay.
  void LinkFamily(const Family& f, std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, f.category);
    bool acts = means_.web_link || means_.form || means_.risky_attachment;
    int weight = 0;
    if (phrases.size() >= 2 && acts) weight = 26;
    else if (phrases.size() >= 2) weight = 16;
    else if (phrases.size() == 1 && acts) weight = 10;
    if (weight == 0) return;
    if (acts && (means_.risky_link || ctx_.hits.Any("payment_request"))) weight += 4;
    if (means_.brand_own_site) weight = std::min(weight, kBrandOwnSiteWeight);
    Evidence e;
    std::string en, fr;
    AddLinkMeans(e, en, fr);
    if (means_.brand_own_site) {
      e.emplace_back("sender", "an authenticated known brand whose links stay on its own sites");
      en += ", although from a known brand's authenticated address that links only to its own sites";
      fr += ", mais depuis l'adresse authentifiée d'une marque connue dont les liens restent sur ses propres sites";
    }
    EmitFamily(f, weight, phrases, std::move(e), en, fr, out);
  }

  // Long stories with no link: the contact is the means. A fortune named
  // in the story ("USD 4.5 million") is told as one more of its phrases.
  void AdvanceFee(std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, kAdvanceFee.category);
    if (phrases.empty()) return;
    const std::string stranger =
        !means_.stranger.empty() || means_.web_link ? means_.stranger : WrittenStrangerAddress(ctx_);
    bool contact = !means_.phones.empty() || means_.web_link || means_.attachment || !means_.wallets.empty() ||
                   !stranger.empty();
    // A phrase that already names the sum ("inheritance of $4.5 million")
    // is not told twice.
    const bool sum_in_phrase = std::any_of(phrases.begin(), phrases.end(), [](const std::string& p) {
      return p.find_first_of("0123456789") != std::string::npos;
    });
    const std::string fortune = sum_in_phrase ? "" : LargeSumIn(ctx_);
    const std::size_t told = phrases.size() + (fortune.empty() ? 0 : 1);
    // One phrase with a stranger's mailbox to answer is the short opener
    // ("a noble proposal for you, reply to ..."): more than a phrase beside
    // a phone number or a link, which a solicitor's letter also has.
    int weight = told >= 3 ? 28 : told == 2 ? 20 : !stranger.empty() ? kOpenerWeight : contact ? 8 : 0;
    if (weight == 0) return;
    Evidence e;
    std::string en, fr;
    if (!fortune.empty()) {
      e.emplace_back("sum", fortune);
      en += ", naming a fortune (" + QuoteEn(fortune) + ")";
      fr += ", avec une fortune à la clé (" + QuoteFr(fortune) + ")";
    }
    if (!stranger.empty() && told == 1) {
      e.emplace_back("reply address", stranger);
      en += ", to be answered at a free or unrelated mailbox (" + stranger + ")";
      fr += ", avec une réponse attendue dans une boîte gratuite ou sans rapport (" + stranger + ")";
    }
    if (!stranger.empty() && told >= 2) {
      weight += 8;
      e.emplace_back("reply address", stranger);
      en += ", and answers go to a free or unrelated mailbox (" + stranger + ")";
      fr += ", et les réponses partent vers une boîte gratuite ou sans rapport (" + stranger + ")";
    }
    AddPhones(e, en, fr);
    EmitFamily(kAdvanceFee, weight, phrases, std::move(e), en, fr, out);
  }

  void Extortion(std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, kExtortion.category);
    if (phrases.empty()) return;
    bool crypto = ctx_.hits.Any("crypto") || ctx_.subject_hits.Any("crypto");
    bool wallet = !means_.wallets.empty();
    int weight = 0;
    if (wallet && crypto) weight = 35;
    else if (wallet || (phrases.size() >= 2 && crypto)) weight = 28;
    else if (phrases.size() >= 2) weight = 16;
    if (weight == 0) return;
    Evidence e;
    std::string en, fr;
    std::vector<std::string> payment = PhrasesOf(ctx_, "crypto");
    if (!payment.empty()) e.emplace_back("payment wording", payment.front());
    AddWallets(e, en, fr);
    EmitFamily(kExtortion, weight, phrases, std::move(e), en, fr, out);
  }

  // The call-back lure tells of a charge ("Compra de R$1.499,99", "your
  // order of $499.99", an invoice), disowns it for the reader ("caso não
  // reconheça") and gives a number to cancel it. A bank's genuine alert from its own authenticated
  // address, linking only to its own sites, says the same: shown, capped.
  void Callback(std::vector<Signal>& out) const {
    std::vector<std::string> phrases;
    if (!OnlyInHelpLines(ctx_.hits) || ctx_.subject_hits.Any(kCallback.category))
      phrases = PhrasesOf(ctx_, kCallback.category);
    const std::vector<std::string> disowned = PhrasesOf(ctx_, kUnrecognised);
    phrases.insert(phrases.end(), disowned.begin(), disowned.end());
    const std::vector<PhoneNumber>& phones = means_.callback_phones;
    if (phrases.empty() || phones.empty()) return;
    bool billing = ctx_.hits.Any("invoice") || ctx_.hits.Any("payment_request") ||
                   ctx_.subject_hits.Any("invoice");
    const std::string charge = billing || disowned.empty() ? "" : FirstSumIn(ctx_);
    bool toll_free = std::any_of(phones.begin(), phones.end(), [](const PhoneNumber& p) { return p.toll_free; });
    int weight = billing || !charge.empty() ? 28 : 14;
    if (toll_free || phrases.size() >= 2) weight += 4;
    const bool own_brand = BrandSpeaksFromItsOwnAddress();
    if (own_brand) weight = std::min(weight, kBrandOwnSiteWeight);
    Evidence e;
    std::string en, fr;
    if (!charge.empty()) {
      e.emplace_back("sum", charge);
      en += ", about a charge of " + QuoteEn(charge);
      fr += ", à propos d'un débit de " + QuoteFr(charge);
    }
    for (const PhoneNumber& p : phones) e.emplace_back("phone number", p.text);
    en += ", and gives a phone number to call (" + phones.front().text + ")";
    fr += ", et donne un numéro de téléphone à appeler (" + phones.front().text + ")";
    if (own_brand) {
      e.emplace_back("sender", "an authenticated known brand whose links stay on its own sites");
      en += ", although from a known brand's authenticated address";
      fr += ", mais depuis l'adresse authentifiée d'une marque connue";
    }
    EmitFamily(kCallback, weight, phrases, std::move(e), en, fr, out);
    if (!own_brand && (billing || !charge.empty() || ReceiptFromFreeMailbox())) BillingFromStranger(out);
  }

  // A receipt with a sum ("order summary ... amount charged $498") sent
  // from a free webmail mailbox: no vendor bills from one. From a shop's
  // own domain, or behind a Reply-To elsewhere (ESPs do that), a receipt
  // with a number to call is ordinary.
  bool ReceiptFromFreeMailbox() const {
    const std::string& from_domain = ctx_.message.from.registrable_domain;
    if (from_domain.empty() || !ctx_.knowledge.IsFreemail(from_domain)) return false;
    if (!ctx_.hits.Any(kReceipt) && !ctx_.subject_hits.Any(kReceipt)) return false;
    return !FirstSumIn(ctx_).empty();
  }

  // A software vendor or shop bills from its own domain; an order or
  // renewal with a number to call, sent from a personal mailbox or answered
  // elsewhere, is the caller's own. That is who sends it, not what it says:
  // a sender_mismatch signal beside fraud.callback.
  void BillingFromStranger(std::vector<Signal>& out) const {
    if (means_.stranger.empty()) return;
    Signal s;
    s.id = "sender.billing_stranger";
    s.sign = Sign::kSenderMismatch;
    s.weight = 16;
    s.evidence.emplace_back("reply address", means_.stranger);
    s.explanation_en = "An order or renewal charge with a number to call comes from, or is answered by, a free "
                       "or unrelated mailbox (" + means_.stranger + "): a real vendor bills from its own domain.";
    s.explanation_fr = "Une commande ou un renouvellement facturé, avec un numéro à appeler, vient d'une boîte "
                       "gratuite ou sans rapport, ou y renvoie les réponses (" + means_.stranger +
                       ") : un vrai fournisseur facture depuis son propre domaine.";
    out.push_back(std::move(s));
  }

  // An authenticated known brand with no link, or links only to its sites.
  // A personal mailbox on a brand's webmail (gmail.com) is not the brand.
  bool BrandSpeaksFromItsOwnAddress() const {
    const SenderRelation& relation = *ctx_.sender_relation;
    if (relation.from_domain().empty() || ctx_.knowledge.IsFreemail(relation.from_domain())) return false;
    if (means_.web_link) return means_.brand_own_site;
    return relation.from_authenticated() && ctx_.knowledge.brands().BrandOfDomain(relation.from_domain()) != nullptr;
  }

  // A real invoice comes from the supplier's own site; a lure comes with an
  // HTML attachment or a link to a file share, form or free host.
  void Invoice(std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, kInvoice.category);
    if (phrases.empty()) return;
    bool shared = ctx_.hits.Any("document_share") && means_.web_link;
    bool risky = means_.risky_attachment || means_.risky_link || shared;
    int weight = 0;
    if (risky) weight = phrases.size() >= 2 ? 24 : 18;
    else if (phrases.size() >= 2 && (means_.web_link || means_.attachment)) weight = 5;
    if (weight == 0) return;
    Evidence e;
    std::string en, fr;
    if (means_.risky_link) {
      e.emplace_back("link", "free hosting, file share, form or shortener");
      en += ", with a link to a file-sharing, form or free hosting site";
      fr += ", avec un lien vers un site de partage de fichiers, de formulaires ou d'hébergement gratuit";
    }
    if (means_.risky_attachment) {
      e.emplace_back("attachment", "HTML or executable");
      en += ", and an attachment that is a web page or a program rather than a document";
      fr += ", et une pièce jointe qui est une page web ou un programme plutôt qu'un document";
    }
    EmitFamily(kInvoice, weight, phrases, std::move(e), en, fr, out);
  }

  void Investment(std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, kInvestment.category);
    if (phrases.empty()) return;
    bool crypto = ctx_.hits.Any("crypto") || !means_.wallets.empty();
    bool contact = means_.web_link || !means_.phones.empty() || crypto;
    int weight = 0;
    if (phrases.size() >= 2) weight = contact ? 24 : 16;
    else if (!means_.wallets.empty()) weight = 16;
    else if (contact) weight = 8;
    if (weight == 0) return;
    Evidence e;
    std::string en, fr;
    AddWallets(e, en, fr);
    if (means_.wallets.empty()) AddLinkMeans(e, en, fr);
    EmitFamily(kInvestment, weight, phrases, std::move(e), en, fr, out);
  }

  void Payment(std::vector<Signal>& out) const {
    std::vector<std::string> phrases = PhrasesOf(ctx_, kPayment.category);
    if (phrases.empty() || !(means_.web_link || means_.form)) return;
    int weight = phrases.size() >= 2 ? 14 : 7;
    if (means_.risky_link || means_.form) weight += 4;
    Evidence e;
    std::string en, fr;
    AddLinkMeans(e, en, fr);
    EmitFamily(kPayment, weight, phrases, std::move(e), en, fr, out);
  }

  const ScanContext& ctx_;
  Means means_;
};

// Most messages name no scam at all; they skip the wallet and phone search.
bool HasFraudWording(const ScanContext& ctx) {
  for (const Family* f : {&kPrize, &kParcel, &kToll, &kAdvanceFee, &kExtortion, &kCallback, &kInvoice, &kInvestment,
                          &kPayment})
    if (ctx.hits.Any(f->category) || ctx.subject_hits.Any(f->category)) return true;
  return ctx.hits.Any(kUnrecognised);
}

class FraudLureDetector : public Detector {
 public:
  std::string_view name() const override { return "fraud_lure"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (HasFraudWording(ctx)) FraudReview(ctx).Run(out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeFraudLureDetector() { return std::make_unique<FraudLureDetector>(); }

}  // namespace phishscan
