#include "extract/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <utility>

#include "base/text.h"
#include "extract/gumbo_arena.h"
#include "extract/gumbo_element.h"
#include "extract/html_guard.h"
#include "extract/html_text_links.h"
#include "extract/html_tags.h"
#include "extract/inline_style.h"
#include "extract/meta_refresh.h"
#include "extract/relative_url.h"
#include "extract/style_sheet.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxAnchorTextBytes = 1024;
constexpr std::size_t kMaxHiddenCollectBytes = 1024;
constexpr std::size_t kMaxHiddenShownBytes = 200;
constexpr std::size_t kMaxHiddenRecords = 64;
constexpr std::size_t kMaxImages = 500;
constexpr std::size_t kMaxForms = 50;
constexpr std::size_t kMaxInputsPerForm = 100;
constexpr std::size_t kMaxMetaRefresh = 16;
constexpr std::size_t kMaxMapNameBytes = 128;
constexpr std::size_t kMaxMappedImages = 64;
constexpr uint32_t kDefaultTextColour = 0x000000;
constexpr uint32_t kDefaultBackground = 0xFFFFFF;  // mail clients render on white

// Per-element state; everything but the traversal cursor is inherited.
struct Frame {
  const GumboNode* node = nullptr;
  unsigned next_child = 0;
  bool entered = false;
  bool suppress_text = false;  // head, script, style, title, ...
  bool css_hidden = false;     // inside display:none & co. (no way back out)
  bool font_hidden = false;    // inside font-size:0, until a readable size is set
  int hidden_record = -1;      // where hidden text goes; -1 when visible
  uint32_t colour = kDefaultTextColour;
  std::optional<uint32_t> background = kDefaultBackground;  // nullopt: unknown (image)
  int anchor = -1;             // innermost open anchor, index into open_anchors_
  int form = -1;               // enclosing form, index into result.forms
  std::string_view map_name{};  // name of the enclosing <map>
  bool owns_anchor = false;
};

struct OpenAnchor {
  Link link;
  std::string text;
  std::string image_alt;
  bool saw_image = false;
  std::string map_name;  // an area's <map>
};

// An image drawn inside a link that hands its clicks to an image map.
struct MappedImage {
  std::string map_name;
  Url link;
};

struct HiddenRecord {
  std::string text;
  std::string reason;
};

// The attributes that decide how an element is presented (the first of each
// name, as gumbo_get_attribute finds it), read in one pass: a lookup per
// name scanned every attribute of every element again.
struct PresentationAttributes {
  std::optional<std::string_view> hidden, color, bgcolor, background, class_names, style, id;
};

bool Is(std::string_view name, AttributeName known) { return EqualsIgnoreCase(name, known.view()); }

PresentationAttributes ReadPresentationAttributes(const GumboElement& e, const TakenText& taken) {
  PresentationAttributes a;
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    const std::string_view name = attribute->name;
    std::optional<std::string_view>* slot = Is(name, "style")        ? &a.style
                                            : Is(name, "class")      ? &a.class_names
                                            : Is(name, "id")         ? &a.id
                                            : Is(name, "bgcolor")    ? &a.bgcolor
                                            : Is(name, "color")      ? &a.color
                                            : Is(name, "background") ? &a.background
                                            : Is(name, "hidden")     ? &a.hidden
                                                                     : nullptr;
    if (slot != nullptr && !*slot) *slot = taken.RestoreValue(attribute->value);
  }
  return a;
}

void AppendBounded(std::string& out, std::string_view text, std::size_t max_bytes) {
  if (out.size() >= max_bytes) return;
  out.append(text.substr(0, max_bytes - out.size()));
}

// Collapses HTML whitespace runs to one space and trims, keeping case.
std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

class HtmlWalker {
 public:
  HtmlWalker(const HtmlSource& source, const Limits& limits, std::size_t max_links,
             bool has_style_sheet, const GuardedHtml& guarded)
      : source_(source), limits_(limits), max_links_(max_links),
        has_style_sheet_(has_style_sheet), guarded_(guarded) {}

  HtmlExtraction Walk(const GumboNode* root);

