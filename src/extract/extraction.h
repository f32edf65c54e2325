// What the message shows a reader and where it sends them: visible text,
// links (href + visible text), forms, images, hidden text. Nothing is fetched.
#ifndef PHISHSCAN_EXTRACT_EXTRACTION_H_
#define PHISHSCAN_EXTRACT_EXTRACTION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/message.h"
#include "phishscan/limits.h"

namespace phishscan {

struct Url {
  std::string raw;          // as found in the message (after HTML entity decoding)
  std::string normalized;   // scheme://host[:port]/path?query#frag, host lower case ASCII
  std::string scheme;       // lower case: "https", "http", "mailto", "tel", ...
  std::string userinfo;     // text before '@' in the authority ("paypal.com@evil.example")
  std::string host;         // ASCII lower case (punycode), no trailing dot
  std::string host_unicode; // Unicode form of host
  std::string registrable_domain;  // eTLD+1 of host
  std::string path;         // percent-decoded path
  std::string query;        // raw query (without '?')
  int port = -1;
  bool ip_literal = false;
  bool punycode = false;    // some label is xn--
  bool confusable = false;  // ICU spoof checker: mixed scripts / whole-script confusable
  std::string skeleton;     // ICU confusable skeleton of host_unicode (for lookalike checks)
  bool operator==(const Url&) const = default;
};

// Parses one URL (absolute, or "www."-prefixed). std::nullopt when it is not one.
std::optional<Url> ParseUrl(std::string_view text);

// kPlainText: a URL written out as text, in a plain-text part or in the
// visible text of an HTML part outside any anchor; what it shows is where it
// goes. kAttachment: any link found in an attachment.
enum class LinkOrigin { kHtmlAnchor, kPlainText, kHtmlArea, kAttachment };

struct Link {
  Url url;
  std::string text;             // visible text of the anchor, or image alt; for plain text the label before "<URL>"
  LinkOrigin origin = LinkOrigin::kPlainText;
  std::optional<Url> shown_url; // when the visible text itself is a URL or domain
  bool image_only = false;      // anchor whose content is only an image
  // For an image-map area: the href of the link around the image the map
  // covers. A click on the image goes to the area's href, not to this one.
  std::optional<Url> mapped_image_link;
  std::size_t part_index = 0;   // index into Message::text_parts (or attachments for kAttachment)
  bool operator==(const Link&) const = default;
};

struct Form {
  std::optional<Url> action;  // nullopt when there is no or a relative action
  std::string action_raw;
  std::string method;
  bool has_password_input = false;
  std::vector<std::string> input_names;  // name or type of each input
  bool in_attachment = false;
  bool operator==(const Form&) const = default;
};

struct Image {
  std::optional<Url> src;
  std::string alt;
  bool operator==(const Image&) const = default;
};

struct HiddenText {
  std::string text;    // the hidden text, ellipsized
  std::string reason;  // "display:none", "font-size:0", "same colour as background", ...
  bool operator==(const HiddenText&) const = default;
};

struct Extraction {
  // Visible text of every part (HTML rendered to text, plain text as is),
  // normalised with NormalizeText, parts separated by "\n". Phrase matching
  // runs on this one string.
  std::string text;
  std::vector<Link> links;
  std::vector<Form> forms;
  std::vector<Image> images;
  std::vector<HiddenText> hidden;
  std::vector<Url> meta_refresh;
  std::vector<std::string> notes;
  std::vector<std::string> limits_hit;
};

// Extracts from every text part and from HTML/text attachments.
Extraction Extract(const Message& message, const Limits& limits);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_EXTRACTION_H_
