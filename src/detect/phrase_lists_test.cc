// Checks on the shipped phrase lists (data/phrases): they compile, every
// category of data/phrases/README.md has patterns in all seven languages,
// hand-written phishing sentences hit the expected category, and ordinary
// sentences hit nothing.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "detect/phrase_matcher.h"

namespace phishscan {
namespace {

const char* const kLanguages[] = {"en", "fr", "de", "es", "pt", "nl", "it"};

std::string PhrasesDir() { return std::string(PHISHSCAN_SOURCE_DATA_DIR) + "/phrases"; }

// Category names from the README's table: the contract detectors code against.
std::vector<std::string> DocumentedCategories() {
  std::ifstream in(PhrasesDir() + "/README.md");
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| `", 0) != 0) continue;
    std::size_t end = line.find('`', 3);
    if (end != std::string::npos) out.push_back(line.substr(3, end - 3));
  }
  return out;
}

class PhraseListsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto m = PhraseMatcher::LoadDir(PhrasesDir());
    ASSERT_TRUE(m.ok()) << m.status().message();
    matcher_ = std::move(m).value().release();
  }
  static void TearDownTestSuite() { delete matcher_; }

  // Categories hit by a sentence, normalised as the engine would (lower case).
  static std::set<std::string> CategoriesOf(std::string text) {
    for (char& c : text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    std::set<std::string> out;
    for (const PhraseMatch& m : matcher_->Match(text)) out.insert(matcher_->phrases()[m.phrase_index].category);
    return out;
  }
  static const PhraseMatcher* matcher_;
};
const PhraseMatcher* PhraseListsTest::matcher_ = nullptr;

TEST_F(PhraseListsTest, EveryDocumentedCategoryHasPatternsInEveryLanguage) {
  std::vector<std::string> categories = DocumentedCategories();
  ASSERT_GE(categories.size(), 20u);
  std::map<std::string, std::set<std::string>> langs;
  for (const Phrase& p : matcher_->phrases()) langs[p.category].insert(p.lang);
  for (const std::string& c : categories) {
    for (const char* lang : kLanguages) EXPECT_EQ(langs[c].count(lang), 1u) << c << " has no " << lang << " pattern";
  }
  // And no pattern uses a category the README does not document.
  std::set<std::string> documented(categories.begin(), categories.end());
  for (const auto& [category, unused] : langs) EXPECT_EQ(documented.count(category), 1u) << category;
}

// Hyperscan's `\b` is ASCII-only (the matcher cannot use UCP mode, which
// rejects `\b`): beside an accented letter it never matches where a writer
// expects a word boundary.
TEST_F(PhraseListsTest, NoWordBoundaryBesideAnAccentedLetter) {
  for (const Phrase& p : matcher_->phrases()) {
    const std::string& s = p.pattern;
    for (std::size_t i = s.find("\\b"); i != std::string::npos; i = s.find("\\b", i + 2)) {
      bool before = i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0x80;
      bool after = i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) >= 0x80;
      EXPECT_FALSE(before || after) << p.category << " " << p.lang << ": " << s;
    }
  }
}

struct Case {
  const char* category;
  const char* lang;
  const char* text;
};