 private:
  void Enter(Frame& f);
  void Exit(const Frame& f);
  void ApplyPresentation(Frame& f, const GumboElement& e, GumboTag tag);
  void OnText(const Frame& f, std::string_view text);
  void AppendBreak(const Frame& f, bool newline);
  void OpenLink(Frame& f, const GumboElement& e, bool area);
  void CloseAnchor();
  void OnImage(const Frame& f, const GumboElement& e);
  void OnForm(Frame& f, const GumboElement& e);
  void OnInput(const Frame& f, const GumboElement& e);
  void OnMeta(const GumboElement& e);
  void OnStyle(const GumboElement& e);
  // An attribute's value, with what the guard took out of it put back.
  std::string_view Value(const GumboElement& e, AttributeName name) const {
    return guarded_.taken_text.RestoreValue(Attribute(e, name));
  }
  void AddLimit(const char* name);
  int NewHiddenRecord(std::string reason);
  void AddTextLinks();
  void LinkImageMaps();
  void Finish();

  const HtmlSource& source_;
  const Limits& limits_;
  const std::size_t max_links_;
  const bool has_style_sheet_;
  const GuardedHtml& guarded_;
  HtmlExtraction result_;
  std::optional<Url> base_;
  StyleSheetRules style_sheet_;
  std::vector<OpenAnchor> open_anchors_;
  std::vector<HiddenRecord> hidden_records_;
  std::vector<TextRange> anchor_ranges_;  // rendered text inside outermost anchors
  std::vector<std::pair<std::size_t, std::string>> area_links_;  // index into result_.links, map
  std::vector<MappedImage> mapped_images_;
  int orphan_form_ = -1;
  std::size_t unresolved_links_ = 0;
  std::string restored_text_;  // a text node with the runs the guard took put back
};

void HtmlWalker::AddLimit(const char* name) {
  for (const std::string& hit : result_.limits_hit) {
    if (hit == name) return;
  }
  result_.limits_hit.emplace_back(name);
}

int HtmlWalker::NewHiddenRecord(std::string reason) {
  if (hidden_records_.size() >= kMaxHiddenRecords) return static_cast<int>(hidden_records_.size()) - 1;
  hidden_records_.push_back({"", std::move(reason)});
  return static_cast<int>(hidden_records_.size()) - 1;
}

HtmlExtraction HtmlWalker::Walk(const GumboNode* root) {
  std::vector<Frame> stack;
  stack.push_back(Frame{root});
  std::size_t visited = 0;
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (!f.entered) {
      f.entered = true;
      if (++visited > limits_.max_html_nodes) {
        AddLimit("max_html_nodes");
        break;
      }
      const GumboNodeType type = f.node->type;
      if (type == GUMBO_NODE_WHITESPACE) {  // layout whitespace: one space at most
        AppendBreak(f, false);
        stack.pop_back();
        continue;
      }
      if (type == GUMBO_NODE_TEXT || type == GUMBO_NODE_CDATA) {
        OnText(f, guarded_.taken_text.Restore(f.node->v.text.text, restored_text_));
        stack.pop_back();
        continue;
      }
      if (type == GUMBO_NODE_COMMENT) {
        stack.pop_back();
        continue;
      }
      if (type == GUMBO_NODE_ELEMENT || type == GUMBO_NODE_TEMPLATE) Enter(f);
    }
    const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT
                                      ? f.node->v.document.children
                                      : f.node->v.element.children;
    if (f.next_child < children.length) {
      Frame child = f;  // inherit, then reset the per-node fields
      child.node = static_cast<const GumboNode*>(children.data[f.next_child++]);
      child.next_child = 0;
      child.entered = false;
      child.owns_anchor = false;
      stack.push_back(child);  // may invalidate `f`
      continue;
    }
    Exit(f);
    stack.pop_back();
  }
  // Cut short: still close what is open so links and hidden text are kept.
  while (!stack.empty()) {
    if (stack.back().owns_anchor) CloseAnchor();
    stack.pop_back();
  }
  AddTextLinks();
  LinkImageMaps();
  Finish();
  return std::move(result_);
}

void HtmlWalker::Enter(Frame& f) {
  const GumboElement& e = f.node->v.element;
  const GumboTag tag = EffectiveTag(e);
  const HtmlTagRole role = RoleOf(tag);
  if (role.suppresses_text || f.node->type == GUMBO_NODE_TEMPLATE) f.suppress_text = true;
  ApplyPresentation(f, e, tag);
  if (role.block) AppendBreak(f, true);
  switch (tag) {
    case GUMBO_TAG_BASE:
      if (!base_) {
        std::optional<Url> base = ParseUrl(Value(e, "href"));
        if (base && (base->scheme == "http" || base->scheme == "https")) base_ = std::move(base);
      }
      break;
    case GUMBO_TAG_META: OnMeta(e); break;
    case GUMBO_TAG_A: OpenLink(f, e, false); break;
    case GUMBO_TAG_AREA: OpenLink(f, e, true); break;
    case GUMBO_TAG_MAP: f.map_name = TrimWhitespace(Value(e, "name")); break;
    case GUMBO_TAG_IMG: OnImage(f, e); break;
    case GUMBO_TAG_FORM: OnForm(f, e); break;
    case GUMBO_TAG_INPUT: OnInput(f, e); break;
    case GUMBO_TAG_BR: AppendBreak(f, true); break;
    case GUMBO_TAG_STYLE: OnStyle(e); break;
    default: break;
  }
}

