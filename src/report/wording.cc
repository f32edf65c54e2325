// Headings say what the sign means for the reader, not how it was detected.
#include "report/wording.h"

namespace phishscan {
namespace {

struct Words {
  std::string_view en;
  std::string_view fr;
};

Words SignWords(Sign sign) {
  switch (sign) {
    case Sign::kSenderMismatch:
      return {"The sender is not who it claims to be",
              "L'expéditeur n'est pas celui qu'il prétend être"};
    case Sign::kGenericWording:
      return {"Generic wording", "Formulation générique"};
    case Sign::kCredentialRequest:
      return {"It asks for your password or credentials",
              "Il demande votre mot de passe ou vos identifiants"};
    case Sign::kDeceptiveLink:
      return {"Links lead somewhere else than they show",
              "Les liens mènent ailleurs que ce qu'ils affichent"};
    case Sign::kUrgency:
      return {"Urgency and threats", "Urgence et menaces"};
    case Sign::kFraudLure:
      return {"A scam lure: prize, payment, invoice or blackmail",
              "Un appât d'escroquerie : gain, paiement, facture ou chantage"};
    case Sign::kAuthentication:
      return {"The sending server could not be verified (SPF, DKIM, DMARC)",
              "Le serveur d'envoi n'a pas pu être vérifié (SPF, DKIM, DMARC)"};
    case Sign::kAttachment:
      return {"Risky attachments", "Pièces jointes à risque"};
    case Sign::kStructure:
      return {"The message itself is unusual", "Le message lui-même est inhabituel"};
  }
  return {"The message itself is unusual", "Le message lui-même est inhabituel"};
}

Words LabelWords(Label label) {
  switch (label) {
    case Label::kPhishing:
      return {"PHISHING", "HAMEÇONNAGE"};
    case Label::kSuspicious:
      return {"SUSPICIOUS", "SUSPECT"};
    case Label::kClean:
      return {"CLEAN", "SAIN"};
  }
  return {"CLEAN", "SAIN"};
}

std::string_view Pick(Words words, Lang lang) { return lang == Lang::kFr ? words.fr : words.en; }

}  // namespace

std::string_view VerdictWord(Label label, Lang lang) { return Pick(LabelWords(label), lang); }

std::string_view SignHeading(Sign sign, Lang lang) { return Pick(SignWords(sign), lang); }

std::string_view SignalExplanation(const Signal& signal, Lang lang) {
  const Lang other = lang == Lang::kFr ? Lang::kEn : Lang::kFr;
  if (!signal.Explanation(lang).empty()) return signal.Explanation(lang);
  if (!signal.Explanation(other).empty()) return signal.Explanation(other);
  return signal.id;
}

}  // namespace phishscan