// Hand-written in the style of real lures: each must hit its category.
const Case kPhishingSentences[] = {
    {"payment_request", "en", "We cannot cancel your payment N05290796"},
    {"payment_request", "fr", "Nous ne pouvons pas annuler votre paiement n° 4471"},
    {"payment_request", "de", "Wir können Ihre Zahlung nicht stornieren"},
    {"payment_request", "es", "No podemos cancelar su pago n.º 4471"},
    {"payment_request", "pt", "Não podemos cancelar o seu pagamento nº 4471"},
    {"payment_request", "nl", "We kunnen uw betaling niet annuleren"},
    {"payment_request", "it", "Non possiamo annullare il tuo pagamento n. 4471"},
    {"greeting_generic", "en", "Dear valued customer,"},
    {"greeting_generic", "en", "Dear Email User, we noticed"},
    {"greeting_generic", "fr", "Cher client, nous avons remarqué"},
    {"greeting_generic", "fr", "Madame, Monsieur, votre dossier"},
    {"greeting_generic", "de", "Sehr geehrter Kunde, wir haben"},
    {"greeting_generic", "de", "Sehr geehrte(r) Nutzer, Ihr Konto"},
    {"greeting_generic", "es", "Estimado cliente: le informamos"},
    {"greeting_generic", "pt", "Prezado cliente, informamos que"},
    {"greeting_generic", "nl", "Beste klant, wij hebben"},
    {"greeting_generic", "nl", "Beste Voorbeeldbank-klant, wij hebben uw rekening beperkt"},
    {"greeting_generic", "nl", "Geachte Voorbeeldbank klant, uw pas verloopt"},
    {"greeting_generic", "it", "Gentile cliente, la informiamo"},
    {"credential_request", "en", "To continue using Online Banking, you must update your records by clicking the link below"},
    {"credential_request", "en", "Please reply to this email with the requested information so we can reach you"},
    {"credential_request", "fr", "Merci de répondre à ce message en nous indiquant vos coordonnées complètes"},
    {"credential_request", "de", "Bitte antworten Sie auf diese E-Mail mit Ihren aktuellen Daten"},
    {"credential_request", "es", "Responda a este correo con sus datos actualizados"},
    {"credential_request", "pt", "Solicitamos que nos envie seu número de telefone atualizado"},
    {"credential_request", "pt", "Pedimos que retorne este e-mail com as informações solicitadas"},
    {"credential_request", "nl", "Beantwoord deze e-mail met uw gegevens om de blokkade op te heffen"},
    {"credential_request", "it", "Rispondi a questa email con i tuoi dati per completare la verifica"},
    {"credential_request", "fr", "Pour continuer à utiliser votre banque en ligne, vous devez mettre à jour vos données"},
    {"credential_request", "de", "Um das Online-Banking weiterhin nutzen zu können, müssen Sie Ihre Daten aktualisieren"},
    {"credential_request", "es", "Para seguir utilizando la banca en línea, debe actualizar sus datos"},
    {"credential_request", "pt", "Para continuar utilizando o Internet Banking, será necessário atualizar seus dados"},
    {"credential_request", "pt", "A atualização deste dispositivo é obrigatória e levará apenas alguns segundos"},
    {"credential_request", "nl", "Om internetbankieren te kunnen blijven gebruiken, moet u uw gegevens bijwerken"},
    {"credential_request", "it", "Per continuare a utilizzare l'home banking è necessario aggiornare i tuoi dati"},
    {"greeting_generic", "en", "Dear Bank of Example customer, we recently reviewed your account"},
    {"greeting_generic", "en", "Dear Example Community Member, it has come to our attention"},
    {"greeting_generic", "en", "Dear respected customer of Example Bank,"},

    {"recipient_generic", "en", "This issue requires users to manually authenticate their IMAP service"},
    {"recipient_generic", "en", "All email users are required to verify their mailbox"},
    {"recipient_generic", "fr", "Tous les utilisateurs doivent valider leur messagerie"},
    {"recipient_generic", "de", "Alle Nutzer müssen ihre Daten bestätigen"},
    {"recipient_generic", "es", "Todos los usuarios deben actualizar su cuenta"},
    {"recipient_generic", "pt", "Todos os usuários devem atualizar o cadastro"},
    {"recipient_generic", "nl", "Alle gebruikers moeten hun account bevestigen"},
    {"recipient_generic", "it", "Tutti gli utenti devono aggiornare i dati"},

    {"credential_request", "en", "review and re-enter your email account password to authenticate the IMAP service"},
    {"credential_request", "en", "ensure that the username and password fields are correctly filled in with your email account credentials"},
    {"credential_request", "en", "Please verify your account to continue"},
    {"credential_request", "en", "Sign in to keep your mailbox active"},
    {"credential_request", "fr", "Veuillez confirmer vos identifiants"},
    {"credential_request", "fr", "saisissez votre mot de passe pour continuer"},
    {"credential_request", "fr", "Merci de mettre à jour vos informations"},
    {"credential_request", "de", "Bitte bestätigen Sie Ihre Identität"},
    {"credential_request", "de", "geben Sie Ihr Passwort erneut ein"},
    {"credential_request", "es", "Verifique su cuenta para evitar"},
    {"credential_request", "es", "ingrese su contraseña en el siguiente enlace"},
    {"credential_request", "pt", "Atualize seus dados cadastrais"},
    {"credential_request", "pt", "confirme sua senha para continuar"},
    {"credential_request", "nl", "Bevestig uw gegevens via de onderstaande link"},
    {"credential_request", "nl", "voer uw wachtwoord opnieuw in"},
    {"credential_request", "it", "Verifica il tuo account entro oggi"},
    {"credential_request", "it", "inserisci la tua password per continuare"},

    {"credential_word", "en", "your password"},
    {"credential_word", "fr", "votre mot de passe"},
    {"credential_word", "de", "Ihr Passwort"},
    {"credential_word", "es", "su contraseña"},
    {"credential_word", "pt", "sua senha"},
    {"credential_word", "nl", "uw wachtwoord"},
    {"credential_word", "it", "le tue credenziali"},

    {"account_problem", "en", "We detected unusual sign-in activity on your account"},
    {"account_problem", "en", "Your account has been limited"},
    {"account_problem", "fr", "Nous avons détecté une activité inhabituelle"},
    {"account_problem", "de", "Ihr Konto wurde vorübergehend gesperrt"},
    {"account_problem", "es", "Hemos detectado actividad sospechosa"},
    {"account_problem", "pt", "Sua conta foi bloqueada temporariamente"},
    {"account_problem", "nl", "We hebben verdachte activiteit gezien"},
    {"account_problem", "it", "Abbiamo rilevato un accesso non autorizzato"},

    {"payment_request", "en", "Please update your payment details"},
    {"payment_request", "fr", "Votre paiement a été refusé, mettez à jour vos informations de paiement"},
    {"payment_request", "de", "Bitte aktualisieren Sie Ihre Zahlungsdaten"},
    {"payment_request", "es", "Actualice sus datos de pago"},
    {"payment_request", "pt", "Atualize seus dados de pagamento"},
    {"payment_request", "nl", "Update uw betaalgegevens"},
    {"payment_request", "it", "Aggiorna i tuoi dati di pagamento"},

    {"urgency_deadline", "en", "You must act within 24 hours"},
    {"urgency_deadline", "fr", "sous 48 heures"},
    {"urgency_deadline", "de", "innerhalb von 24 Stunden"},
    {"urgency_deadline", "es", "dentro de las próximas 24 horas"},
    {"urgency_deadline", "pt", "nas próximas 24 horas"},
    {"urgency_deadline", "nl", "binnen 48 uur"},
    {"urgency_deadline", "it", "entro 24 ore"},

    {"urgency_threat", "en", "Failure to promptly address this issue may result in the following"},
    {"urgency_threat", "en", "Disrupted Email Access: without proper authentication"},
    {"urgency_threat", "en", "to regain access to their emails"},
    {"urgency_threat", "en", "your account will be permanently suspended"},
    {"urgency_threat", "fr", "votre compte sera définitivement supprimé"},
    {"urgency_threat", "fr", "à défaut de mise à jour"},
    {"urgency_threat", "de", "Ihr Konto wird dauerhaft gesperrt"},
    {"urgency_threat", "es", "su cuenta será suspendida"},
    {"urgency_threat", "pt", "sua conta será bloqueada"},
    {"urgency_threat", "nl", "uw account wordt geblokkeerd"},
    {"urgency_threat", "it", "il tuo account sarà sospeso"},
    {"urgency_threat", "en", "We have suspended some of your email services"},
    {"urgency_threat", "en", "Your email account is suspended for security reasons"},
    {"urgency_threat", "fr", "Votre compte a été temporairement suspendu"},
    {"urgency_threat", "de", "Ihr Konto wurde vorübergehend gesperrt"},
    {"urgency_threat", "es", "Su cuenta ha sido suspendida"},
    {"urgency_threat", "pt", "Sua conta foi bloqueada"},
    {"urgency_threat", "nl", "Uw rekening is tijdelijk geblokkeerd"},
    {"urgency_threat", "it", "Il tuo account è stato sospeso"},
    {"urgency_threat", "en", "as a preventive measure we have temporary limited your access to sensitive features"},
    {"urgency_threat", "en", "Your account access has been limited until we hear from you"},
    {"urgency_threat", "en", "Your online banking access has been restricted until your records are updated"},
    {"urgency_threat", "en", "Not doing so will result in the permanent closure of your online account."},
    {"urgency_threat", "en", "if we do not receive the verification within 48 hours, we will deactivate your account"},
    {"urgency_threat", "fr", "sans réponse sous 48 heures, nous serons contraints de suspendre votre compte"},
    {"urgency_threat", "de", "Ohne Bestätigung werden wir Ihr Konto vorsorglich sperren"},
    {"urgency_threat", "es", "De lo contrario, nos veremos obligados a suspender su cuenta"},
    {"urgency_threat", "pt", "Sem a confirmação, seremos obrigados a bloquear sua conta"},
    {"urgency_threat", "nl", "Zonder bevestiging zullen wij uw rekening tijdelijk blokkeren"},
    {"urgency_threat", "it", "Senza conferma saremo costretti a sospendere il tuo conto"},
    {"urgency_threat", "fr", "Votre compte a été temporairement limité"},
    {"urgency_threat", "es", "Su cuenta ha sido limitada temporalmente"},
    {"urgency_threat", "es", "Hemos limitado el acceso a su cuenta"},
    {"urgency_threat", "pt", "Sua conta foi limitada por medida de segurança"},
    {"urgency_threat", "pt", "Limitamos temporariamente o acesso à sua conta"},
    {"urgency_threat", "en", "Your photos and videos will be deleted"},
    {"urgency_threat", "fr", "Vos photos et vidéos seront supprimées demain"},
    {"urgency_threat", "de", "Ihre Fotos und Videos werden endgültig gelöscht"},
    {"urgency_threat", "es", "Último aviso: tus fotos y vídeos serán eliminados"},
    {"urgency_threat", "pt", "suas fotos e vídeos serão excluídos"},
    {"urgency_threat", "nl", "uw foto's en video's worden verwijderd"},
    {"urgency_threat", "it", "le tue foto e video saranno eliminati"},
    {"account_problem", "en", "We've blocked your account!"},
    {"account_problem", "fr", "Nous avons suspendu votre compte"},
    {"account_problem", "de", "Wir haben Ihr Konto vorübergehend gesperrt"},
    {"account_problem", "es", "Hemos bloqueado tu cuenta"},
    {"account_problem", "pt", "Bloqueamos temporariamente sua conta"},

    {"mail_service", "en", "the IMAP (Internet Message Access Protocol) authentication process for your email account"},
    {"mail_service", "en", "Your mailbox is almost full"},
    {"mail_service", "en", "You have 7 pending messages"},
    {"mail_service", "fr", "Votre boîte mail est pleine"},
    {"mail_service", "fr", "vous avez 5 messages en attente"},
    {"mail_service", "de", "Ihr Postfach ist fast voll"},
    {"mail_service", "es", "Su buzón está lleno"},
    {"mail_service", "pt", "Sua caixa de entrada está cheia"},
    {"mail_service", "nl", "Uw mailbox is bijna vol"},
    {"mail_service", "it", "La tua casella di posta è piena"},

    {"call_to_action", "en", "AUTHENTICATE IMAP"},
    {"call_to_action", "en", "Click here"},
    {"call_to_action", "fr", "Cliquez ici"},
    {"call_to_action", "de", "Jetzt bestätigen"},
    {"call_to_action", "es", "Haga clic aquí"},
    {"call_to_action", "pt", "Clique aqui"},
    {"call_to_action", "nl", "Klik hier"},
    {"call_to_action", "it", "Clicca qui"},

    {"document_share", "en", "John has shared a document with you"},
    {"document_share", "fr", "Marie vous a partagé un document"},
    {"document_share", "de", "Anna hat ein Dokument mit Ihnen geteilt"},
    {"document_share", "es", "Juan ha compartido un documento"},
    {"document_share", "pt", "Ana compartilhou um documento"},
    {"document_share", "nl", "Jan heeft een document met u gedeeld"},
    {"document_share", "it", "Luca ha condiviso un documento"},

    {"prize", "en", "Congratulations! You have been selected to receive a reward"},
    {"prize", "fr", "Vous avez été sélectionné pour une carte cadeau"},
    {"prize", "de", "Herzlichen Glückwunsch, Sie haben gewonnen"},
    {"prize", "es", "Reclame su premio hoy"},
    {"prize", "pt", "Resgate seus pontos antes que expirem"},
    {"prize", "nl", "Gefeliciteerd, claim uw prijs"},
    {"prize", "it", "Congratulazioni, hai vinto"},

    {"parcel_fee", "en", "Your parcel is on hold until the customs fee is paid"},
    {"parcel_fee", "fr", "Votre colis est en attente, des frais de livraison sont dus"},
    {"parcel_fee", "de", "Ihr Paket konnte nicht zugestellt werden, Zollgebühren"},
    {"parcel_fee", "es", "Su paquete está retenido por gastos de envío"},
    {"parcel_fee", "pt", "Sua encomenda está retida, pague a taxa alfandegária"},
    {"parcel_fee", "nl", "Uw pakket kon niet worden bezorgd"},
    {"parcel_fee", "it", "Il tuo pacco è in giacenza"},

    {"toll_fine", "en", "You have an unpaid toll balance"},
    {"toll_fine", "fr", "Avis de contravention : amende forfaitaire"},
    {"toll_fine", "de", "Sie haben eine offene Mautgebühr"},
    {"toll_fine", "es", "Tiene una multa de tráfico pendiente"},
    {"toll_fine", "pt", "Você possui multas de trânsito em aberto"},
    {"parcel_fee", "pt", "Seu pedido foi temporariamente bloqueado pela alfândega"},
    {"parcel_fee", "pt", "sua encomenda está temporariamente retida pela Receita Federal"},
    {"parcel_fee", "pt", "pendência no pagamento de taxas alfandegárias"},
    {"parcel_fee", "en", "Your parcel is being held by customs until the duty is paid"},
    {"toll_fine", "pt", "Infração de trânsito cometida e não contestada"},
    {"toll_fine", "pt", "evite a suspensão da sua CNH"},
    {"urgency_threat", "pt", "Sua carteira de motorista está prestes a ser suspensa"},
    {"toll_fine", "nl", "U heeft recht op een teruggave van belasting"},
    {"toll_fine", "it", "Hai un pedaggio non pagato"},
    {"legal_summons", "en", "A lawsuit has been filed against you; download the court summons"},
    {"romance_adult", "en", "Presently I'm looking for a kind guy from the United States"},
    {"romance_adult", "en", "I am going to send You my photos!"},
    {"romance_adult", "en", "I'm a lonely 28 years old loyal girl in Ukraine"},
    {"private_reply", "en", "It's my e-mail for response"},
    {"private_reply", "en", "Please reply to my private email"},
    {"private_reply", "fr", "Écrivez-moi à cette adresse"},
    {"private_reply", "de", "Schreiben Sie mir an meine private E-Mail"},
    {"private_reply", "es", "Escríbeme a mi correo privado"},
    {"private_reply", "pt", "Me responda no meu e-mail particular"},
    {"private_reply", "nl", "Schrijf me op mijn privé e-mail"},
    {"private_reply", "it", "Scrivimi alla mia email privata"},
    {"private_reply", "en", "Please send your application by e-mail to"},
    {"private_reply", "en", "Hi dear, reply me"},
    {"private_reply", "en", "How old are you? Write at"},
    {"private_reply", "fr", "Envoyez votre demande par e-mail à"},
    {"private_reply", "de", "Senden Sie Ihre Anfrage per E-Mail an"},
    {"private_reply", "es", "Envíe su solicitud por correo electrónico a"},
    {"private_reply", "pt", "Envie um e-mail de confirmação para"},
    {"private_reply", "pt", "envie sua consulta e inscrição por e-mail para"},
    {"private_reply", "nl", "Stuur uw aanvraag per e-mail naar"},
    {"private_reply", "it", "Invia la tua richiesta via e-mail a"},
    {"health_miracle", "de", "Nehmen Sie weiter ab mit Keto Power X"},
    {"health_miracle", "en", "Try KetoPlus today"},
    {"advance_fee", "en", "You have been randomly selected to receive a donation of $1,500,000"},
    {"advance_fee", "en", "a cheque which my late sister left in my custody on your behalf before her demise"},
    {"advance_fee", "fr", "Vous avez été sélectionné pour recevoir un don de notre fondation"},
    {"advance_fee", "de", "Sie wurden ausgewählt, eine Spende unserer Stiftung zu erhalten"},
    {"advance_fee", "es", "Usted ha sido seleccionado para recibir una donación"},
    {"advance_fee", "pt", "como um presente de caridade para receber uma doação da fundação"},
    {"advance_fee", "nl", "U bent geselecteerd om een donatie te ontvangen"},
    {"advance_fee", "it", "Sei stato selezionato per ricevere una donazione"},
    {"prize", "en", "ANSWER & WIN: you have been selected"},
    {"prize", "fr", "Répondez et gagnez un kit de secours"},
    {"prize", "de", "ANTWORTEN & GEWINNEN Sie wurden ausgewählt"},
    {"prize", "es", "Responde y gana un kit de emergencia"},
    {"prize", "pt", "Responda e ganhe um kit de emergência"},
    {"prize", "nl", "Antwoord en win een noodpakket"},
    {"prize", "it", "Rispondi e vinci un kit di emergenza"},
    {"advance_fee", "fr", "Mon défunt mari a déposé la somme de 4 000 000 €"},
    {"advance_fee", "de", "Mein verstorbener Ehemann hat 4.000.000 € hinterlegt"},
    {"advance_fee", "es", "Mi difunto esposo depositó la suma de 4.000.000 €"},
    {"advance_fee", "pt", "Quando o meu falecido marido era vivo, ele depositou a quantia"},
    {"advance_fee", "nl", "Mijn overleden echtgenoot heeft 4.000.000 euro gestort"},
    {"advance_fee", "it", "Il mio defunto marito ha depositato la somma di 4.000.000 €"},
    {"advance_fee", "en", "your confirmable draft worth of $7,500,000"},
    {"advance_fee", "en", "I registered it with a trusted courier service"},
    {"advance_fee", "pt", "sua incapacidade de pagar as taxas de transferência"},
    {"unclaimed_funds", "en", "initiate a payment to your Bitcoin address"},
    {"unclaimed_funds", "fr", "lancez le paiement vers votre adresse bitcoin"},
    {"unclaimed_funds", "de", "starten Sie die Zahlung an Ihre Bitcoin-Adresse"},
    {"unclaimed_funds", "es", "inicie el pago a su billetera de bitcoin"},
    {"unclaimed_funds", "pt", "inicie o pagamento para o seu endereço de bitcoin"},
    {"unclaimed_funds", "nl", "start de betaling naar uw bitcoin-adres"},
    {"unclaimed_funds", "it", "avvia il pagamento al tuo indirizzo bitcoin"},
    {"romance_adult", "en", "Your Ukrainian girl is waiting for you"},
    {"romance_adult", "en", "Meet senior singles near you"},
    {"romance_adult", "en", "Don't spend Saturday night alone - Meet-Seniors"},
    {"romance_adult", "fr", "Votre âme sœur ukrainienne vous attend"},
    {"romance_adult", "fr", "Des femmes ukrainiennes vous attendent"},
    {"romance_adult", "de", "Deine Traumfrau aus Kiew wartet auf dich"},
    {"romance_adult", "de", "Die schönste russische Schönheit"},
    {"romance_adult", "es", "Tu chica ucraniana te está esperando"},
    {"romance_adult", "pt", "Sua garota ucraniana está esperando por você"},
    {"romance_adult", "nl", "Jouw soulmate wacht"},
    {"romance_adult", "nl", "Beste Russische schoonheid"},
    {"romance_adult", "nl", "Ontmoet charmante Oekraiense vrouwen"},
    {"romance_adult", "it", "La tua ragazza ucraina ti sta aspettando"},
    {"romance_adult", "en", "New private message from your Ukrainian girl"},
    {"romance_adult", "fr", "Nouveau message privé de ta jolie fille ukrainienne"},
    {"romance_adult", "de", "Lerne eine hübsche ukrainische Schönheit kennen"},
    {"romance_adult", "es", "Nuevo mensaje privado de tu chica ucraniana"},
    {"romance_adult", "pt", "Nova mensagem privada da sua namorada russa"},
    {"romance_adult", "nl", "Nieuw privébericht van je Oekraïense meisje"},
    {"romance_adult", "nl", "Maak vandaag kennis met een Oekraïens meisje"},
    {"romance_adult", "it", "Nuovo messaggio privato dalla tua ragazza ucraina"},
    {"romance_adult", "en", "Lisa wants to suck your lollipop tonight"},
    {"romance_adult", "en", "Hungry Mia is eager to have sex with you"},
    {"romance_adult", "en", "Have sex today."},
    {"romance_adult", "fr", "Julie a envie de coucher avec toi"},
    {"romance_adult", "de", "Sandra will dich ficken"},
    {"romance_adult", "es", "Laura quiere acostarse contigo esta noche"},
    {"romance_adult", "pt", "Carla quer transar com você hoje"},
    {"romance_adult", "nl", "Sanne wil met je neuken"},
    {"romance_adult", "it", "Giulia vuole fare sesso con te"},
    {"romance_adult", "en", "Naughty profiles"},
    {"romance_adult", "fr", "Profils coquins"},
    {"romance_adult", "de", "Heiße Profile"},
    {"romance_adult", "es", "Perfiles calientes"},
    {"romance_adult", "pt", "Perfis quentes"},
    {"romance_adult", "nl", "Sexy profielen"},
    {"romance_adult", "it", "Profili piccanti"},
    {"trust_claim", "en", "This message is from a trusted sender."},
    {"trust_claim", "en", "This email was sent by a verified sender"},
    {"trust_claim", "fr", "Ce message provient d'un expéditeur de confiance."},
    {"trust_claim", "de", "Diese Nachricht stammt von einem vertrauenswürdigen Absender."},
    {"trust_claim", "es", "Este mensaje proviene de un remitente de confianza."},
    {"trust_claim", "pt", "Esta mensagem vem de um remetente confiável."},
    {"trust_claim", "nl", "Dit bericht is afkomstig van een vertrouwde afzender."},
    {"trust_claim", "it", "Questo messaggio proviene da un mittente attendibile."},
    {"legal_summons", "en", "You have been subpoenaed to appear on 12 March"},
    {"legal_summons", "fr", "Vous êtes convoqué à comparaître devant le tribunal correctionnel"},
    {"legal_summons", "fr", "Convocation judiciaire : une procédure pénale est engagée à votre encontre"},
    {"legal_summons", "de", "Gerichtliche Vorladung: ein Strafverfahren wurde gegen Sie eingeleitet"},
    {"legal_summons", "es", "Notificación judicial: existe una demanda en su contra"},
    {"legal_summons", "pt", "Intimação eletrônica: processo judicial aberto em seu nome"},
    {"legal_summons", "pt", "INTIMACAO JUDICIAL - voce foi citado"},
    {"legal_summons", "pt", "Intimação para comparecimento em audiência: compareça ao tribunal"},
    {"legal_summons", "nl", "Er is een rechtszaak tegen u gestart, u wordt gedagvaard"},
    {"legal_summons", "it", "Citazione in giudizio: procedimento penale a suo carico"},

    {"advance_fee", "en", "I contacted you to stand as the next of kin"},
    {"advance_fee", "fr", "un héritage de 4,5 millions d'euros"},
    {"advance_fee", "de", "eine Erbschaft von 2,5 Millionen Euro"},
    {"advance_fee", "es", "una herencia de 3 millones de dólares"},
    {"advance_fee", "pt", "uma herança de 5 milhões de dólares"},
    {"advance_fee", "nl", "een erfenis van 4 miljoen euro"},
    {"advance_fee", "it", "un'eredità di 2 milioni di euro"},

    {"extortion", "en", "I have hacked your device and recorded you"},
    {"extortion", "fr", "j'ai piraté votre appareil"},
    {"extortion", "de", "Ich habe Ihr Gerät gehackt"},
    {"extortion", "es", "He hackeado tu dispositivo"},
    {"extortion", "pt", "Hackeei seu dispositivo"},
    {"extortion", "nl", "Ik heb uw apparaat gehackt"},
    {"extortion", "it", "Ho hackerato il tuo dispositivo"},

    {"invoice", "en", "Please find attached the overdue invoice"},
    {"invoice", "fr", "Votre facture impayée est disponible"},
    {"invoice", "de", "Anbei finden Sie die offene Rechnung"},
    {"invoice", "es", "Le enviamos la factura pendiente"},
    {"invoice", "pt", "Segue a segunda via do boleto"},
    {"invoice", "nl", "Dit is een betalingsherinnering"},
    {"invoice", "it", "In allegato la fattura scaduta"},

    {"callback", "en", "If you did not authorize this purchase, call us at once"},
    {"callback", "fr", "Si vous n'êtes pas à l'origine de cette opération, appelez le"},
    {"callback", "de", "Rufen Sie uns unter der folgenden Nummer an"},
    {"callback", "es", "Si no reconoce esta compra, llámenos al"},
    {"callback", "pt", "Se você não reconhece esta compra, ligue para"},
    {"callback", "nl", "Als u deze betaling niet heeft gedaan, bel ons op"},
    {"callback", "it", "Se non hai effettuato questo acquisto, chiamaci al"},
    {"unrecognised_action", "en", "If you don't recognise this charge, please contact us"},
    {"callback", "en", "To dispute it, call +1 (844) 555-0142 within 24 hours"},
    {"unrecognised_action", "fr", "Si vous ne reconnaissez pas cet achat, contactez-nous"},
    {"callback", "fr", "Pour l'annuler, appelez sans attendre le 01 84 88 12 34"},
    {"unrecognised_action", "de", "Falls Sie diesen Kauf nicht getätigt haben, melden Sie sich"},
    {"callback", "de", "Rufen Sie bitte 0800 123 4567 an"},
    {"unrecognised_action", "es", "Si usted no ha realizado esta compra, avísenos"},
    {"callback", "es", "Para anularla, llame gratis al 900 123 456"},
    {"unrecognised_action", "pt", "Caso não reconheça, fale com a central"},
    {"callback", "pt", "Para cancelar a compra, ligue 4003-6514"},
    {"unrecognised_action", "nl", "Heeft u deze aankoop niet gedaan? Neem contact op"},
    {"callback", "nl", "Herkent u deze afschrijving niet? Bel dan direct 020 123 4567"},
    {"unrecognised_action", "it", "Se non hai effettuato tu questo acquisto, contattaci"},
    {"callback", "it", "Per bloccarlo chiama subito il numero verde 800 123 456"},

    {"crypto", "en", "Send the payment in Bitcoin"},
    {"crypto", "fr", "investissez dans les cryptomonnaies"},
    {"crypto", "de", "Kryptowährungen kaufen"},
    {"crypto", "es", "invierta en criptomonedas"},
    {"crypto", "pt", "invista em criptomoedas"},
    {"crypto", "nl", "beleggen in cryptovaluta"},
    {"crypto", "it", "investi in criptovalute"},

    {"investment", "en", "guaranteed returns every week"},
    {"investment", "fr", "des rendements garantis"},
    {"investment", "de", "garantierte Rendite"},
    {"investment", "es", "rentabilidad garantizada"},
    {"investment", "pt", "retorno garantido"},
    {"investment", "nl", "gegarandeerd rendement"},
    {"investment", "it", "rendimenti garantiti"},

    {"romance_adult", "en", "Lonely women near you want to chat"},
    {"romance_adult", "fr", "Des femmes seules près de chez vous"},
    {"romance_adult", "de", "Einsame Frauen in deiner Nähe warten"},
    {"romance_adult", "es", "Mujeres solteras cerca de ti"},
    {"romance_adult", "pt", "Mulheres solteiras perto de você"},
    {"romance_adult", "nl", "Eenzame vrouwen bij jou in de buurt"},
    {"romance_adult", "it", "Donne sole vicino a te"},

    {"loan_offer", "en", "We offer personal loans at a low interest rate of 2%"},
    {"loan_offer", "fr", "Prêt entre particuliers, taux d'intérêt de 2 %"},
    {"loan_offer", "de", "Privatkredit ohne Schufa"},
    {"loan_offer", "es", "Ofrecemos préstamos con una tasa de interés del 3%"},
    {"loan_offer", "pt", "Oferecemos empréstimos com taxa de juros de 2%"},
    {"loan_offer", "nl", "Wij bieden leningen met een rentetarief van 2%"},
    {"loan_offer", "it", "Offriamo prestiti con un tasso di interesse del 2%"},
    {"loan_offer", "en", "We reviewed our records and you were approved with 3.2% for your refinancing"},
    {"loan_offer", "en", "You've been pre-approved for a personal loan of $25,000"},
    {"loan_offer", "en", "Please enter your information again to receive the funds"},
    {"loan_offer", "fr", "Bonne nouvelle : vous avez été sélectionné pour un prêt de 15 000 €"},
    {"loan_offer", "fr", "Votre demande de crédit a été approuvée, complétez le formulaire"},
    {"loan_offer", "de", "Ihr Kredit wurde genehmigt, bestätigen Sie Ihre Daten"},
    {"loan_offer", "de", "Sie wurden für einen Sofortkredit ausgewählt"},
    {"loan_offer", "es", "Su préstamo ha sido aprobado, introduzca sus datos"},
    {"loan_offer", "es", "Has sido preseleccionado para un crédito de 10.000 €"},
    {"loan_offer", "pt", "Seu empréstimo foi pré-aprovado, confirme seus dados"},
    {"loan_offer", "pt", "Você foi selecionado para um crédito de R$ 20.000"},
    {"loan_offer", "nl", "Uw lening is goedgekeurd, vul uw gegevens in"},
    {"loan_offer", "nl", "U bent geselecteerd voor een lening van 10.000 euro"},
    {"loan_offer", "it", "Il tuo prestito è stato approvato, inserisci i tuoi dati"},
    {"loan_offer", "it", "Sei stato selezionato per un prestito di 5.000 euro"},

    {"job_offer", "en", "Part-time job: earn $500 per week, no experience required"},
    {"job_offer", "fr", "Travail à domicile, aucune expérience requise"},
    {"job_offer", "de", "Nebenjob von zu Hause aus arbeiten"},
    {"job_offer", "es", "Trabajo desde casa, sin experiencia previa"},
    {"job_offer", "pt", "Trabalho em casa, ganhe R$ 300 por dia"},
    {"job_offer", "nl", "Thuiswerk: verdien 100 euro per dag"},
    {"job_offer", "it", "Lavoro da casa, nessuna esperienza richiesta"},

    {"airdrop", "en", "Connect your wallet to claim your tokens"},
    {"airdrop", "fr", "Connectez votre portefeuille pour recevoir vos jetons"},
    {"airdrop", "de", "Verbinden Sie Ihre Wallet und sichern Sie Ihre Token-Zuteilung"},
    {"airdrop", "es", "Conecta tu billetera y reclama tus tokens"},
    {"airdrop", "pt", "Conecte sua carteira e resgate seus tokens"},
    {"airdrop", "nl", "Verbind je wallet en claim je tokens"},
    {"airdrop", "it", "Collega il tuo wallet e riscatta i tuoi token"},

    {"giveaway_survey", "en", "Complete a short survey to claim your free gift"},
    {"giveaway_survey", "fr", "Répondez à notre court questionnaire pour recevoir un cadeau"},
    {"giveaway_survey", "de", "Nehmen Sie an unserer kurzen Umfrage teil, Ihre Belohnung wartet"},
    {"giveaway_survey", "es", "Completa nuestra breve encuesta para recibir tu regalo"},
    {"giveaway_survey", "pt", "Responda nossa pesquisa e pague apenas o frete"},
    {"giveaway_survey", "nl", "Vul onze korte enquête in, uw cadeau staat klaar"},
    {"giveaway_survey", "it", "Completa il nostro sondaggio, il tuo premio ti aspetta"},

    {"gift_claim", "en", "Your $300 Visa Gift Card is yours to keep - participation required"},
    {"gift_claim", "en", "How would you spend your free $500? Get your card now"},
    {"gift_claim", "en", "Amazon Prime - free 3999$"},
    {"gift_claim", "fr", "Votre carte cadeau de 300 € vous attend"},
    {"gift_claim", "de", "Ihr Gutschein über 250 € wartet auf Sie"},
    {"gift_claim", "de", "Nehmen Sie teil und erhalten Sie ein exklusives Pflege-Geschenkset"},
    {"gift_claim", "es", "Tu tarjeta regalo de 300 € te espera"},
    {"gift_claim", "pt", "Seu vale-compras de R$ 500 está esperando"},
    {"gift_claim", "nl", "Uw cadeaukaart van 250 euro ligt klaar"},
    {"gift_claim", "it", "La tua carta regalo da 300 euro ti aspetta"},

    {"health_miracle", "en", "Doctors are stunned: lose 20 lbs in a month"},
    {"health_miracle", "fr", "Les médecins sont stupéfaits : perdez 10 kg"},
    {"health_miracle", "de", "Ärzte sind sprachlos: Bauchfett schmilzt"},
    {"health_miracle", "es", "Los médicos están asombrados: pierde 10 kg"},
    {"health_miracle", "pt", "Médicos estão chocados: perca 10 kg"},
    {"health_miracle", "nl", "Artsen zijn verbijsterd: 10 kg afvallen"},
    {"health_miracle", "it", "I medici sono sbalorditi: perdi 10 kg"},

    {"unclaimed_funds", "en", "Your compensation of $2,500,000 is unclaimed funds"},
    {"unclaimed_funds", "fr", "Un héritage de 2 500 000 dollars en fonds non réclamés"},
    {"unclaimed_funds", "de", "Eine Spende von 1.500.000 Euro"},
    {"unclaimed_funds", "de", "Die Auszahlung von 2.500.000 Euro wurde genehmigt"},
    {"unclaimed_funds", "es", "Fondos no reclamados por la suma de $2,000,000"},
    {"unclaimed_funds", "pt", "Valores a receber: a quantia de US$ 950.000"},
    {"unclaimed_funds", "nl", "Een erfenis van 2.500.000 euro"},
    {"unclaimed_funds", "it", "Una donazione di 1.500.000 euro"},

    {"gambling_bonus", "en", "Welcome bonus and 200 free spins, no deposit required"},
    {"gambling_bonus", "fr", "Bonus de bienvenue et 100 tours gratuits"},
    {"gambling_bonus", "de", "500 Freispiele ohne Einzahlung"},
    {"gambling_bonus", "es", "Bono de bienvenida y giros gratis"},
    {"gambling_bonus", "pt", "Bônus de boas-vindas e rodadas grátis"},
    {"gambling_bonus", "nl", "Welkomstbonus en gratis spins"},
    {"gambling_bonus", "it", "Bonus di benvenuto e giri gratis"},

    // Charity-donation stories, money already "in the account", explicit
    // come-ons, potency pills, parcels "awaiting delivery", raffle headlines.
    {"advance_fee", "en", "I am a widow and I have decided to donate part of my late husband's fortune"},
    {"advance_fee", "en", "I seek your assistance in a lucrative business that is mutually beneficial"},
    {"advance_fee", "en", "I was diagnosed with throat cancer and want to help orphans and widows"},
    {"advance_fee", "fr", "J'ai décidé de faire un don aux orphelins et aux veuves"},
    {"advance_fee", "de", "Ich habe mich entschieden, mein Vermögen an Waisenkinder und Witwen zu spenden"},
    {"advance_fee", "es", "He decidido donar mis bienes a huérfanos y viudas"},
    {"advance_fee", "pt", "Decidi doar os fundos para órfãos e viúvas, procuro uma pessoa temente a Deus"},
    {"advance_fee", "nl", "Ik heb besloten om mijn vermogen te doneren aan weduwen en wezen"},
    {"advance_fee", "it", "Ho deciso di donare i miei beni a orfani e vedove"},
    {"unclaimed_funds", "en", "Your account already has +18,240$ waiting, withdraw it today"},
    {"unclaimed_funds", "en", "Mr. Smith has donated $ 2,500,000.00 USD to you"},
    {"unclaimed_funds", "en", "Your bitcoin wallet has been funded with 3.1 BTC"},
    {"unclaimed_funds", "pt", "O fundo foi recuperado e transferido, prezados beneficiários"},
    {"unclaimed_funds", "de", "Ihr Konto wurde bereits mit 5.000 € gutgeschrieben"},
    {"romance_adult", "en", "I need a man for hot sex tonight, click here for a date"},
    {"romance_adult", "en", "Meet lonely Ukrainian ladies today"},
    {"romance_adult", "de", "Es gibt 120 weibliche Mitglieder in deiner unmittelbaren Umgebung"},
    {"romance_adult", "nl", "Kunnen we elkaar vanavond ontmoeten? Geen nepprofielen"},
    {"romance_adult", "fr", "Des célibataires de votre région cherchent une aventure"},
    {"health_miracle", "de", "Eine starke Erektion und ein größerer Penis nach nur 3 Minuten"},
    {"health_miracle", "de", "Gummis zur Gewichtsreduktion, die Fett verbrennen"},
    {"health_miracle", "en", "This teaspoon kills high blood sugar; male enhancement pills"},
    {"health_miracle", "nl", "Een stijve erectie de hele nacht"},
    {"health_miracle", "fr", "Un pénis plus gros en 30 jours"},
    {"health_miracle", "es", "Un pene más grande sin cirugía"},
    {"health_miracle", "pt", "Pênis maior em poucas semanas"},
    {"health_miracle", "it", "Un'erezione più forte e duratura"},
    {"parcel_fee", "nl", "U heeft (1) pakket in afwachting van aflevering"},
    {"parcel_fee", "nl", "Levering van pakketten geschorst"},
    {"parcel_fee", "en", "You have (1) pending package, last notice"},
    {"parcel_fee", "de", "Ihr Paket wartet auf Zustellung"},
    {"parcel_fee", "pt", "Sua encomenda está aguardando liberação"},
    {"parcel_fee", "fr", "Votre colis est en attente de paiement des frais"},
    {"prize", "en", "Last day to claim your exclusive reward!"},
    {"advance_fee", "en", "I glanced through your profile and decided to contact you; I seek your consent"},
    {"advance_fee", "en", "Your email address was randomly selected to receive a grant"},
    {"advance_fee", "en", "The lottery organization has drawn winning global awards"},
    {"prize", "de", "Nach einem speziellen Verfahren wurde deine E-Mail-Adresse ausgewählt"},
    {"prize", "de", "Du bist einer unserer möglichen Finalisten"},
    {"prize", "en", "You are one of our possible finalists"},
    {"prize", "fr", "Voici votre chance de gagner une récompense"},
    {"prize", "de", "Gewinnen Sie ein Geschenkset für Ihre Meinung"},
    {"prize", "es", "Responda y gane un kit de emergencia"},
    {"prize", "pt", "Participe e ganhe um kit exclusivo"},
    {"prize", "nl", "Doe mee en win een elektrische tandenborstel"},
    {"prize", "it", "Rispondi e vinci un robot da cucina"},
    {"prize", "en", "Answer three questions and win a brand-new cooler"},
    {"prize", "en", "Your name was selected for an exclusive car emergency kit reward"},
    {"prize", "fr", "Votre nom a été retenu pour un coffret cadeau d'une valeur de 90 €"},
    {"prize", "de", "Ihr Name wurde für eine Autonotfallbox-Prämie vorgeschlagen"},
    {"prize", "es", "Su nombre ha sido seleccionado para un premio exclusivo"},
    {"prize", "pt", "Seu nome foi sorteado para um prêmio especial"},
    {"prize", "nl", "Uw naam is geselecteerd voor een mooie prijs"},
    {"prize", "it", "Il tuo nome è stato estratto per un premio esclusivo"},
    {"prize", "en", "Take Survey Win"},
    {"prize", "en", "Win a Car Emergency Kit - share your thoughts"},
    {"airdrop", "de", "Ihre Bitcoin-Auszahlung in Höhe von 0,4 BTC ist bereit"},
    {"airdrop", "de", "Die erste Auszahlung ist bereit für Ihre Bestätigung"},
    {"investment", "de", "Vielen Dank für Ihr Interesse an unserem Investitionsprogramm"},
    {"parcel_fee", "fr", "Le chauffeur n'a pas pu livrer votre colis"},
    {"parcel_fee", "nl", "Laatste mededeling: levering van uw pakket"},
    {"parcel_fee", "en", "Package delivery suspended: confirm your address"},
    {"parcel_fee", "fr", "Livraison de votre colis suspendue"},
    {"parcel_fee", "de", "Zustellung Ihres Pakets wurde ausgesetzt"},
    {"parcel_fee", "es", "ENTREGA DEL PAQUETE SUSPENDIDA"},
    {"parcel_fee", "es", "Actualización: su entrega está pendiente"},
    {"parcel_fee", "pt", "Entrega da sua encomenda foi suspensa"},
    {"parcel_fee", "nl", "Bezorging van uw pakket is mislukt"},
    {"parcel_fee", "it", "Consegna del pacco sospesa"},
    {"parcel_fee", "de", "Wir konnten Ihr Paket nicht zustellen, da niemand anwesend war"},
    {"parcel_fee", "de", "AUSGESETZTE PAKETLIEFERUNG"},
    {"parcel_fee", "de", "Paketzustellung fehlgeschlagen: bitte Adresse bestätigen"},
    {"parcel_fee", "nl", "We konden uw pakket vandaag niet bezorgen"},
    {"health_miracle", "fr", "Résultat : l'érection se produit immédiatement"},
    {"health_miracle", "de", "Bekämpft endlich Nagelpilz"},
    {"health_miracle", "en", "Harvard doctors reveal a weight-loss doubling trick; this morning routine improves joints"},
    {"romance_adult", "en", "I want to have sex with you so bad"},
    {"romance_adult", "nl", "Ben je op zoek naar een spannende afspraak? 12 naaktfoto's ontvangen"},
    {"romance_adult", "de", "Bitte schau dir mein Profil und meine Bilder an"},
    {"giveaway_survey", "de", "Lösen Sie Ihre Prämie nach Abschluss unseres Programms ein"},
    {"advance_fee", "en", "I am dying of bone cancer and have a short time to live"},
    {"advance_fee", "en", "Dear email owner, please forward this notice"},
    {"advance_fee", "en", "a donation of $600,000.00 (six hundred thousand united states dollars)"},
    {"advance_fee", "pt", "Estou em estado terminal e preciso urgentemente de um parceiro estrangeiro"},
    {"advance_fee", "es", "Soy una enferma terminal"},
    {"advance_fee", "fr", "Je suis en phase terminale d'un cancer"},
    {"advance_fee", "de", "Ich bin unheilbar krank"},
    {"advance_fee", "nl", "Ik ben terminaal ziek"},
    {"advance_fee", "it", "Sono una malata terminale"},
    {"advance_fee", "en", "He died intestate with no next-of-kin to lay claim of the inheritance"},
    {"advance_fee", "fr", "mon souhait de faire un don de ma fortune à une œuvre"},
    {"advance_fee", "de", "Mein Wunsch ist es, mein Vermögen zu spenden"},
    {"advance_fee", "es", "mi deseo de donar 2 millones de dólares a la caridad"},
    {"advance_fee", "pt", "meu desejo de doar US$ 2.500.000 para obras de caridade"},
    {"advance_fee", "nl", "mijn wens om mijn vermogen te doneren"},
    {"advance_fee", "it", "il mio desiderio di donare i fondi a un'opera di carità"},
    {"airdrop", "en", "Your staking rewards are ready to claim"},
    {"airdrop", "fr", "Vos récompenses de staking sont disponibles"},
    {"airdrop", "de", "Ihre Staking-Belohnungen sind abholbereit"},
    {"airdrop", "es", "Tus recompensas de staking están listas"},
    {"airdrop", "pt", "Suas recompensas de staking estão prontas"},
    {"airdrop", "nl", "Uw staking-beloningen staan klaar"},
    {"airdrop", "it", "Le tue ricompense di staking sono pronte"},
    {"airdrop", "en", "Your SCR tokens are ready! Claim your share of the 400,000 token pool"},
    {"airdrop", "en", "We offer you an allocation of SCR tokens; 70% have already claimed their tokens"},
    {"urgency_threat", "en", "I will send the video of you to all your contacts"},
    {"urgency_threat", "fr", "j'enverrai la vidéo à tous vos contacts"},
    {"urgency_threat", "de", "ich werde das Video an allen Ihren Kontakten schicken"},
    {"urgency_threat", "es", "publicaré el video en internet"},
    {"urgency_threat", "pt", "vou enviar o vídeo para todos os seus contatos"},
    {"urgency_threat", "nl", "ik zal de video naar al uw contacten sturen"},
    {"urgency_threat", "it", "invierò il filmato a tutti i tuoi contatti"},
    {"urgency_threat", "en", "If you don't pay, I'll send the links to all your contacts"},
    {"urgency_threat", "de", "ich werde das Video an alle Ihre Kontakte senden"},
    {"urgency_threat", "en", "Your reputation will be ruined."},
    {"urgency_threat", "fr", "Votre réputation sera ruinée."},
    {"urgency_threat", "de", "Ihr Ruf wird ruiniert."},
    {"urgency_threat", "es", "Tu reputación será arruinada."},
    {"urgency_threat", "pt", "Sua reputação será arruinada."},
    {"urgency_threat", "nl", "Je reputatie zal verwoest worden."},
    {"urgency_threat", "it", "La tua reputazione sarà rovinata."},
    {"urgency_deadline", "en", "I give you 3 days time to pay"},
    {"urgency_deadline", "fr", "Vous avez 48 heures pour payer"},
    {"urgency_deadline", "de", "Sie haben 2 Tage Zeit, um zu zahlen"},
    {"urgency_deadline", "es", "Tiene 48 horas para pagar"},
    {"urgency_deadline", "pt", "Você tem 3 dias para pagar"},
    {"urgency_deadline", "nl", "U heeft 2 dagen de tijd om te betalen"},
    {"urgency_deadline", "it", "Hai 48 ore per pagare"},
    // Wallet drainers dressed as a service, short airdrops, NFT mints.
    {"airdrop", "en", "A quick scan reveals hidden tokens in your wallet"},
    {"airdrop", "en", "Blockchain Rectification: validate before the deadline"},
    {"airdrop", "en", "Welcome: Exclusive 48-Hours Airdrop for early badge holders"},
    {"airdrop", "en", "Stake your XLM for 25% yields"},
    {"airdrop", "en", "Your stETH airdrop is ready!"},
    {"airdrop", "en", "Limited edition NFTs available for minting"},
    {"airdrop", "fr", "Découvrez les jetons cachés dans votre portefeuille"},
    {"airdrop", "de", "Entdecken Sie versteckte Token in Ihrer Wallet"},
    {"airdrop", "es", "Descubre tokens ocultos en tu billetera"},
    {"airdrop", "pt", "Descubra tokens ocultos na sua carteira"},
    {"airdrop", "nl", "Ontdek verborgen tokens in je wallet"},
    {"airdrop", "it", "Scopri i token nascosti nel tuo portafoglio"},
    {"airdrop", "en", "Earn up to 15% rewards on your XRP holdings"},
    {"airdrop", "en", "Compound yield for 25% APY, starting today"},
    {"airdrop", "en", "Claim your Travel Tiger utility NFTs"},
    {"airdrop", "en", "wallet extensions for claiming your Glacier drop"},
    {"airdrop", "en", "a mandatory transition from custodial to self-custody wallets"},
    {"airdrop", "en", "Critical security update for your Ledger device"},
    // Fake balances waiting to be withdrawn.
    {"unclaimed_funds", "en", "Your balance has been replenished +29,738$"},
    {"unclaimed_funds", "en", "Withdraw your funds, you have only 24 hours"},
    {"unclaimed_funds", "en", "a Bitcoin transfer 285 has been credited to your fund balance"},
    {"unclaimed_funds", "fr", "Votre solde a été réapprovisionné de +18 400 €"},
    {"unclaimed_funds", "de", "Ihr Guthaben wurde um +18.400 € aufgestockt"},
    {"unclaimed_funds", "es", "Su saldo ha sido recargado con +18.400 €"},
    {"unclaimed_funds", "pt", "Seu saldo foi recarregado com +18.400 €"},
    {"unclaimed_funds", "nl", "Uw saldo is aangevuld met +18.400 €"},
    {"unclaimed_funds", "it", "Il tuo saldo è stato ricaricato di +18.400 €"},
    // Dormant-account balances "released" and to be wiped unless the reader signs in.
    {"unclaimed_funds", "en", "Your score has been released for +$212. Your balance will be zeroed upon blocking."},
    {"unclaimed_funds", "fr", "Votre solde a été débloqué : 212 $. Votre solde sera remis à zéro à la fermeture."},
    {"unclaimed_funds", "de", "Ihr Guthaben wurde freigegeben. Ihr Guthaben wird bei Sperrung auf null gesetzt."},
    {"unclaimed_funds", "es", "Su saldo ha sido liberado. Su saldo será puesto a cero tras el bloqueo."},
    {"unclaimed_funds", "pt", "Seu saldo foi liberado. Seu saldo será zerado após o bloqueio."},
    {"unclaimed_funds", "nl", "Uw saldo is vrijgegeven. Uw saldo wordt op nul gezet bij blokkering."},
    {"unclaimed_funds", "it", "Il tuo saldo è stato sbloccato. Il tuo saldo verrà azzerato al blocco."},
    // Income from crypto trading or mining, the chat "manager" invitation.
    {"investment", "en", "Do you know you can earn six figures income from Bitcoin trading?"},
    {"investment", "fr", "Vous pouvez gagner un revenu grâce au trading de bitcoin."},
    {"investment", "de", "So können Sie Geld mit Bitcoin-Trading verdienen."},
    {"investment", "es", "Puede ganar ingresos con el trading de criptomonedas."},
    {"investment", "pt", "Você pode ganhar renda com mineração de bitcoin."},
    {"investment", "nl", "Verdien een mooi inkomen met crypto trading."},
    {"investment", "it", "Puoi guadagnare un reddito con il trading di bitcoin."},
    // A reward for "contributions to our crypto community".
    {"airdrop", "en", "You've earned a reward for your involvement in our crypto community!"},
    {"airdrop", "fr", "Une récompense pour votre participation à la communauté crypto vous attend."},
    {"airdrop", "de", "Ihre Belohnung für Ihre Beiträge in unserer Krypto-Community ist bereit."},
    {"airdrop", "es", "Una recompensa por tu participación en nuestra comunidad cripto te espera."},
    {"airdrop", "pt", "Uma recompensa pela sua participação na comunidade cripto espera por você."},
    {"airdrop", "nl", "Een beloning voor je bijdragen aan onze crypto-community staat klaar."},
    {"airdrop", "it", "Una ricompensa per il tuo contributo nella nostra comunità cripto ti aspetta."},
    // Advance-fee openings that name no sum.
    {"advance_fee", "en", "you are among the beneficiaries of the relief fund, sorry for the delay in the disbursement of your funds"},
    {"advance_fee", "en", "Humanitarian grant has been issued to you, contact our agent for quick claims"},
    {"advance_fee", "en", "my dear, would you be able to handle a project for us?"},
    {"advance_fee", "en", "I am exploring a business partnership in crude oil products"},
    {"advance_fee", "en", "the gold I inherited from my late father needs a foreign partner to manage my funds"},
    {"advance_fee", "en", "God bless you as you reply urgently"},
    {"advance_fee", "fr", "vous faites partie des bénéficiaires du fonds"},
    {"advance_fee", "de", "Sie gehören zu den Begünstigten des Fonds"},
    {"advance_fee", "es", "usted es uno de los beneficiarios del fondo"},
    {"advance_fee", "pt", "você está entre os beneficiários do fundo"},
    {"advance_fee", "nl", "u bent een van de begunstigden van het fonds"},
    {"advance_fee", "it", "lei è tra i beneficiari del fondo"},
    // Short openers: a noble proposal, a lawyer whose client died, a winning
    // fund, a stranger begging pardon for the intrusion.
    {"advance_fee", "en", "I have a noble proposal for you, reply for more details"},
    {"advance_fee", "en", "I am reaching out to initiate a conversation about a promising opportunity"},
    {"advance_fee", "en", "I will gladly furnish you with comprehensive details"},
    {"advance_fee", "en", "A BUSINESS/INVESTMENT COLLABORATION OPPORTUNITY"},
    {"advance_fee", "en", "On behalf of my client, whose estate you are included in"},
    {"advance_fee", "en", "details of the bitcoin I found in the lost bag at the stadium"},
    {"advance_fee", "en", "Nicolas would like to know if you are accepting his donation"},
    {"advance_fee", "fr", "Je suis l'avocat personnel de feu M. Durand, mon client est décédé"},
    {"advance_fee", "fr", "Pardonnez-moi d'envahir votre vie privée"},
    {"advance_fee", "de", "Ich bin der persönliche Anwalt des Verstorbenen, mein Mandant ist verstorben"},
    {"advance_fee", "de", "Verzeihen Sie mir das Eindringen in Ihre Privatsphäre"},
    {"advance_fee", "es", "Soy el abogado personal del difunto; mi cliente murió en un accidente"},
    {"advance_fee", "es", "Tengo una noble propuesta para usted"},
    {"advance_fee", "pt", "Eu sou o advogado pessoal de um investidor, meu cliente morreu"},
    {"advance_fee", "pt", "O GOVERNO DEU OBRIGAÇÃO DE QUE SEU FUNDO VENCEDOR SEJA LIBERADO"},
    {"advance_fee", "pt", "me perdoe por invadir sua privacidade"},
    {"advance_fee", "nl", "Ik ben de persoonlijke advocaat van de overledene; mijn cliënt is overleden"},
    {"advance_fee", "nl", "Ik heb een nobel voorstel voor u"},
    {"advance_fee", "it", "Sono l'avvocato personale del defunto, il mio cliente è morto"},
    {"advance_fee", "it", "Ho una nobile proposta per lei"},
    {"advance_fee", "en", "I found you very capable of handling this huge business"},
    {"advance_fee", "en", "there is a genuine need for an investment of a substantial amount in your country"},
    {"advance_fee", "en", "You have been selected to receive a $1 million USD donation from the foundation"},
    {"advance_fee", "en", "You have been selected for a donation worth millions from our charity trust"},
    {"advance_fee", "fr", "je souhaite investir une somme importante dans votre pays"},
    {"advance_fee", "de", "ich möchte eine beträchtliche Summe in Ihrem Land investieren"},
    {"advance_fee", "es", "deseo invertir una suma considerable en su país"},
    {"advance_fee", "pt", "desejo investir uma quantia substancial no seu país"},
    {"advance_fee", "nl", "ik wil een aanzienlijk bedrag in uw land investeren"},
    {"advance_fee", "it", "desidero investire una somma considerevole nel suo paese"},
    {"advance_fee", "en", "These executed contracts were over invoiced during the bidding"},
    {"advance_fee", "en", "your company as a foreign sub-contractor to our consortium"},
    {"advance_fee", "en", "to solicit your candid assistance in collaborating with me"},
    {"advance_fee", "fr", "les contrats surfacturés attendent un partenaire étranger"},
    {"advance_fee", "de", "die überhöht abgerechneten Verträge brauchen einen ausländischen Partner"},
    {"advance_fee", "es", "los contratos sobrefacturados necesitan un socio extranjero"},
    {"advance_fee", "pt", "os contratos superfaturados precisam de um parceiro estrangeiro"},
    {"advance_fee", "nl", "de overgefactureerde contracten hebben een buitenlandse partner nodig"},
    {"advance_fee", "it", "i contratti sovrafatturati hanno bisogno di un socio straniero"},
    // Identity "updated" for a refund, the tax payer greeted as such.
    {"credential_request", "en", "Please Update Your Identity to Get Income Tax Returns"},
    {"credential_request", "fr", "Veuillez mettre à jour votre identité pour recevoir le remboursement"},
    {"credential_request", "de", "Bitte Ihre Identität aktualisieren, um die Erstattung zu erhalten"},
    {"credential_request", "es", "Actualice su identidad para recibir su reembolso"},
    {"credential_request", "pt", "Atualize sua identidade para receber a restituição"},
    {"credential_request", "nl", "Graag uw identiteit bijwerken om de teruggave te ontvangen"},
    {"credential_request", "it", "Aggiorna la tua identità per ricevere il rimborso"},
    {"greeting_generic", "en", "Dear Tax Payer, we hope this message finds you well"},
    // A fund "credited to an ATM card" for the reader.
    {"unclaimed_funds", "en", "Today we inform you that your fund has been credited to the ATM VISA card"},
    {"unclaimed_funds", "fr", "Vos fonds ont été crédités sur la carte VISA prête à être livrée"},
    {"unclaimed_funds", "de", "Ihre Gelder wurden auf die Visa-Karte gutgeschrieben"},
    {"unclaimed_funds", "es", "Sus fondos han sido acreditados en la tarjeta VISA"},
    {"unclaimed_funds", "pt", "E hoje informamos que seu fundo foi creditado no cartão VISA"},
    {"unclaimed_funds", "pt", "emitir a você um cartão VISA com $ 1,5 milhão de seu fundo"},
    {"unclaimed_funds", "nl", "Uw geld is bijgeschreven op de visa-kaart"},
    {"unclaimed_funds", "it", "I tuoi fondi sono stati accreditati sulla carta VISA"},
    // The account's number between the account and the threat.
    {"urgency_threat", "en", "Your account, identified as \"AA-2813686361,\" will be blocked within 24 hours"},
    {"urgency_threat", "en", "Accounts with a balance of +16.897$ will be blocked!"},
    // The widow's deposit and the donation "selected" for the reader.
    {"advance_fee", "en", "When my late husband was alive he deposited the sum of $4,500,000 in a bank"},
    {"advance_fee", "en", "You have been selected to receive a charity donation of two million dollars"},
    {"advance_fee", "fr", "Mon défunt mari, de son vivant, avait déposé 4 500 000 € dans une banque"},
    {"advance_fee", "fr", "Vous avez été sélectionné pour recevoir un don de la fondation"},
    {"advance_fee", "de", "Mein verstorbener Ehemann hat bei einer Bank 4,5 Millionen Euro hinterlegt"},
    {"advance_fee", "de", "Sie wurden ausgewählt, eine Spende von zwei Millionen Dollar zu erhalten"},
    {"advance_fee", "es", "Mi difunto esposo, cuando vivía, depositó la suma de 4.500.000 €"},
    {"advance_fee", "es", "Usted ha sido seleccionado para recibir una donación de la fundación"},
    {"advance_fee", "pt", "Quando o meu falecido marido era vivo, ele depositou a quantia de 4.000.000 €"},
    {"advance_fee", "pt", "Seu e-mail foi selecionado para receber uma doação de dois milhões de dólares"},
    {"advance_fee", "nl", "Mijn overleden echtgenoot heeft bij een bank 4,5 miljoen euro gestort"},
    {"advance_fee", "nl", "U bent geselecteerd om een donatie van twee miljoen dollar te ontvangen"},
    {"advance_fee", "it", "Il mio defunto marito, quando era vivo, aveva depositato 4,5 milioni di euro"},
    {"advance_fee", "it", "Sei stato selezionato per ricevere una donazione dalla fondazione"},
    {"advance_fee", "en", "I have some funds I inherited from my late husband, which I want to give"},
    {"advance_fee", "fr", "J'ai des fonds que j'ai hérité de mon défunt mari et je veux les confier"},
    {"advance_fee", "de", "Ich habe Gelder, die ich von meinem verstorbenen Ehemann geerbt habe"},
    {"advance_fee", "es", "Tengo fondos que heredé de mi difunto esposo y deseo donarlos"},
    {"advance_fee", "pt", "tenho alguns fundos que herdei do meu falecido marido amoroso"},
    {"advance_fee", "pt", "preciso de um cristão muito honesto e temente a Deus"},
    {"advance_fee", "nl", "Ik heb geld dat ik van mijn overleden echtgenoot heb geërfd"},
    {"advance_fee", "it", "Ho dei fondi che ho ereditato dal mio defunto marito"},
    // The mailbox "protected" from termination by an attached file.
    {"urgency_threat", "en", "To safeguard your email account from possible termination, follow the instructions"},
    {"urgency_threat", "fr", "Pour protéger votre messagerie contre une éventuelle résiliation, ouvrez la pièce jointe"},
    {"urgency_threat", "de", "Um Ihr Postfach vor einer möglichen Kündigung zu schützen, öffnen Sie den Anhang"},
    {"urgency_threat", "es", "Para proteger su cuenta de correo de una posible cancelación, abra el adjunto"},
    {"urgency_threat", "pt", "Para proteger sua conta de e-mail contra uma possível desativação, abra o anexo"},
    {"urgency_threat", "nl", "Om uw mailbox te beschermen tegen een mogelijke opheffing, open de bijlage"},
    {"urgency_threat", "it", "Per proteggere il tuo account email da una possibile disattivazione, apri l'allegato"},
    // A payment said to wait for the reader's own crypto address.
    {"airdrop", "en", "It's time to initiate a payment to your Bitcoin address"},
    {"airdrop", "fr", "Confirmez le paiement vers votre adresse bitcoin"},
    {"airdrop", "de", "Bestätigen Sie die Auszahlung auf Ihre Bitcoin-Adresse"},
    {"airdrop", "es", "Confirme el pago a su dirección de bitcoin"},
    {"airdrop", "pt", "Confirme o pagamento para sua carteira de bitcoin"},
    {"airdrop", "nl", "Bevestig de uitbetaling naar uw bitcoin-adres"},
    {"airdrop", "it", "Conferma il pagamento sul tuo indirizzo bitcoin"},
    // What a wallet or exchange impersonator asks of the reader's holdings.
    {"wallet_lure", "en", "A security incident requires you to update your device's firmware immediately"},
    {"wallet_lure", "en", "Install the official Electrum wallet extension today"},
    {"wallet_lure", "en", "Your $XYZ loot box is unlocked: claim your rewards"},
    {"wallet_lure", "en", "Your claim is now available for withdrawal"},
    {"wallet_lure", "en", "Staking has launched: earn up to 15% rewards on your holdings"},
    {"wallet_lure", "fr", "Mettez à jour le micrologiciel de votre appareil"},
    {"wallet_lure", "de", "Nach einem Sicherheitsvorfall aktualisieren Sie die Firmware sofort"},
    {"wallet_lure", "es", "Tras un incidente de seguridad, actualice el firmware"},
    {"wallet_lure", "pt", "Seus fundos estão disponíveis para saque"},
    {"wallet_lure", "nl", "Installeer de nieuwe extensie en claim uw beloningen"},
    {"wallet_lure", "it", "Riscatta le tue ricompense, disponibili per il prelievo"},
    {"wallet_lure", "en", "Your wallet may be breached: we recommend scanning your device"},
    {"wallet_lure", "fr", "Votre portefeuille pourrait être compromis après l'incident"},
    {"wallet_lure", "de", "Ihr Wallet könnte kompromittiert sein"},
    {"wallet_lure", "es", "Su billetera podría estar comprometida"},
    {"wallet_lure", "pt", "Sua carteira pode estar comprometida"},
    {"wallet_lure", "nl", "Uw wallet kan gecompromitteerd zijn"},
    {"wallet_lure", "it", "Il tuo portafoglio potrebbe essere compromesso"},
    // Dating bait counted in women.
    {"romance_adult", "en", "12 women have been matched for you in your area"},
    {"romance_adult", "en", "She is only 3 miles away from you"},
    {"romance_adult", "en", "Ukrainian beauties are waiting for you"},
    {"romance_adult", "fr", "12 femmes ont été sélectionnées pour vous"},
    {"romance_adult", "de", "12 Frauen wurden für dich ausgewählt"},
    {"romance_adult", "es", "12 mujeres han sido seleccionadas para ti"},
    {"romance_adult", "pt", "12 mulheres foram selecionadas para você"},
    {"romance_adult", "nl", "12 vrouwen zijn voor jou geselecteerd"},
    {"romance_adult", "it", "12 donne sono state selezionate per te"},

    // Sign-in alerts: the new-device wording and the two answer buttons.
    {"account_problem", "en", "Microsoft account: unusual sign.in activity"},
    {"account_problem", "en", "A login attempt to your account from an unfamiliar device"},
    {"account_problem", "en", "New login attempt detected - please review your account"},
    {"account_problem", "fr", "Connexion depuis un appareil inconnu"},
    {"account_problem", "de", "Anmeldung von einem unbekannten Gerät"},
    {"account_problem", "es", "Inicio de sesión desde un dispositivo desconocido"},
    {"account_problem", "pt", "Acesso a partir de um dispositivo desconhecido"},
    {"account_problem", "nl", "Aanmelding vanaf een onbekend apparaat"},
    {"account_problem", "it", "Accesso da un dispositivo sconosciuto"},
    {"call_to_action", "en", "Yes, it was me"},
    {"call_to_action", "en", "No, secure my account"},
    {"call_to_action", "en", "Review recent activity"},
    {"call_to_action", "fr", "Non, sécuriser mon compte"},
    {"call_to_action", "de", "Nein, Konto sichern"},
    {"call_to_action", "es", "No, proteger mi cuenta"},
    {"call_to_action", "pt", "Não, proteger minha conta"},
    {"call_to_action", "nl", "Nee, beveilig mijn account"},
    {"call_to_action", "it", "No, proteggi il mio account"},
    {"call_to_action", "fr", "Oui, c'était moi"},
    {"call_to_action", "de", "Ja, das war ich"},
    {"call_to_action", "es", "Sí, fui yo"},
    {"call_to_action", "pt", "Sim, fui eu"},
    {"call_to_action", "nl", "Ja, dat was ik"},
    {"call_to_action", "it", "Sì, ero io"},
    {"opt_out", "en", "If you no longer wish to receive these emails, click here"},
    {"opt_out", "en", "Unsubscribe"},
    {"opt_out", "fr", "Pour vous désinscrire, cliquez ici"},
    {"opt_out", "fr", "Pour ne plus recevoir nos offres, cliquez ici"},
    {"opt_out", "de", "Wenn Sie diese E-Mails nicht mehr erhalten möchten, können Sie sich hier abmelden"},
    {"opt_out", "es", "Si no desea recibir más correos, puede darse de baja aquí"},
    {"opt_out", "pt", "Para deixar de receber nossos e-mails, clique aqui"},
    {"opt_out", "nl", "Wilt u deze e-mails niet langer ontvangen? Afmelden"},
    {"opt_out", "it", "Per non ricevere più le nostre comunicazioni clicca qui"},

    {"contact_attempt", "en", "We have been trying to reach you. Please reply!"},
    {"contact_attempt", "fr", "Nous avons essayé de vous joindre, merci de répondre"},
    {"contact_attempt", "de", "Wir haben versucht, Sie zu erreichen. Bitte antworten!"},
    {"contact_attempt", "es", "Hemos estado tratando de comunicarnos con usted"},
    {"contact_attempt", "pt", "Tentamos entrar em contato com você, responda por favor"},
    {"contact_attempt", "nl", "Wij hebben gisteren geprobeerd u te bereiken over uw aanvraag."},
    {"contact_attempt", "it", "Abbiamo cercato di contattarla, risponda per favore"},
    {"device_infected", "en", "Virus detected! Your computer is at risk"},
    {"device_infected", "fr", "Votre appareil est infecté par 3 virus"},
    {"device_infected", "de", "Ihr Gerät ist gefährdet: Viren erkannt"},
    {"device_infected", "es", "Su dispositivo está infectado"},
    {"device_infected", "pt", "Vírus detectado: o seu dispositivo está infectado"},
    {"device_infected", "nl", "Uw apparaat is geïnfecteerd"},
    {"device_infected", "it", "Il tuo dispositivo è infetto"},
    {"payment_request", "en", "Billing information update required"},
    {"payment_request", "en", "Payment method declined"},
    {"payment_request", "fr", "Moyen de paiement refusé"},
    {"payment_request", "de", "Aktualisierung Ihrer Zahlungsdaten erforderlich"},
    {"payment_request", "es", "Método de pago rechazado"},
    {"payment_request", "pt", "Forma de pagamento recusada"},
    {"payment_request", "nl", "Betaalmethode geweigerd"},
    {"payment_request", "it", "Aggiornamento dei dati di fatturazione richiesto"},
    {"billing_failure", "en", "Your Amazon Prime membership renewal was failed"},
    {"billing_failure", "en", "Payment attempt failure while renewing your subscription"},
    {"billing_failure", "en", "We couldn't process your payment for your Netflix plan"},
    {"billing_failure", "fr", "Échec du renouvellement de votre abonnement"},
    {"billing_failure", "fr", "Nous n'avons pas pu renouveler votre abonnement"},
    {"billing_failure", "de", "Verlängerung Ihres Abonnements fehlgeschlagen"},
    {"billing_failure", "de", "Wir konnten Ihre Zahlung nicht verarbeiten"},
    {"billing_failure", "es", "Pago rechazado: actualice su información de pago"},
    {"billing_failure", "es", "No hemos podido renovar su suscripción Prime"},
    {"billing_failure", "pt", "Pagamento recusado: não conseguimos renovar a sua assinatura"},
    {"billing_failure", "nl", "De verlenging van uw abonnement is mislukt"},
    {"billing_failure", "it", "Il rinnovo del tuo abbonamento non è riuscito"},
    {"account_credited", "en", "Your PayPal account has been credited with $3,882.99"},
    {"account_credited", "fr", "Votre compte a été crédité de 2 450 €"},
    {"account_credited", "de", "Ihrem Konto wurden 2.450 € gutgeschrieben"},
    {"account_credited", "es", "Su cuenta ha sido acreditada con 2.450 €"},
    {"account_credited", "pt", "Sua conta foi creditada com R$ 2.450"},
    {"account_credited", "nl", "Er is 2.450 euro bijgeschreven op uw rekening"},
    {"account_credited", "nl", "Uw rekening is met 2.450 euro bijgeschreven"},
    {"account_credited", "it", "Il tuo conto è stato accreditato di 2.450 €"},
    {"purchase_receipt", "en", "Your Norton 360 plan is now active. Total paid: $299.00"},
    {"purchase_receipt", "en", "Order confirmation - Transaction ID: GS-55120"},
    {"purchase_receipt", "en", "Sale receipt no. 4471. Total charges: $1,492.93"},
    {"purchase_receipt", "fr", "Confirmation de commande : montant débité 349,99 €"},
    {"purchase_receipt", "de", "Vielen Dank für Ihre Bestellung, Betrag abgebucht: 349,99 €"},
    {"purchase_receipt", "es", "Gracias por su compra. Importe cobrado: 349,99 €"},
    {"purchase_receipt", "pt", "Obrigado pela sua compra. Valor cobrado: R$ 1.299,00"},
    {"purchase_receipt", "nl", "Bedankt voor uw bestelling. Bedrag afgeschreven: € 349,99"},
    {"purchase_receipt", "it", "Grazie per il tuo acquisto. Importo addebitato: 349,99 €"},
    {"public_figure", "en", "Elon Musk's energy saver is finally available"},
    {"public_figure", "en", "Elon's Energy"},
    {"public_figure", "fr", "Le conseil santé de Michel Cymes"},
    {"public_figure", "de", "Carsten Maschmeyer empfiehlt diese Plattform"},
    {"public_figure", "es", "Pablo Motos lo contó en directo"},
    {"public_figure", "pt", "Luciano Huck revelou tudo"},
    {"public_figure", "nl", "Linda de Mol vertelt alles"},
    {"public_figure", "it", "Gerry Scotti lo ha confessato"},
    {"celebrity_pitch", "en", "Revealed: his latest innovation to slash your electric bill"},
    {"celebrity_pitch", "en", "His investment method left experts speechless"},
    {"celebrity_pitch", "fr", "Sa méthode d'investissement laisse les banques sans voix"},
    {"celebrity_pitch", "fr", "Divisez par deux votre facture d'électricité"},
    {"celebrity_pitch", "de", "Experten sind sprachlos über seine neueste Erfindung"},
    {"celebrity_pitch", "es", "Su último método de inversión dejó a los expertos boquiabiertos"},
    {"celebrity_pitch", "pt", "O segredo de um novo método de investimento"},
    {"celebrity_pitch", "nl", "Het geheim van een nieuwste uitvinding: halveer uw energierekening"},
    {"celebrity_pitch", "it", "Il suo ultimo metodo di investimento lascia gli esperti senza parole"},
    {"quote_offer", "en", "Looking for new windows? Get your free quote today"},
    {"quote_offer", "en", "See if you qualify for zero-cost solar panels"},
    {"quote_offer", "en", "Are you fully covered? Find out in two minutes"},
    {"quote_offer", "fr", "Testez votre éligibilité en 30 secondes"},
    {"quote_offer", "fr", "Demandez votre devis gratuit pour une pompe à chaleur"},
    {"quote_offer", "de", "Jetzt kostenloses Angebot anfordern und Heizkosten sparen"},
    {"quote_offer", "de", "Prüfen Sie jetzt kostenlos, ob Sie Anspruch auf Förderung haben"},
    {"quote_offer", "es", "Solicita tu presupuesto sin compromiso"},
    {"quote_offer", "es", "Presupuesto gratis para tus placas solares"},
    {"quote_offer", "pt", "Faça sua cotação online grátis"},
    {"quote_offer", "pt", "Rodrigo, você tem uma nova cotação esperando por você"},
    {"quote_offer", "nl", "Ontvang gratis en vrijblijvend offertes van erkende installateurs"},
    {"quote_offer", "nl", "Controleer of u in aanmerking komt voor een lager tarief"},
    {"quote_offer", "it", "Richiedi subito il tuo preventivo gratuito"},
    {"quote_offer", "it", "Verifica subito se hai diritto agli incentivi"},
};