// The style's text: taken out by the guard (found by where the element
// starts), or the element's own.
void HtmlWalker::OnStyle(const GumboElement& e) {
  const auto& taken = guarded_.style_texts;
  const auto it = std::lower_bound(taken.begin(), taken.end(), e.start_pos.offset,
                                   [](const auto& entry, std::size_t offset) { return entry.first < offset; });
  if (it != taken.end() && it->first == e.start_pos.offset) {
    style_sheet_.AddStyleText(it->second);
    return;
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) style_sheet_.AddStyleText(child->v.text.text);
  }
}

void HtmlWalker::Exit(const Frame& f) {
  if (f.node->type != GUMBO_NODE_ELEMENT && f.node->type != GUMBO_NODE_TEMPLATE) return;
  const HtmlTagRole role = RoleOf(f.node->v.element.tag);
  if (f.owns_anchor) CloseAnchor();
  if (role.block) AppendBreak(f, true);
  if (role.cell) AppendBreak(f, false);
}

// Inline style and presentational attributes: colours, and whether this
// element starts (or leaves) hidden text.
void HtmlWalker::ApplyPresentation(Frame& f, const GumboElement& e, GumboTag tag) {
  const PresentationAttributes attributes = ReadPresentationAttributes(e, guarded_.taken_text);
  std::string reason;
  bool font_only = false;     // the reason is a font size a descendant may undo
  bool readable_font = false;
  if (attributes.hidden) reason = "hidden attribute";
  if (tag == GUMBO_TAG_FONT) {
    if (auto c = ParseCssColor(attributes.color.value_or("")); c && !c->transparent) f.colour = c->rgb;
  }
  if (auto c = ParseCssColor(attributes.bgcolor.value_or("")); c && !c->transparent) f.background = c->rgb;
  // Backgrounds we cannot see: images, native buttons, and classes that a
  // style sheet may colour. Text on them is not compared with its colour.
  if (attributes.background || tag == GUMBO_TAG_BUTTON || (has_style_sheet_ && attributes.class_names)) {
    f.background.reset();
  }
  if (const std::string_view style_text = attributes.style.value_or(""); !style_text.empty()) {
    const InlineStyle style = ParseInlineStyle(style_text);
    if (style.color && !style.color->transparent) f.colour = style.color->rgb;
    if (style.background_image) {
      f.background.reset();
    } else if (style.background && !style.background->transparent) {
      f.background = style.background->rgb;
    }
    if (reason.empty()) {
      reason = style.hidden_reason;
      font_only = style.hidden_by_font_size;
    }
    readable_font = style.readable_font_size;
  }
  if (reason.empty() && !style_sheet_.empty()) {
    reason = style_sheet_.HiddenReason(TagName(e, tag), attributes.id.value_or(""),
                                       attributes.class_names.value_or(""));
  }
  if (f.css_hidden) return;  // already inside CSS-hidden content
  if (!reason.empty() && !font_only) {
    f.css_hidden = true;
    f.hidden_record = NewHiddenRecord(std::move(reason));
    return;
  }
  if (font_only) {
    if (!f.font_hidden) f.hidden_record = NewHiddenRecord(std::move(reason));
    f.font_hidden = true;
    return;
  }
  if (f.font_hidden) {
    if (!readable_font) return;  // still too small to read: stays in its record
    f.font_hidden = false;
    f.hidden_record = -1;  // the colours below decide again
  }
  const bool same_colour = f.background && ColoursIndistinguishable(f.colour, *f.background);
  if (!same_colour) {
    f.hidden_record = -1;  // a colour change can make text visible again
  } else if (f.hidden_record < 0) {
    f.hidden_record = NewHiddenRecord("same colour as background");
  }
}

void HtmlWalker::OnText(const Frame& f, std::string_view text) {
  if (f.suppress_text) return;
  if (f.hidden_record >= 0) {
    AppendBounded(hidden_records_[f.hidden_record].text, text, kMaxHiddenCollectBytes);
    return;
  }
  if (result_.text.size() + text.size() > limits_.max_text_bytes) {
    AddLimit("max_text_bytes");
    text = text.substr(0, limits_.max_text_bytes - std::min(result_.text.size(), limits_.max_text_bytes));
  }
  result_.text.append(text);
  if (f.anchor >= 0) AppendBounded(open_anchors_[f.anchor].text, text, kMaxAnchorTextBytes);
}

