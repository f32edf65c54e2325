#include "detect/call_to_action.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/text.h"
#include "detect/explanation_text.h"

namespace phishscan {
namespace {

// A call to action is a button or a few words, not a sentence.
constexpr std::size_t kMaxCtaBytes = 60;
constexpr std::size_t kMaxCtaWords = 6;

// First words of short anchors that ask the reader to act on an account or a
// payment ("Log in", "Vérifier", "Jetzt bestätigen"). Generic verbs such as
// "view" or "read" are left out: newsletters use them for ordinary links.
bool StartsWithAccountVerb(std::string_view normalized) {
  static constexpr std::string_view kVerbs[] = {
      // en
      "log", "login", "sign", "signin", "verify", "confirm", "validate", "update", "unlock", "restore",
      "reactivate", "activate", "authenticate", "secure", "reset", "claim", "pay",
      // fr
      "connexion", "connectez-vous", "vérifier", "vérifiez", "confirmer", "confirmez", "valider", "validez",
      "débloquer", "réactiver", "payer", "réclamer",
      // de
      "anmelden", "einloggen", "bestätigen", "verifizieren", "aktualisieren", "entsperren", "bezahlen", "jetzt",
      // es, pt
      "iniciar", "acceder", "verificar", "confirmar", "actualizar", "desbloquear", "pagar", "reclamar", "entrar",
      "acessar", "acesse", "atualizar", "resgatar",
      // nl, it
      "inloggen", "bevestigen", "verifiëren", "betalen", "accedi", "verifica", "conferma", "aggiorna", "sblocca",
      "paga"};
  std::string_view first = normalized.substr(0, normalized.find(' '));
  while (!first.empty() && !std::isalnum(static_cast<unsigned char>(first.back())) &&
         static_cast<unsigned char>(first.back()) < 0x80)
    first.remove_suffix(1);
  return std::find(std::begin(kVerbs), std::end(kVerbs), first) != std::end(kVerbs);
}

}  // namespace

bool IsCallToAction(const Link& link, const PhraseMatcher& phrases, bool presented_as_another_brand) {
  if (link.shown_url) return false;
  std::string text = DisplayText(link.text, 4 * kMaxCtaBytes);
  if (text.empty() || text.size() > 2 * kMaxCtaBytes) return false;
  std::size_t words = 1 + std::count(text.begin(), text.end(), ' ');
  if (words > 2 * kMaxCtaWords) return false;
  std::string normalized = NormalizeText(text);
  for (const PhraseMatch& m : phrases.Match(normalized)) {
    const std::string& category = phrases.phrases()[m.phrase_index].category;
    // "Click here to release your parcel" is a sentence, but still a button.
    if (category == "call_to_action") return true;
    if (words <= kMaxCtaWords && (category == "credential_request" || category == "document_share" ||
                                  category == "payment_request"))
      return true;
  }
  if (text.size() > kMaxCtaBytes || words > kMaxCtaWords) return false;
  if (StartsWithAccountVerb(normalized)) return true;
  // Any short anchor of a message that presents itself as a brand (sender
  // name, subject, copyright line), leading off the brand's domains ("Get
  // started" in a mail whose subject says "[Kraken]").
  if (words <= 4 && presented_as_another_brand) return true;
  // A button written in capitals ("AUTHENTICATE IMAP", "VERIFY NOW"), not a
  // product code ("BOSE LS122BK").
  std::size_t letters = 0;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 4 && words >= 2 && words <= 4;
}

}  // namespace phishscan