TEST_F(PhraseListsTest, PhishingSentencesHitTheirCategory) {
  for (const Case& c : kPhishingSentences) {
    EXPECT_EQ(CategoriesOf(c.text).count(c.category), 1u) << c.lang << " " << c.category << ": " << c.text;
  }
}

TEST_F(PhraseListsTest, EveryCategoryIsCoveredBySentencesInEveryLanguage) {
  std::set<std::pair<std::string, std::string>> covered;
  for (const Case& c : kPhishingSentences) covered.insert({c.category, c.lang});
  for (const std::string& category : DocumentedCategories()) {
    if (category == "recipient_generic" || category == "credential_word" || category == "help_line")
      continue;  // spot-checked on their own
    for (const char* lang : kLanguages) EXPECT_EQ(covered.count({category, lang}), 1u) << category << " " << lang;
  }
}

// The help lines of regulated gambling notices, in every language; they
// disarm call-back wording rather than evidence anything.
TEST_F(PhraseListsTest, HelpLinesOfGamblingNoticesAreRecognised) {
  const Case kHelpLines[] = {
      {"help_line", "en", "Gambling problem? Call 1-800-GAMBLER."},
      {"help_line", "en", "When the fun stops, stop. BeGambleAware.org"},
      {"help_line", "fr", "Jouer comporte des risques. Pour être aidé, appelez le 09 74 75 13 13."},
      {"help_line", "de", "Spielen kann süchtig machen. Hilfe bei Glücksspielsucht unter 0800 1 37 27 00."},
      {"help_line", "es", "Juego responsable. Solo mayores de 18 años."},
      {"help_line", "pt", "Jogue com responsabilidade. Proibido para menores de 18 anos."},
      {"help_line", "nl", "Speel bewust. Wat kost gokken jou? Stop op tijd. 18+"},
      {"help_line", "it", "Il gioco può causare dipendenza patologica. Gioca responsabilmente."},
  };
  for (const Case& c : kHelpLines)
    EXPECT_EQ(CategoriesOf(c.text).count(c.category), 1u) << c.lang << ": " << c.text;
  for (const char* support : {"Need help? Call us at 1-844-555-0142.", "Pour annuler, appelez le 01 84 88 12 34.",
                              "Pour toute question, appelez le service client."})
    EXPECT_EQ(CategoriesOf(support).count("help_line"), 0u) << support;
}