void HtmlWalker::AppendBreak(const Frame& f, bool newline) {
  if (f.suppress_text) return;
  if (f.hidden_record >= 0) {
    AppendBounded(hidden_records_[f.hidden_record].text, " ", kMaxHiddenCollectBytes);
    return;
  }
  std::string& text = result_.text;
  if (!text.empty() && text.back() == ' ' && newline) text.back() = '\n';
  if (!text.empty() && text.back() != ' ' && text.back() != '\n' &&
      text.size() < limits_.max_text_bytes) {
    text.push_back(newline ? '\n' : ' ');
  }
  if (f.anchor >= 0) AppendBounded(open_anchors_[f.anchor].text, " ", kMaxAnchorTextBytes);
}

void HtmlWalker::OpenLink(Frame& f, const GumboElement& e, bool area) {
  std::string_view href = Value(e, "href");
  if (href.empty()) href = Value(e, "xlink:href");
  if (href.empty()) return;
  if (result_.links.size() + open_anchors_.size() >= max_links_) {
    AddLimit("max_links");
    return;
  }
  std::optional<Url> url = ResolveHref(href, base_);
  if (!url) {
    ++unresolved_links_;
    return;
  }
  OpenAnchor anchor;
  anchor.link.url = std::move(*url);
  anchor.link.part_index = source_.part_index;
  anchor.link.origin = source_.attachment ? LinkOrigin::kAttachment
                       : area            ? LinkOrigin::kHtmlArea
                                         : LinkOrigin::kHtmlAnchor;
  if (area) {
    anchor.text = std::string(Value(e, "alt").substr(0, kMaxAnchorTextBytes));
    anchor.map_name = std::string(f.map_name.substr(0, kMaxMapNameBytes));
  }
  if (open_anchors_.empty()) anchor_ranges_.push_back({result_.text.size(), result_.text.size()});
  open_anchors_.push_back(std::move(anchor));
  f.anchor = static_cast<int>(open_anchors_.size()) - 1;
  f.owns_anchor = true;
}

void HtmlWalker::CloseAnchor() {
  OpenAnchor anchor = std::move(open_anchors_.back());
  open_anchors_.pop_back();
  if (open_anchors_.empty()) anchor_ranges_.back().end = result_.text.size();
  if (!anchor.map_name.empty()) area_links_.emplace_back(result_.links.size(), std::move(anchor.map_name));
  Link& link = anchor.link;
  link.text = CollapseWhitespace(anchor.text);
  if (TrimWhitespace(NormalizeText(link.text)).empty() && anchor.saw_image) {
    link.text = CollapseWhitespace(anchor.image_alt);
    link.image_only = true;
  }
  result_.links.push_back(std::move(link));
}

void HtmlWalker::OnImage(const Frame& f, const GumboElement& e) {
  const std::string_view alt = Value(e, "alt");
  if (f.anchor >= 0) {
    OpenAnchor& anchor = open_anchors_[f.anchor];
    anchor.saw_image = true;
    if (anchor.image_alt.empty()) anchor.image_alt = std::string(alt.substr(0, kMaxAnchorTextBytes));
    std::string_view usemap = TrimWhitespace(Value(e, "usemap"));
    if (!usemap.empty() && usemap.front() == '#') usemap.remove_prefix(1);
    if (!usemap.empty() && mapped_images_.size() < kMaxMappedImages) {
      mapped_images_.push_back({std::string(usemap.substr(0, kMaxMapNameBytes)), anchor.link.url});
    }
  }
  if (result_.images.size() >= kMaxImages) return;
  Image image;
  image.src = ResolveHref(Value(e, "src"), base_);
  image.alt = Ellipsize(alt, kMaxAnchorTextBytes);
  result_.images.push_back(std::move(image));
}

void HtmlWalker::OnForm(Frame& f, const GumboElement& e) {
  if (result_.forms.size() >= kMaxForms) return;
  Form form;
  form.action_raw = Ellipsize(Value(e, "action"), 8 << 10);
  if (!form.action_raw.empty()) form.action = ResolveHref(form.action_raw, base_);
  form.method = HasAttribute(e, "method") ? AsciiLower(Value(e, "method")) : "get";
  form.in_attachment = source_.attachment;
  result_.forms.push_back(std::move(form));
  f.form = static_cast<int>(result_.forms.size()) - 1;
}

