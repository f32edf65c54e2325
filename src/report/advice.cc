// What to do, following the seed document: never enter credentials from such
// a link; whoever did changes the password at once (and wherever it was
// reused) and reviews the account's recent activity; someone who did not
// interact can simply delete the message.
#include "phishscan/report.h"

namespace phishscan {
namespace {

constexpr std::string_view kPhishingEn =
    "Do not click its links or open its attachments, and do not enter anything on a page "
    "it leads to. If you already entered your password, change it at once - on the real "
    "site, with its address typed by hand - and everywhere you reused it, then review the "
    "account's recent activity (sign-ins, forwarding rules, recovery settings). Report the "
    "message to your IT or security team; otherwise just delete it.";

constexpr std::string_view kSuspiciousEn =
    "Do not click its links or open its attachments, and do not enter anything. Before "
    "acting on it, check with the supposed sender through a channel you already know (their "
    "website typed by hand, a phone number you already have), never with the contact details "
    "in the message. If you already entered your password, change it at once - on the real "
    "site, with its address typed by hand - and everywhere you reused it, then review the "
    "account's recent activity (sign-ins, forwarding rules, recovery settings). Report the "
    "message to your IT or security team; otherwise just delete it.";

constexpr std::string_view kCleanEn =
    "No sign of phishing was found. Stay careful with unexpected requests.";

constexpr std::string_view kPhishingFr =
    "Ne cliquez pas sur ses liens, n'ouvrez pas ses pièces jointes et ne saisissez rien sur "
    "les pages vers lesquelles il renvoie. Si vous avez déjà saisi votre mot de passe, "
    "changez-le immédiatement - sur le vrai site, en tapant son adresse vous-même - ainsi que "
    "partout où vous l'avez réutilisé, puis vérifiez l'activité récente du compte "
    "(connexions, règles de transfert, options de récupération). Signalez le message à votre "
    "service informatique ou de sécurité ; sinon, supprimez-le simplement.";

constexpr std::string_view kSuspiciousFr =
    "Ne cliquez pas sur ses liens, n'ouvrez pas ses pièces jointes et ne saisissez rien. "
    "Avant d'y donner suite, vérifiez auprès de l'expéditeur supposé par un moyen que vous "
    "connaissez déjà (son site tapé à la main, un numéro de téléphone que vous avez déjà), "
    "jamais avec les coordonnées données dans le message. Si vous avez déjà saisi votre mot "
    "de passe, changez-le immédiatement - sur le vrai site, en tapant son adresse vous-même - "
    "ainsi que partout où vous l'avez réutilisé, puis vérifiez l'activité récente du compte "
    "(connexions, règles de transfert, options de récupération). Signalez le message à votre "
    "service informatique ou de sécurité ; sinon, supprimez-le simplement.";

constexpr std::string_view kCleanFr =
    "Aucun signe d'hameçonnage n'a été trouvé. Restez vigilant face aux demandes inattendues.";

}  // namespace

std::string_view Advice(Label label, Lang lang) {
  const bool fr = lang == Lang::kFr;
  switch (label) {
    case Label::kPhishing:
      return fr ? kPhishingFr : kPhishingEn;
    case Label::kSuspicious:
      return fr ? kSuspiciousFr : kSuspiciousEn;
    case Label::kClean:
      return fr ? kCleanFr : kCleanEn;
  }
  return fr ? kCleanFr : kCleanEn;
}

}  // namespace phishscan