// Modern legitimate newsletters and notices use offers, prizes, parcels and
// health tips too: the scam categories strengthened for lures must stay out
// of them.
const char* const kModernLegitimateSentences[] = {
    "A Ukrainian girl, 12, wins the European junior chess title in Prague.",
    "Meet a Ukrainian woman who rebuilt her village's bakery.",
    "Votre carte fidélité vous donne 10 € de jetons offerts, à retirer à l'accueil.",
    "Update your profile so members can find you; 3 members viewed your profile this week.",
    "Maak je profiel compleet: leden met een foto krijgen meer berichten.",
    "Maak kennis met een Oekraïense vrouw die een bakkerij opende in Utrecht.",
    "Lernen Sie eine ukrainische Frau kennen, die in Leipzig eine Bäckerei eröffnet hat.",
    "Une fille ukrainienne de 12 ans remporte le titre européen d'échecs.",
    "Ein ukrainisches Mädchen gewinnt die Jugend-Schachmeisterschaft.",
    "Una chica ucraniana gana el campeonato juvenil de ajedrez.",
    "Uma menina ucraniana vence o campeonato juvenil de xadrez.",
    "Een Oekraïens meisje wint het Europees jeugdkampioenschap schaken.",
    "Una ragazza ucraina vince il campionato giovanile di scacchi.",
    "Anna sent you a message: are we still on for coffee on Saturday?",
    "Je hebt een nieuw bericht van Sophie. Open de app om te antwoorden.",
    "Tu as un nouveau message de Camille. Réponds-lui dans l'application.",
    "Your daughter wants to sleep over at Emma's on Friday; is that fine with you?",
    "Your withdrawal of 0.05 BTC was sent to the address ending in 7f3a and confirmed on the network.",
    "Votre retrait de 0,05 BTC a été envoyé à l'adresse se terminant par 7f3a.",
    "Ihre Auszahlung von 0,05 BTC wurde an die angegebene Adresse gesendet.",
    "Our summer sale is on: 50% off selected items, free shipping on orders over $50. Limited time offer.",
    "Your parcel is out for delivery today between 9:00 and 13:00. Track it in the app.",
    "Your package has been delivered to your safe place. Rate your delivery.",
    "Mail delivery failed: returning message to sender.",
    "Échec de la remise du message à un ou plusieurs destinataires.",
    "Su pedido ha sido enviado; la entrega está prevista para el jueves.",
    "A entrega da sua encomenda está prevista para amanhã.",
    "La consegna del pacco è prevista per domani tra le 9 e le 13.",
    "Die Zustellung Ihres Pakets erfolgt morgen zwischen 9 und 13 Uhr.",
    "De bezorging van uw pakket staat gepland voor morgen.",
    "Thank you for your donation to our winter appeal: your gift keeps the shelter open.",
    "Merci pour votre don : il finance les repas de la maraude cet hiver.",
    "Maître Laurent vous informe que la succession de votre père défunt est ouverte.",
    "Our transfer fees for international payments change on 1 January; see the new price list.",
    "Five keto diet recipes for busy weeknights, from our test kitchen.",
    "Your perfect match is waiting: Emma sent you a message in the app.",
    "Votre moment beauté vous attend : -20 % sur les soins du visage.",
    "Ihr Traumkleid wartet auf Sie in unserem Brautmodengeschäft.",
    "Tu pedido te está esperando en el punto de recogida.",
    "O seu pedido está esperando por você na loja.",
    "Je bestelling wacht op je in het afhaalpunt.",
    "Il tuo ordine ti sta aspettando al punto di ritiro.",
    "Die Paketzustellung erfolgt morgen; wir können Ihr Paket auch in der Filiale hinterlegen.",
    "We konden uw pakket sneller bezorgen dankzij de nieuwe route.",
    "Thank you for your donation to the children's hospital; your tax receipt is attached.",
    "Our food bank was selected for a donation from the regional supermarket chain this winter.",
    "Your statement is ready. Your account balance has been updated with today's transactions.",
    "Members earn double points this weekend on all flights to Lisbon.",
    "Five tips to sleep better, and why a short walk after dinner helps your blood sugar.",
    "Ihr Paket wurde heute zugestellt. Bewerten Sie Ihre Lieferung.",
    "Jetzt 20 % sparen: kostenloser Versand ab 50 € bis Sonntag.",
    "Votre colis a été livré ce matin. Merci de votre confiance.",
    "Uw pakket is vandaag bezorgd. Bedankt voor uw bestelling.",
    "Seu pedido foi entregue. Avalie sua compra e ganhe 5% de desconto.",
    "Su pedido ha sido enviado y llegará el jueves.",
    "Il tuo ordine è stato spedito e arriverà giovedì.",
    "We are proud to support orphans through our charity partner; see how your points help.",
    "Thank you for your interest: our sales team decided to extend the offer to your region.",
    "Votre colis a été déposé en point relais ; il vous attend jusqu'au 12 juin.",
    "Votre colis est en attente de retrait au point relais, suivez-le en ligne.",
    "Die Gewinner unserer Sommeraktion werden per E-Mail benachrichtigt.",
    "Your morning routine matters: drink water and take a short walk.",
    "Thank you for taking part in our study: your $20 Amazon voucher code is in your panel account.",
    "Invite a friend: they get $15 off their first box and you get $15 credit.",
    "Merci d'avoir répondu à notre enquête : votre bon d'achat de 10 € est disponible dans votre espace.",
    "Mit Ihrer Kundenkarte sammeln Sie Punkte; Ihr 5-€-Coupon ist ab Montag im Markt einlösbar.",
    "Recibe un 5 % de reembolso en tus compras con tarjeta hasta 150 € al año.",
    "Indique um amigo e ganhe R$ 20 de desconto na próxima compra.",
    "Spaar met uw klantenkaart en ontvang elke maand persoonlijke aanbiedingen.",
    "Con la carta fedeltà accumuli punti e ricevi un buono sconto del 5% sulla prossima spesa.",
    "Meine Bestellung ist angekommen, danke für die schnelle Lieferung.",
    "Claim your share of the class action settlement by filing the form before 30 June.",
    "Your rewards are ready: redeem your points for flights and hotel nights.",
    "Staking rewards credited in November: 0.0412 ETH, paid to your account every week.",
    "Thank you for your donation: your wish to donate monthly has been recorded, you can change it online.",
    "Merci pour votre don mensuel, votre reçu fiscal est disponible dans votre espace donateur.",
    "Vos récompenses de staking ont été versées sur votre compte le 1er décembre.",
    "Ihre Staking-Belohnungen wurden Ihrem Konto gutgeschrieben.",
    "Le ricompense di staking vengono accreditate ogni lunedì sul tuo conto.",
    "Die Mannschaft will am Samstag einen Sieg, sie gewinnen selten auswärts.",
    "El equipo gana un partido importante el domingo.",
    "Ele ganha um bom salário na fábrica.",
    "We willen deze wedstrijd winnen en de beker mee naar huis nemen.",
    "Chi vince la gara riceve una medaglia.",
    "We hope to win a grant for the new community garden.",
    "The committee issued a subpoena to the company, and a lawsuit was filed against the chip maker.",
    "Notre avocat a reçu la citation du journal et prépare la procédure contre l'éditeur.",
    "Der Bundestag hat die Vorladung des Ministers beschlossen; die Klage gegen den Konzern läuft.",
    "La demanda contra la empresa fue admitida por el juzgado, informa el diario.",
    "O processo seletivo do curso está aberto; consulte o número do processo no edital.",
    "De rechtszaak tegen het bedrijf begint volgende week, meldt de krant.",
    "Il procedimento contro la società è stato archiviato, scrive il quotidiano.",
    "Top-up confirmed: 20.00 EUR was added to your travel card.",
    "The refund has been credited to your account balance.",
    "Stake ETH with us and earn up to 3.5% APR, paid weekly into your account.",
    "Earn up to 4.5% APY on your crypto holdings, paid monthly.",
    "Ledger Live: firmware 2.4 is available for your device, install it from the Manager tab.",
    "You have a new match! Say hello to Julia before she moves on.",
    "Your NFT purchase is confirmed; it now appears in your collection.",
    "As the executor of your father's estate, we enclose the probate timetable.",
    "Votre solde a été mis à jour avec les opérations du jour.",
    "Ihr Guthaben wurde um 20 € aufgeladen.",
    "We are proud beneficiaries of the regional arts fund's support this year.",
    "We are hiring: would you be able to join the project kick-off on Monday?",
    "Our partnership team would love to explore a collaboration with your company; book a call here.",
    "We act for the executors of the late Mr Bell's estate; the will names you as a beneficiary.",
    "Il nostro studio legale segue la successione; la contatteremo per l'inventario dei beni.",
    "Our investor newsletter: a promising opportunity in renewable infrastructure, read the full analysis.",
    "Thank you for the concert in memory of my father; he loved this choir.",
    "Mon défunt mari aimait ce jardin : merci pour votre carte.",
    "Maria depositou a quantia de R$ 50,00 na sua conta via Pix.",
    "Mi difunto esposo siempre hablaba de ustedes con cariño.",
    "Your account number ending 4821 will be charged on the 1st of each month.",
    "Accounts with a balance below 10 EUR will be charged no fee this year.",
    "Your refund has been credited to the card you paid with.",
    "O seu reembolso foi creditado no cartão usado na compra.",
    "Protect your account with two-step verification: it keeps your mailbox safe even if your password leaks.",
    "Your name was added to the waiting list for the Saturday cooking class.",
    "Votre nom a été ajouté à la liste des participants de l'atelier.",
    "Ihr Name wurde in der Teilnehmerliste für den Kurs eingetragen.",
    "Su nombre ha sido añadido a la lista de espera del curso.",
    "Seu nome foi incluído na lista de presença do evento.",
    "Uw naam is toegevoegd aan de gastenlijst voor de opening.",
    "Il tuo nome è stato aggiunto alla lista d'attesa del corso.",
    "Tell us how your delivery went: the survey takes three minutes and helps us improve.",
    "Our new emergency kit for cyclists is in stock: puncture repair, light and first-aid pouch.",
};

