// Attachments that are not the documents they pretend to be: web pages (the
// classic credential-harvest attachment, often with a login form or
// obfuscated script), PDFs carrying actions, programs and scripts, disguised
// types and double extensions ("invoice.pdf.exe"), archives holding scripts.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/file_kind.h"
#include "detect/finding_examples.h"
#include "detect/host_kind.h"
#include "detect/redirect_resolver.h"
#include "detect/zip_listing.h"

namespace phishscan {
namespace {

constexpr std::size_t kFilenameEvidenceBytes = 120;
constexpr std::size_t kMaxPdfUris = 3;

std::string FileLabel(const Attachment& a) {
  return a.filename.empty() ? std::string("(unnamed)") : DisplayText(a.filename, kFilenameEvidenceBytes);
}

Evidence FileEvidence(const Attachment& a) {
  Evidence e{{"filename", FileLabel(a)}};
  if (!a.declared_type.empty()) e.emplace_back("declared type", a.declared_type);
  if (!a.sniffed_type.empty()) e.emplace_back("content type", a.sniffed_type);
  e.emplace_back("size", std::to_string(a.size));
  if (!a.sha256.empty()) e.emplace_back("sha256", a.sha256);
  return e;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// What an HTML/SVG attachment does when opened.
struct PageBehaviour {
  bool form = false;
  bool password = false;
  bool obfuscated_script = false;  // atob/unescape/eval/fromCharCode/document.write
  bool redirect = false;           // window.location, location.href/replace, meta refresh
  bool links = false;
};

PageBehaviour BehaviourOf(std::string_view content) {
  std::string lower = AsciiLower(content);
  PageBehaviour b;
  b.form = Contains(lower, "<form");
  b.password = Contains(lower, "type=\"password\"") || Contains(lower, "type='password'") ||
               Contains(lower, "type=password");
  for (std::string_view cue : {"atob(", "unescape(", "eval(", "fromcharcode", "document.write"})
    if (Contains(lower, cue)) b.obfuscated_script = true;
  for (std::string_view cue : {"window.location", "location.href", "location.replace", "location.assign",
                               "http-equiv=\"refresh\"", "http-equiv=refresh"})
    if (Contains(lower, cue)) b.redirect = true;
  b.links = Contains(lower, "href=") || Contains(lower, "action=");
  return b;
}

FindingExample HtmlExample(const Attachment& a) {
  PageBehaviour b = BehaviourOf(a.content);
  FindingExample ex;
  ex.weight = std::min(35, 14 + (b.form ? 6 : 0) + (b.password ? 10 : 0) + (b.obfuscated_script ? 8 : 0) +
                               (b.redirect ? 6 : 0) + (b.links ? 2 : 0));
  ex.evidence = FileEvidence(a);
  std::vector<std::string> does_en, does_fr;
  if (b.password || b.form) {
    ex.evidence.emplace_back("contains", b.password ? "form with a password field" : "form");
    does_en.push_back(b.password ? "contains a login form asking for a password" : "contains a form to fill in");
    does_fr.push_back(b.password ? "contient un formulaire de connexion qui demande un mot de passe"
                                 : "contient un formulaire à remplir");
  }
  if (b.obfuscated_script || b.redirect) {
    ex.evidence.emplace_back("contains", b.obfuscated_script ? "obfuscated script" : "redirect");
    does_en.push_back(b.obfuscated_script ? "hides code that rewrites the page" : "sends the browser to another site");
    does_fr.push_back(b.obfuscated_script ? "cache du code qui réécrit la page" : "envoie le navigateur vers un autre site");
  }
  std::string name = FileLabel(a);
  ex.en = "The attachment " + QuoteEn(name) + " is a web page, not a document: it opens in the browser" +
          (does_en.empty() ? "" : " and " + JoinEn(does_en)) + ".";
  ex.fr = "La pièce jointe " + QuoteFr(name) + " est une page web, pas un document : elle s'ouvre dans le navigateur" +
          (does_fr.empty() ? "" : " et " + JoinFr(does_fr)) + ".";
  return ex;
}

// "/URI" but not "/URIs"; "/JS" but not "/JSON".
bool HasPdfName(std::string_view pdf, std::string_view name) {
  for (std::size_t pos = pdf.find(name); pos != std::string_view::npos; pos = pdf.find(name, pos + 1)) {
    std::size_t end = pos + name.size();
    if (end >= pdf.size()) return true;
    char c = pdf[end];
    bool continues = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!continues) return true;
  }
  return false;
}

// Link targets written as "/URI (https://...)" in uncompressed objects.
std::vector<std::string> PdfUris(std::string_view pdf) {
  std::vector<std::string> uris;
  for (std::size_t pos = pdf.find("/URI"); pos != std::string_view::npos && uris.size() < kMaxPdfUris;
       pos = pdf.find("/URI", pos + 1)) {
    std::size_t open = pdf.find_first_not_of(" \r\n\t", pos + 4);
    if (open == std::string_view::npos || pdf[open] != '(') continue;
    std::size_t close = pdf.find(')', open);
    if (close == std::string_view::npos) continue;
    std::string uri = DisplayText(pdf.substr(open + 1, std::min<std::size_t>(close - open - 1, 400)), 200);
    if (!uri.empty() && std::find(uris.begin(), uris.end(), uri) == uris.end()) uris.push_back(uri);
  }
  return uris;
}

bool IsPdf(const Attachment& a) {
  return ExtensionOf(a.filename) == "pdf" || a.sniffed_type == "application/pdf" ||
         a.content.rfind("%PDF", 0) == 0;
}

std::optional<FindingExample> PdfExample(const Attachment& a, const Knowledge& knowledge) {
  std::string_view pdf = a.content;
  bool launch = HasPdfName(pdf, "/Launch");
  bool javascript = HasPdfName(pdf, "/JavaScript") || HasPdfName(pdf, "/JS");
  bool submit = HasPdfName(pdf, "/SubmitForm");
  bool uri = HasPdfName(pdf, "/URI");
  if (!launch && !javascript && !submit && !uri) return std::nullopt;
  FindingExample ex;
  ex.evidence = FileEvidence(a);
  std::vector<std::string> what_en, what_fr;
  if (launch) {
    what_en.push_back("a command to launch a program");
    what_fr.push_back("une commande pour lancer un programme");
  }
  if (javascript) {
    what_en.push_back("JavaScript");
    what_fr.push_back("du JavaScript");
  }
  if (submit) {
    what_en.push_back("a form that sends what is typed to a server");
    what_fr.push_back("un formulaire qui envoie ce qui est saisi à un serveur");
  }
  bool risky_uri = false;
  for (const std::string& u : PdfUris(pdf)) {
    ex.evidence.emplace_back("link", u);
    std::optional<Url> url = ParseUrl(u);
    // Judged where it leads: a document editor wraps its links in its own
    // redirector ("google.com/url?q=...").
    if (url && ClassifyHost(ResolveRedirects(*url, knowledge.redirectors()).target, knowledge) != HostKind::kOrdinary)
      risky_uri = true;
  }
  for (const std::string& w : what_en) ex.evidence.emplace_back("action", w);
  std::string name = FileLabel(a);
  if (what_en.empty()) {
    ex.weight = risky_uri ? 20 : 8;
    ex.evidence.emplace_back("action", "link");
    ex.en = "The PDF " + QuoteEn(name) + " contains clickable links" +
            (risky_uri ? " to a free hosting, file-sharing or shortener site" : "") +
            ", a common way to carry a phishing link past filters.";
    ex.fr = "Le PDF " + QuoteFr(name) + " contient des liens cliquables" +
            (risky_uri ? " vers un site d'hébergement gratuit, de partage de fichiers ou un raccourcisseur" : "") +
            ", un moyen courant de faire passer un lien de phishing à travers les filtres.";
    return ex;
  }
  ex.weight = launch ? 30 : javascript ? 25 : 15;
  ex.en = "The PDF " + QuoteEn(name) + " contains " + JoinEn(what_en) + ", which a normal document does not need.";
  ex.fr = "Le PDF " + QuoteFr(name) + " contient " + JoinFr(what_fr) + ", ce dont un document normal n'a pas besoin.";
  return ex;
}

std::optional<FindingExample> MismatchExample(const Attachment& a) {
  bool executable = IsExecutableType(a.sniffed_type);
  bool html = IsWebPageType(a.sniffed_type);
  if (!executable && !html) return std::nullopt;
  std::string ext = ExtensionOf(a.filename);
  bool claims_document = IsDocumentExtension(ext) || IsDocumentType(a.declared_type);
  if (!claims_document || (html && IsWebPageType(a.declared_type))) return std::nullopt;
  std::string claimed = IsDocumentExtension(ext) ? "." + ext : a.declared_type;
  FindingExample ex;
  ex.weight = executable ? 35 : 25;
  ex.evidence = FileEvidence(a);
  std::string name = FileLabel(a);
  ex.en = "The attachment " + QuoteEn(name) + " presents itself as " + claimed + " but is really " +
          (executable ? "a program" : "a web page") + " (" + a.sniffed_type + ").";
  ex.fr = "La pièce jointe " + QuoteFr(name) + " se présente comme " + claimed + " mais c'est en réalité " +
          (executable ? "un programme" : "une page web") + " (" + a.sniffed_type + ").";
  return ex;
}

std::optional<FindingExample> DoubleExtensionExample(const Attachment& a) {
  std::string inner;
  std::string ext = ExtensionOf(a.filename, &inner);
  if (!IsDocumentExtension(inner)) return std::nullopt;
  if (!IsExecutableExtension(ext) && !IsWebPageExtension(ext)) return std::nullopt;
  FindingExample ex;
  ex.weight = 30;
  ex.evidence = FileEvidence(a);
  std::string name = FileLabel(a);
  ex.en = "The attachment " + QuoteEn(name) + " has a double extension: it looks like a ." + inner +
          " but is a ." + ext + " file.";
  ex.fr = "La pièce jointe " + QuoteFr(name) + " a une double extension : elle ressemble à un ." + inner +
          " mais c'est un fichier ." + ext + ".";
  return ex;
}

std::optional<FindingExample> DangerousExample(const Attachment& a) {
  std::string ext = ExtensionOf(a.filename);
  if (!IsExecutableExtension(ext)) return std::nullopt;
  FindingExample ex;
  ex.weight = 28;
  ex.evidence = FileEvidence(a);
  std::string name = FileLabel(a);
  ex.en = "The attachment " + QuoteEn(name) + " is a ." + ext +
          " file, a type that runs code when opened and is not used to send documents.";
  ex.fr = "La pièce jointe " + QuoteFr(name) + " est un fichier ." + ext +
          ", un type qui exécute du code à l'ouverture et ne sert pas à envoyer des documents.";
  return ex;
}

std::optional<FindingExample> ArchiveExample(const Attachment& a) {
  if (!LooksLikeZip(a.content)) return std::nullopt;
  std::vector<std::string> risky;
  for (const std::string& entry : ZipEntryNames(a.content)) {
    std::string ext = ExtensionOf(entry);
    if (IsExecutableExtension(ext) || IsWebPageExtension(ext)) risky.push_back(entry);
  }
  if (risky.empty()) return std::nullopt;
  FindingExample ex;
  ex.weight = IsExecutableExtension(ExtensionOf(risky.front())) ? 28 : 22;
  ex.evidence = FileEvidence(a);
  for (std::size_t i = 0; i < risky.size() && i < 3; ++i)
    ex.evidence.emplace_back("archive entry", DisplayText(risky[i], kFilenameEvidenceBytes));
  std::string name = FileLabel(a), entry = DisplayText(risky.front(), kFilenameEvidenceBytes);
  ex.en = "The archive " + QuoteEn(name) + " contains " + QuoteEn(entry) +
          ", a file that runs code or opens a web page rather than a document.";
  ex.fr = "L'archive " + QuoteFr(name) + " contient " + QuoteFr(entry) +
          ", un fichier qui exécute du code ou ouvre une page web plutôt qu'un document.";
  return ex;
}

class AttachmentDetector : public Detector {
 public:
  std::string_view name() const override { return "attachment"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    std::vector<FindingExample> html, pdf, mismatch, double_ext, dangerous, archive;
    for (const Attachment& a : ctx.message.attachments) {
      if (auto ex = DoubleExtensionExample(a)) {
        double_ext.push_back(std::move(*ex));
      } else if (auto danger = DangerousExample(a)) {
        dangerous.push_back(std::move(*danger));
      }
      if (auto ex = MismatchExample(a)) mismatch.push_back(std::move(*ex));
      if (IsWebPageAttachment(a)) {
        html.push_back(HtmlExample(a));
      } else if (IsPdf(a)) {
        if (auto ex = PdfExample(a, ctx.knowledge)) pdf.push_back(std::move(*ex));
      }
      if (auto ex = ArchiveExample(a)) archive.push_back(std::move(*ex));
    }
    Emit("attachment.html", 35, std::move(html), out);
    Emit("attachment.pdf_action", 32, std::move(pdf), out);
    Emit("attachment.type_mismatch", 35, std::move(mismatch), out);
    Emit("attachment.double_extension", 35, std::move(double_ext), out);
    Emit("attachment.dangerous_type", 32, std::move(dangerous), out);
    Emit("attachment.archive_dangerous", 32, std::move(archive), out);
  }

 private:
  static void Emit(std::string id, int max_weight, std::vector<FindingExample> examples, std::vector<Signal>& out) {
    EmitFinding(std::move(id), Sign::kAttachment, FindingItem::kAttachment, max_weight, std::move(examples), out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeAttachmentDetector() { return std::make_unique<AttachmentDetector>(); }

}  // namespace phishscan