void HtmlWalker::OnInput(const Frame& f, const GumboElement& e) {
  const std::string type = AsciiLower(TrimWhitespace(Value(e, "type")));
  if (type == "submit" || type == "button") OnText(f, Value(e, "value"));
  int index = f.form;
  if (index < 0) {
    if (orphan_form_ < 0 && result_.forms.size() < kMaxForms) {
      Form orphan;
      orphan.in_attachment = source_.attachment;
      result_.forms.push_back(std::move(orphan));
      orphan_form_ = static_cast<int>(result_.forms.size()) - 1;
    }
    index = orphan_form_;
  }
  if (index < 0) return;
  Form& form = result_.forms[index];
  if (type == "password") form.has_password_input = true;
  if (form.input_names.size() >= kMaxInputsPerForm) return;
  const std::string_view name = Value(e, "name");
  form.input_names.push_back(Ellipsize(name.empty() ? std::string_view(type) : name, 128));
}

void HtmlWalker::OnMeta(const GumboElement& e) {
  if (!EqualsIgnoreCase(TrimWhitespace(Value(e, "http-equiv")), "refresh")) return;
  if (result_.meta_refresh.size() >= kMaxMetaRefresh) return;
  if (std::optional<Url> target = ResolveHref(MetaRefreshTarget(Value(e, "content")), base_)) {
    result_.meta_refresh.push_back(std::move(*target));
  }
}

// URLs printed as text come after the anchors, so that one already linked
// is not counted twice.
void HtmlWalker::AddTextLinks() {
  const LinkOrigin origin = source_.attachment ? LinkOrigin::kAttachment : LinkOrigin::kPlainText;
  if (!AppendHtmlTextLinks(result_.text, anchor_ranges_, origin, source_.part_index, max_links_,
                           result_.links)) {
    AddLimit("max_links");
  }
}

// An image map inside or beside a link: the picture seems to lead where the
// link does, but each click on it goes to an area's href.
void HtmlWalker::LinkImageMaps() {
  for (const auto& [index, map_name] : area_links_) {
    for (const MappedImage& image : mapped_images_) {
      if (!EqualsIgnoreCase(image.map_name, map_name)) continue;
      result_.links[index].mapped_image_link = image.link;
      break;
    }
  }
}

void HtmlWalker::Finish() {
  for (HiddenRecord& record : hidden_records_) {
    std::string text = NormalizeText(record.text);
    if (text.empty()) continue;
    result_.hidden.push_back({Ellipsize(text, kMaxHiddenShownBytes), std::move(record.reason)});
  }
  if (unresolved_links_ > 0) {
    result_.notes.push_back(std::to_string(unresolved_links_) +
                            " relative link(s) without <base href> ignored");
  }
}

bool MentionsStyleSheet(std::string_view html) {
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.size() - i > 6 && EqualsIgnoreCase(html.substr(i + 1, 5), "style")) return true;
  }
  return false;
}

}  // namespace

HtmlExtraction ExtractHtml(std::string_view html, const HtmlSource& source, const Limits& limits,
                           std::size_t max_links) {
  return ExtractHtml(html, source, limits, max_links, GuardOptions());
}

HtmlExtraction ExtractHtml(std::string_view html, const HtmlSource& source, const Limits& limits,
                           std::size_t max_links, const GuardOptions& guard_options) {
  const GuardedHtml guarded = GuardHtml(html, guard_options);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; don't keep them
  GumboArena arena;        // holds the whole tree; released at once on return
  arena.Configure(options);
  const GumboOutput* output = gumbo_parse_with_options(&options, guarded.html.data(), guarded.html.size());
  if (output == nullptr) return {};
  HtmlWalker walker(source, limits, max_links, MentionsStyleSheet(html), guarded);
  HtmlExtraction result = walker.Walk(output->document);
  if (guarded.dropped_tags) {
    // Structure was dropped to bound parsing work: the node budget in spirit,
    // reported under its name.
    result.notes.push_back("HTML nested deeper than a mail client renders: structure dropped");
    if (std::find(result.limits_hit.begin(), result.limits_hit.end(), "max_html_nodes") ==
        result.limits_hit.end()) {
      result.limits_hit.push_back("max_html_nodes");
    }
  }
  if (guarded.dropped_attributes) {
    result.notes.push_back("tags with more than " + std::to_string(kMaxHtmlAttributes) +
                           " attributes (junk-attribute padding) were cut");
  }
  return result;
}

}  // namespace phishscan