// Approvals that are not loans: a leave request, an expense report, an
// account or a listing.
const char* const kOrdinaryApprovals[] = {
    "Your leave request was approved by your manager.",
    "Your expense report has been approved and will be paid with your salary.",
    "You have been approved as a seller; your first listing is live.",
    "Votre demande de congé a été approuvée.",
    "Ihr Urlaubsantrag wurde genehmigt.",
    "Su solicitud de vacaciones ha sido aprobada.",
    "Seu cadastro foi aprovado, bem-vindo!",
    "Je verlofaanvraag is goedgekeurd.",
    "La tua richiesta di ferie è stata approvata.",
    "Please enter your information in the registration form for the conference.",
};

// Everyday calls and genuine order mail: the callback wording must not fire
// on a friend's "call me" or a shop's help line.
const char* const kEverydayCalls[] = {
    "Call me at 5 when you are out of the meeting.",
    "Questions about your order? Visit our help centre or chat with us.",
    "Your order of 2 items has shipped and will arrive on Tuesday.",
    "Appelle-moi demain soir, on en parlera.",
    "Votre commande est en préparation, suivez-la dans votre espace client.",
    "Ruf mich morgen an, dann besprechen wir das.",
    "Ihre Bestellung wurde versandt.",
    "Llámame mañana por la tarde.",
    "Me liga amanhã de manhã, por favor.",
    "Bel me morgen even als je tijd hebt.",
    "Chiamami domani dopo pranzo.",
    "Thank you for your purchase of 25.00 EUR; your receipt is attached.",
};

