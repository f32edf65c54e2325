// A verdict shaped like the seed's lure, with one signal per sign, shared by
// the report tests.
#ifndef PHISHSCAN_REPORT_REPORT_TEST_SUPPORT_H_
#define PHISHSCAN_REPORT_REPORT_TEST_SUPPORT_H_

#include <string>

#include "detect/make_signal.h"
#include "phishscan/verdict.h"

namespace phishscan {

// Signals of every sign, listed strongest first as the scorer does.
inline Verdict LureVerdict() {
  Verdict v;
  v.source = "samples/lure.eml";
  v.label = Label::kPhishing;
  v.score = 97;
  v.message = {"\"Webmail Support\" <support@mail-host.example>", "user@corp.example",
               "Update Internet Message Access Protocol", "Tue, 18 Nov 2025 07:41:58 +0100",
               "<abc@mail-host.example>"};
  v.signals = {
      MakeSignal("links.cta_unrelated_domain", Sign::kDeceptiveLink, 30,
                 {{"text", "AUTHENTICATE IMAP"}, {"host", "imap-portal.pages.example"}},
                 "The button leads to imap-portal.pages.example, unrelated to the sender.",
                 "Le bouton mène à imap-portal.pages.example, sans rapport avec l'expéditeur."),
      MakeSignal("sender.display_name_brand", Sign::kSenderMismatch, 25,
                 {{"header", "From"}, {"domain", "mail-host.example"}},
                 "The sender claims to be webmail support but writes from mail-host.example.",
                 "L'expéditeur se dit support webmail mais écrit depuis mail-host.example."),
      MakeSignal("credentials.password_prompt", Sign::kCredentialRequest, 25,
                 {{"phrase", "re-enter your email account password"}},
                 "It asks you to re-enter your password through a link.",
                 "Il vous demande de ressaisir votre mot de passe via un lien."),
      MakeSignal("links.second_host", Sign::kDeceptiveLink, 10, {{"host", "other.example"}},
                 "A second link also leaves the sender's domain.",
                 "Un second lien quitte aussi le domaine de l'expéditeur."),
      MakeSignal("urgency.access_loss", Sign::kUrgency, 15, {{"phrase", "regain access"}},
                 "It threatens loss of access.", "Il menace de couper l'accès."),
      MakeSignal("wording.no_name", Sign::kGenericWording, 10, {{"greeting", "none"}},
                 "The recipient is never named.", "Le destinataire n'est jamais nommé."),
      MakeSignal("lure.invoice", Sign::kFraudLure, 10, {{"phrase", "unpaid invoice"}},
                 "It mentions an unpaid invoice.", "Il parle d'une facture impayée."),
      MakeSignal("auth.spf_softfail", Sign::kAuthentication, 10, {{"spf", "softfail"}},
                 "SPF softfail.", "SPF en échec partiel."),
      MakeSignal("attachment.html_form", Sign::kAttachment, 20, {{"filename", "login.html"}},
                 "The attachment holds a login form.",
                 "La pièce jointe contient un formulaire de connexion."),
      MakeSignal("structure.hidden_text", Sign::kStructure, 5, {{"chars", "120"}},
                 "Part of the text is hidden.", "Une partie du texte est cachée."),
  };
  v.notes = {"mime depth limit reached"};
  return v;
}

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_REPORT_TEST_SUPPORT_H_