TEST_F(PhraseListsTest, EverydayCallsAreNotCallbackLures) {
  for (const char* text : kEverydayCalls) {
    EXPECT_EQ(CategoriesOf(text).count("callback"), 0u) << text;
    EXPECT_EQ(CategoriesOf(text).count("unrecognised_action"), 0u) << text;
  }
}

// Genuine mail about deliveries, calls and security software: the contact
// and device-alarm wording must keep to the lure's own phrasing.
const char* const kGenuineContactAndSecurityMail[] = {
    "We tried to deliver your parcel today but nobody was home.",
    "Wir haben versucht, Ihr Paket zuzustellen.",
    "Nous avons essayé de livrer votre colis ce matin.",
    "Intentamos entregar su paquete hoy.",
    "Tentamos entregar a sua encomenda hoje.",
    "We hebben geprobeerd uw pakket te bezorgen.",
    "Abbiamo provato a consegnare il tuo pacco.",
    "Your virus definitions were updated last night; no action is needed.",
    "The scan finished: no threats found on this computer.",
    "Aucune menace trouvée lors de la dernière analyse.",
    "Keine Bedrohungen gefunden.",
    "Our webinar on malware trends is on Thursday.",
};

TEST_F(PhraseListsTest, GenuineDeliveryAndSecurityMailIsNoContactOrDeviceLure) {
  for (const char* text : kGenuineContactAndSecurityMail) {
    const std::set<std::string> got = CategoriesOf(text);
    EXPECT_EQ(got.count("contact_attempt"), 0u) << text;
    EXPECT_EQ(got.count("device_infected"), 0u) << text;
  }
}

// A renewal that went through, a refund on its way, a payment received: the
// everyday billing mail that must not read as a failed payment or a credit.
TEST_F(PhraseListsTest, SuccessfulBillingNoticesAreNoFailureOrCredit) {
  const char* const kTexts[] = {
      "Your subscription has been renewed successfully. Thank you!",
      "Your payment was successful and your receipt is attached.",
      "Your refund will be credited to your original payment method within 5 business days.",
      "Votre abonnement a été renouvelé avec succès.",
      "Le remboursement sera effectué sur votre carte sous 5 jours.",
      "Ihre Zahlung war erfolgreich. Vielen Dank für Ihren Einkauf.",
      "Die Erstattung wird in den nächsten Tagen auf Ihrem Konto erscheinen.",
      "Su suscripción se ha renovado correctamente.",
      "O seu pagamento foi aprovado. Obrigado pela sua compra.",
      "Uw betaling is gelukt. Het bedrag wordt binnen 5 dagen teruggestort.",
      "Il tuo abbonamento è stato rinnovato correttamente.",
      "We failed to reproduce the crash; the card layout renders fine on my machine.",
  };
  for (const char* text : kTexts) {
    const std::set<std::string> got = CategoriesOf(text);
    EXPECT_EQ(got.count("billing_failure"), 0u) << text;
    EXPECT_EQ(got.count("account_credited"), 0u) << text;
  }
}

// Words near a receipt's that are not one: a question about an order, a
// price in an advert, a total in a report. purchase_receipt is evidence only
// with a brand's name from outside it and a phone as the only contact, but
// it should still name receipts and nothing else.
TEST_F(PhraseListsTest, OrderTalkThatIsNoReceiptIsNoPurchaseReceipt) {
  const char* const kTexts[] = {
      "Can you confirm the order of the agenda items before Friday's meeting?",
      "Total paid attendance at the conference rose to 1,200 this year.",
      "The total amount of rainfall this month broke the record.",
      "Orders over $50 ship free this week only.",
      "Merci de confirmer l'ordre du jour avant vendredi.",
      "Der Betrag wird nach der Lieferung fällig.",
      "El pedido mínimo es de 20 euros.",
      "O valor do frete é calculado no carrinho.",
      "Het totaalbedrag staat op de volgende pagina.",
      "L'importo sarà addebitato alla consegna.",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("purchase_receipt"), 0u) << text;
}

TEST_F(PhraseListsTest, OrdinaryApprovalsAreNotLoanOffers) {
  for (const char* text : kOrdinaryApprovals) EXPECT_EQ(CategoriesOf(text).count("loan_offer"), 0u) << text;
}

// Genuine exchange, bank and community mail speaks of balances, rewards and
// trading too: the dormant-balance, crypto-income and community-reward
// patterns must stay out of it.
TEST_F(PhraseListsTest, GenuineCryptoAndBalanceMailIsNoPayoutLure) {
  const char* const kTexts[] = {
      "Your deposit of 0.25 BTC has been credited after 3 network confirmations.",
      "Your payout has been released to your bank account and should arrive in 2 business days.",
      "Your balance will be updated once the transfer is confirmed.",
      "Thank you for your contributions to the open-source community this year.",
      "Join our Telegram group to discuss the upgrade with the community.",
      "Learn how trading fees are calculated on spot and futures markets.",
      "Votre dépôt de 0,25 BTC a été crédité après 3 confirmations.",
      "Ihre Auszahlung wurde an Ihr Bankkonto überwiesen.",
      "Su retiro fue procesado y llegará en dos días hábiles.",
      "Seu saldo é atualizado após a confirmação da transferência.",
      "Uw storting is verwerkt en staat op uw rekening.",
      "Il tuo prelievo è stato elaborato correttamente.",
      "Unused points expire 24 months after your last flight.",
  };
  for (const char* text : kTexts) {
    std::set<std::string> got = CategoriesOf(text);
    for (const char* c : {"unclaimed_funds", "investment", "airdrop"}) EXPECT_EQ(got.count(c), 0u) << c << ": " << text;
  }
}

TEST_F(PhraseListsTest, ModernLegitimateMailHitsNoScamCategory) {
  const char* const kScam[] = {"advance_fee", "unclaimed_funds", "romance_adult", "health_miracle", "parcel_fee",
                               "prize", "giveaway_survey", "gambling_bonus", "airdrop",
                               "legal_summons", "gift_claim"};
  for (const char* text : kModernLegitimateSentences) {
    std::set<std::string> got = CategoriesOf(text);
    for (const char* c : kScam) EXPECT_EQ(got.count(c), 0u) << c << ": " << text;
  }
}

// News and shop mail about people and products: headlines report what
// someone did, shops announce products; neither promises a secret or a
// slashed bill in a famous name's voice.
TEST_F(PhraseListsTest, NewsAndShopWordingIsNoCelebrityPitch) {
  const char* const kTexts[] = {
      "Elon Musk unveils new robotaxi in Austin",
      "Tesla shares fall after quarterly results",
      "Bernard Arnault présente les résultats annuels du groupe",
      "Günther Jauch moderiert heute Abend die Sondersendung",
      "Rafa Nadal anuncia su retirada del tenis profesional",
      "Luciano Huck estreia novo programa no domingo",
      "Max Verstappen wint de Grand Prix van Japan",
      "Alberto Angela presenta la nuova stagione di Ulisse",
      "Your electricity bill for March is ready to view",
      "Votre facture d'électricité de mars est disponible",
      "Ihre Stromrechnung für März ist verfügbar",
      "Su factura de la luz de marzo ya está disponible",
      "A sua conta de luz de março já está disponível",
      "Uw energierekening van maart staat klaar",
      "La tua bolletta della luce di marzo è disponibile",
      "Our new collection has arrived: discover the spring styles",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("celebrity_pitch"), 0u) << text;
}

// Wallet-lure wording is evidence only beside a crypto brand's name from
// another domain, but it must still not catch everyday software and shop mail.
TEST_F(PhraseListsTest, EverydaySoftwareAndShopMailIsNoWalletLure) {
  const char* const kTexts[] = {
      "Install our browser extension to save coupons while you shop.",
      "Your router downloaded an update; it will restart tonight at 3am.",
      "Your loyalty points were added to your account after your last order.",
      "Mettez à jour l'application pour profiter des nouveautés.",
      "Das Firmware-Update für Ihren Drucker wurde installiert.",
      "Su pedido ha sido enviado y llegará el jueves.",
      "O seu reembolso foi processado e aparecerá no extrato.",
      "Uw bestelling is onderweg en wordt morgen bezorgd.",
      "Il tuo abbonamento è stato rinnovato con successo.",
      "Your wallet may be charged a small network fee for this transfer.",
      "Votre portefeuille de titres pourrait être rééquilibré en fin d'année.",
      "Ihr Wallet kann jetzt auch Karten von Ihrer Bank speichern.",
      "Su cartera podría estar lista para diversificarse.",
      "Sua carteira pode ser usada também nas lojas parceiras.",
      "Uw wallet kan nu ook tickets bewaren.",
      "Il tuo portafoglio potrebbe contenere carte fedeltà.",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("wallet_lure"), 0u) << text;
}

// What gateways, antivirus filters and newsletters really write about a
// message's origin: none of it is the sender vouching for itself.
TEST_F(PhraseListsTest, GatewayBannersAndSafeSenderRequestsAreNoTrustClaim) {
  const char* const kTexts[] = {
      "CAUTION: This email originated from outside of the organization.",
      "[EXTERNAL] This message is from an external sender.",
      "This email has been scanned for viruses and malware.",
      "Add us to your safe senders list so our newsletter reaches your inbox.",
      "ATTENTION : ce message provient de l'extérieur de l'organisation.",
      "Ajoutez-nous à vos expéditeurs de confiance pour recevoir nos offres.",
      "Achtung: Diese E-Mail stammt von einem externen Absender.",
      "Este mensaje proviene de un remitente externo a la organización.",
      "Esta mensagem foi enviada de fora da organização.",
      "Dit bericht is afkomstig van een externe afzender.",
      "Questo messaggio proviene da un mittente esterno all'organizzazione.",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("trust_claim"), 0u) << text;
}

// Quotations, prices and check-in times that are no offer of a free quote
// or an eligibility check.
TEST_F(PhraseListsTest, QuotationsAndPricesAreNoQuoteOffer) {
  const char* const kTexts[] = {
      "Feel free to quote me on that in your article.",
      "As quoted in yesterday's paper, the minister said the costs are covered by the budget.",
      "Please check in 30 minutes before your appointment.",
      "Your quote number is 4471; the price is valid for 30 days.",
      "Voici la citation du jour, envoyée par un lecteur.",
      "Der Kostenvoranschlag der Werkstatt liegt bei 420 Euro.",
      "La cotización del dólar subió hoy un 2 %.",
      "A cotação do dólar fechou em alta nesta sexta-feira.",
      "Het bod op de woning is geaccepteerd.",
      "Il preventivo di spesa per il 2025 è stato approvato dal consiglio.",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("quote_offer"), 0u) << text;
}

// Ordinary mail: lists, work, family, newsletters, technical discussion.
const char* const kOrdinarySentences[] = {
    "Your order has already shipped, so we cannot cancel it; you can return it within 30 days.",
    "Nous ne pouvons plus modifier votre commande, elle est déjà partie.",
    "Just answer this message with your order number and we will look into it.",
    "Répondez à ce message si vous avez une question sur votre commande.",
    "Responda a este correo si tiene alguna pregunta sobre su pedido.",
    "Responda este e-mail se tiver dúvidas sobre o seu pedido.",
    "After her passing, the family placed her letters in our care at the city archive.",
    "Until we hear from you, we may temporarily restrict your card.",
    "We will close the store early on Christmas Eve.",
    "Wir werden Ihre Bestellung morgen versenden.",
    "Beste Jan, als trouwe klant krijg je 10% korting.",
    "To continue using the banking app, you need to update the app to the latest version.",
    "Para continuar usando o aplicativo, é necessário atualizar para a versão mais recente.",
    "Um die App weiterhin nutzen zu können, aktualisieren Sie bitte auf die neueste Version.",
    "Dear USRP mailing list members, version 4.6 of the driver is out.",
    "Your free trial access is limited to three projects.",
    "Dear Anna, as a member of our club you get early access.",
    "Hi Tom, thanks for the patch. I applied it to the master branch and the build passes now.",
    "The meeting is moved to Thursday at 10am; the agenda is attached.",
    "Share your holiday photos with your family in one album.",
    "You have 30 days to return any item for a full refund.",
    "Partagez la vidéo de la fête avec vos amis !",
    "Did you try setting the sample rate to 2 MHz? The driver reports an overflow otherwise.",
    "Our newsletter this month: new recipes, a garden tour and the summer concert programme.",
    "You won't believe how fast the new compiler is.",
    "Please review the document before Friday and send me your comments.",
    "The IMAP server in our lab was upgraded last night; fetchmail works again.",
    "Salut Marc, merci pour la photo. On se voit samedi pour le déjeuner ?",
    "La réunion de l'association aura lieu mardi à 18 heures dans la salle des fêtes.",
    "Hallo Anna, danke für die Einladung. Wir kommen gerne am Sonntag vorbei.",
    "Die Konferenz beginnt um neun Uhr, das Programm finden Sie auf unserer Webseite.",
    "Hola Pedro, gracias por las fotos del viaje. Nos vemos el lunes en la oficina.",
    "Olá Maria, obrigado pelo convite. Vamos chegar por volta das oito horas.",
    "Hoi Jan, bedankt voor je hulp met de verhuizing. Tot volgende week!",
    "Ciao Giulia, grazie per la cena di ieri sera. Ci sentiamo domani.",
    "Deleted photos stay in the bin for 30 days, then they are removed for good.",
    "Vos photos sont sauvegardées automatiquement sur tous vos appareils.",
    "Gelöschte Fotos bleiben 30 Tage im Papierkorb.",
    "We have updated your account settings as you asked.",
    "It was me who booked the table; the new device arrives on Monday.",
    "Wir haben ein neues Gerät für das Labor bestellt.",
    "Ho comprato un nuovo dispositivo per la cucina.",
    "When you sync your address book, we will send an invitation to your contacts.",
    "I will share the holiday photos with my family tonight.",
    "Your life will be easier with our new planner.",
    "Sua encomenda passou pela alfândega e foi entregue ontem.",
    "The shipment cleared customs on Monday.",
};

// Invitations to subscribe are the opposite of an opt-out.
TEST_F(PhraseListsTest, SubscribingIsNoOptOut) {
  const char* const kTexts[] = {
      "Subscribe to our newsletter for weekly deals",
      "Abonnez-vous à notre lettre d'information",
      "Melden Sie sich jetzt für unseren Newsletter an",
      "Suscríbete a nuestro boletín",
      "Inscreva-se na nossa newsletter",
      "Meld je aan voor onze nieuwsbrief",
      "Iscriviti alla nostra newsletter",
  };
  for (const char* text : kTexts) EXPECT_EQ(CategoriesOf(text).count("opt_out"), 0u) << text;
}

TEST_F(PhraseListsTest, OrdinarySentencesHitNothing) {
  for (const char* text : kOrdinarySentences) {
    std::set<std::string> got = CategoriesOf(text);
    std::string list;
    for (const std::string& c : got) list += c + " ";
    EXPECT_TRUE(got.empty()) << text << " -> " << list;
  }
}

}  // namespace
}  // namespace phishscan
