#include "extract/html_guard.h"

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <unordered_map>
#include <vector>

#include "base/text.h"
#include "extract/html_tag_sets.h"
#include "extract/read_attributes.h"
#include "extract/taken_text.h"

namespace phishscan {
namespace {

// Estimated Gumbo work (stack entries scanned) before structure is dropped:
// a few hundred milliseconds at worst; ordinary mail uses well under 5%.
constexpr uint64_t kWorkBudget = 15'000'000;
constexpr std::size_t kNotFound = std::string_view::npos;
// Distinct unknown tag names remembered; later ones share one name, so junk
// names cannot grow the guard's memory beyond a small table.
constexpr std::size_t kMaxInternedNames = 4096;
constexpr std::string_view kOverflowTagName = "ps-unknown";

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// One attribute of a tag: name, and value if any.
struct AttributeSpan {
  std::size_t begin = 0, name_end = 0, end = 0;
};

// A start or end tag as the HTML tokenizer reads it (quoted attribute values
// may contain '>').
struct TagToken {
  std::size_t name_begin = 0, name_end = 0;
  std::size_t end = 0;                 // one past '>'
  std::size_t attributes_cut = kNotFound;  // where attributes beyond the cap start
  bool complete = false;               // false: input ended inside the tag
  std::size_t attribute_count = 0;     // at most kMaxHtmlAttributes
  std::array<AttributeSpan, kMaxHtmlAttributes> attributes;
};

TagToken ScanTag(std::string_view in, std::size_t name_begin) {
  TagToken t;
  t.name_begin = name_begin;
  std::size_t i = name_begin;
  while (i < in.size() && !IsTagSpace(in[i]) && in[i] != '/' && in[i] != '>') ++i;
  t.name_end = i;
  std::size_t attributes = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (IsTagSpace(c) || c == '/') {
      ++i;
      continue;
    }
    if (c == '>') {
      t.end = i + 1;
      t.complete = true;
      return t;
    }
    if (attributes++ == kMaxHtmlAttributes) t.attributes_cut = i;
    AttributeSpan span{i, 0, 0};
    ++i;  // the first character of a name may be anything, even '='
    while (i < in.size() && !IsTagSpace(in[i]) && in[i] != '/' && in[i] != '>' && in[i] != '=') ++i;
    span.name_end = span.end = i;
    if (t.attribute_count < t.attributes.size()) t.attributes[t.attribute_count++] = span;
    while (i < in.size() && IsTagSpace(in[i])) ++i;
    if (i >= in.size() || in[i] != '=') continue;
    ++i;
    while (i < in.size() && IsTagSpace(in[i])) ++i;
    if (i < in.size() && (in[i] == '"' || in[i] == '\'')) {
      const std::size_t close = in.find(in[i], i + 1);
      if (close == kNotFound) break;
      i = close + 1;
    } else {
      while (i < in.size() && !IsTagSpace(in[i]) && in[i] != '>') ++i;
    }
    if (t.attributes_cut == kNotFound) t.attributes[t.attribute_count - 1].end = i;
  }
  return t;  // incomplete
}

// The value of attribute `a` as written (without its quotes); nullopt when
// it has none.
std::optional<std::string_view> AttributeValue(std::string_view in, const AttributeSpan& a) {
  std::size_t i = a.name_end;
  while (i < a.end && IsTagSpace(in[i])) ++i;
  if (i == a.end || in[i] != '=') return std::nullopt;
  ++i;
  while (i < a.end && IsTagSpace(in[i])) ++i;
  if (i < a.end && (in[i] == '"' || in[i] == '\'')) return in.substr(i + 1, a.end - i - 2);
  return in.substr(i, a.end - i);
}

// Position of the end of a comment starting at `lt` ("<!--"), or kNotFound,
// as the HTML tokenizer finds it: "<!-->" and "<!--->" are complete
// comments; otherwise the first "--" after "<!--" followed by ">" or "!>"
// ends it ("<!--!>" does not: its dashes are the opening ones).
std::size_t CommentEnd(std::string_view in, std::size_t lt) {
  const std::size_t body = lt + 4;
  if (body < in.size() && in[body] == '>') return body + 1;
  if (body + 1 < in.size() && in[body] == '-' && in[body + 1] == '>') return body + 2;
  for (std::size_t j = body;;) {
    const std::size_t dashes = in.find("--", j);
    if (dashes == kNotFound) return kNotFound;
    if (dashes + 2 < in.size() && in[dashes + 2] == '>') return dashes + 3;
    if (dashes + 3 < in.size() && in[dashes + 2] == '!' && in[dashes + 3] == '>') return dashes + 4;
    j = dashes + 1;
  }
}

// Where the raw text of element `name` starting at `from` ends, as the
// tokenizer finds it: at the first "</" + name followed by a blank, '/' or
// '>'. kNotFound when the text runs to the end of the input.
std::size_t RawTextEnd(std::string_view in, std::size_t from, std::string_view name) {
  const std::size_t after_name = 2 + name.size();
  for (std::size_t i = in.find("</", from); i != kNotFound; i = in.find("</", i + 2)) {
    if (in.size() - i <= after_name || !EqualsIgnoreCase(in.substr(i + 2, name.size()), name)) continue;
    const char after = in[i + after_name];
    if (IsTagSpace(after) || after == '/' || after == '>') return i;
  }
  return kNotFound;
}

// Elements whose content Gumbo's tokenizer reads as text up to their end
// tag when they are opened in HTML content (<noscript> is not one: Gumbo
// parses as if scripting were off; <plaintext> has no end).
constexpr std::array<GumboTag, 8> kTokenizerRawText = {
    GUMBO_TAG_TITLE,  GUMBO_TAG_TEXTAREA, GUMBO_TAG_STYLE,    GUMBO_TAG_XMP,
    GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES, GUMBO_TAG_SCRIPT};

// Index of `tag` in kTokenizerRawText, or kTokenizerRawText.size().
std::size_t TokenizerRawTextIndex(GumboTag tag) {
  std::size_t i = 0;
  while (i < kTokenizerRawText.size() && kTokenizerRawText[i] != tag) ++i;
  return i;
}

// The text Gumbo makes of raw text `raw`, when it is printable ASCII (which
// Gumbo reads as is, but for line ends) and not only blanks (so that Gumbo
// makes a text node of it, not a whitespace node); nullopt otherwise.
std::optional<std::string> PlainRawText(std::string_view raw) {
  bool blank = true;
  for (char c : raw) {
    if (IsTagSpace(c)) continue;
    if (c < 0x20 || c > 0x7E) return std::nullopt;
    blank = false;
  }
  if (blank) return std::nullopt;
  std::string text;
  text.reserve(raw.size());
  AppendWithGumboLineEnds(raw, text);
  return text;
}

class HtmlGuard {
 public:
  HtmlGuard(std::string_view in, bool leave_out_unread)
      : in_(in), leave_out_unread_(leave_out_unread),
        may_take_text_(leave_out_unread && !MayHoldTakenTextMark(in)) {
    out_.reserve(in.size() + in.size() / 8 + 16);
  }
  GuardedHtml Run();

 private:
  using TagId = int;
  // Where the text of a raw-text element ends: the last end found for each
  // of kTokenizerRawText, and where the search began. Start tags come in
  // input order, so a search from an earlier position answers for a later
  // one unless the end it found lies before it: several elements the guard
  // closed some other way may share one end, and each end is searched for
  // once, not once per element.
  struct RawEnd {
    std::size_t searched_from = kNotFound;
    std::size_t text_end = kNotFound;  // kNotFound: none after searched_from
    std::size_t tag_end = kNotFound;   // one past the end tag's '>'; kNotFound: cut short
  };
  // Return where scanning continues; kNotFound when the input ended inside
  // the tag.
  std::size_t OnStartTag(std::size_t lt);
  std::size_t TakeStyleText(const TagToken& t, std::size_t lt);
  std::size_t CopyRawText(const TagToken& t, std::size_t lt, GumboTag tag);
  const RawEnd& RawTextEndAfter(std::size_t from, std::size_t raw_index);
  std::size_t RawTextEndInTag(std::size_t lt, const TagToken& t);
  std::size_t OnEndTag(std::size_t lt);
  void EmitText(std::string_view text);
  void EmitStartTag(const TagToken& t, std::size_t lt, std::string_view rename, bool foreign);
  uint32_t ReadAttributes(const TagToken& t) const;
  uint32_t TakenValues(const TagToken& t, uint32_t read) const;
  void EmitAttribute(const AttributeSpan& a, bool take_value);
  bool CloseElement(TagId id);
  void CloseFrom(std::size_t position);
  bool Blocked(TagId id, std::size_t position) const;
  static constexpr TagId kNoId = -1;
  // Id of a tag; for unknown names interned when `intern`, else kNoId when
  // never seen. Past kMaxInternedNames new names all map to kOverflowTagName
  // (start and end tags alike).
  TagId IdOf(GumboTag tag, std::string_view name, bool intern);
  std::string_view NameOf(TagId id) const;
  static GumboTag TagOf(TagId id);
  void Push(TagId id);
  void Pop();
  std::size_t Count(TagId id) const {
    return static_cast<std::size_t>(id) < positions_.size() ? positions_[id].size() : 0;
  }
  bool OverBudget() const { return work_ > kWorkBudget; }
  // What the guard leaves out of Gumbo's input (when GuardOptions asks it
  // to) is what extraction never reads, and only where the guard is certain
  // Gumbo reads the same thing. Gumbo reads a character at a time, and mail
  // HTML carries kilobytes of comments, CSS and layout attributes.
  // Comment text: outside raw text (checked by the caller) and not inside
  // <svg>/<math>, where "<![CDATA[" may hide the comment's start from the
  // guard, nor after a script.
  bool MayLeaveOutCommentText() const { return leave_out_unread_ && foreign_depth_ == 0 && !opened_script_; }
  // Attributes: where a tag is certainly a tag for Gumbo, with the same
  // attributes: outside raw text, and where comments are.
  bool MayLeaveOutAttributes() const { return raw_text_depth_ == 0 && MayLeaveOutCommentText(); }
  // Style text: where a <style> start tag certainly makes Gumbo read what
  // follows as the style's raw text: as for attributes, and not in a
  // <select> (which ignores it) or a frameset.
  bool MayTakeStyleText() const { return leave_out_unread_ && RawTextIsCertain(); }
  // Runs of text: where Gumbo certainly reads text as character data of HTML
  // content (as for attributes), not in a frameset (which keeps only the
  // blanks of text), and when no mark of taken text can come from the input.
  bool MayTakeText() const { return may_take_text_ && MayLeaveOutAttributes() && !opened_frameset_; }
  // Whether a raw-text start tag here (not <script>) certainly makes Gumbo's
  // tokenizer read what follows as text up to its end tag: outside raw
  // text, SVG, MathML, <select> (which ignores such tags) and framesets, and
  // before any script. Then the guard copies that text as it is, and does
  // not read tags in it.
  bool RawTextIsCertain() const {
    return raw_text_depth_ == 0 && foreign_depth_ == 0 && !opened_script_ && Count(GUMBO_TAG_SELECT) == 0 &&
           !opened_frameset_;
  }
  GuardedHtml Result() {
    return GuardedHtml{std::move(out_), dropped_tags_, dropped_attributes_, std::move(style_texts_),
                       std::move(taken_text_)};
  }

  std::string_view in_;
  const bool leave_out_unread_;  // GuardOptions
  const bool may_take_text_;
  // The text last emitted ends in a reference that text after it may go on
  // (EmitText).
  bool pending_reference_ = false;
  std::string out_;
  bool dropped_tags_ = false;
  bool dropped_attributes_ = false;
  uint64_t work_ = 0;
  std::vector<TagId> stack_;
  std::vector<std::vector<uint32_t>> positions_;  // by id: where it is on stack_
  std::vector<uint32_t> special_positions_;
  std::vector<uint32_t> boundary_positions_;
  std::vector<uint32_t> table_boundary_positions_;
  // Raw-text elements (<script>, <style>, <title>...) open. Their content is
  // still read as markup: where Gumbo reads it as text that only
  // over-estimates the stack, and an end tag the guard emits to close one
  // ends Gumbo's raw text too. But inside one, "<!--" is not trusted to open
  // a comment, as Gumbo would read the markup the guard skipped.
  std::size_t raw_text_depth_ = 0;
  // The raw text Gumbo's tokenizer is in, if any: the outermost open element
  // of IsTokenizerRawText (the ones inside it are text to Gumbo), and where
  // its text ends (RawTextEndInTag).
  std::size_t tokenizer_raw_depth_ = 0;
  std::size_t tokenizer_raw_index_ = 0;     // into kTokenizerRawText
  std::size_t tokenizer_raw_position_ = 0;  // on stack_

  // <svg>/<math> open: inside them "void" names like <wbr> are ordinary
  // foreign elements that nest.
  std::size_t foreign_depth_ = 0;
  // A <script> or <plaintext> was opened: Gumbo may still be reading text
  // where the guard has closed it (a "double-escaped" script ignores
  // "</script>"; nothing ends plaintext).
  bool opened_script_ = false;
  bool opened_frameset_ = false;
  std::vector<std::pair<std::size_t, std::string>> style_texts_;
  TakenText taken_text_;
  std::array<RawEnd, kTokenizerRawText.size()> raw_ends_;
  // A style text end whose text was refused: not checked again.
  std::size_t refused_text_end_ = kNotFound;
  std::unordered_map<std::string, TagId> interned_;
  std::vector<std::string> interned_names_;
  bool seen_html_ = false, seen_head_ = false, seen_body_ = false;
};

HtmlGuard::TagId HtmlGuard::IdOf(GumboTag tag, std::string_view name, bool intern) {
  if (tag != GUMBO_TAG_UNKNOWN) return static_cast<TagId>(tag);
  if (auto it = interned_.find(std::string(name)); it != interned_.end()) return it->second;
  const bool full = interned_names_.size() >= kMaxInternedNames;
  if (full && name != kOverflowTagName) return IdOf(tag, kOverflowTagName, intern);
  if (!intern) return kNoId;
  const TagId id =
      static_cast<TagId>(GUMBO_TAG_LAST) + 1 + static_cast<TagId>(interned_names_.size());
  interned_names_.emplace_back(name);
  interned_.emplace(interned_names_.back(), id);
  return id;
}

GumboTag HtmlGuard::TagOf(TagId id) {
  return id < static_cast<TagId>(GUMBO_TAG_LAST) ? static_cast<GumboTag>(id) : GUMBO_TAG_UNKNOWN;
}

std::string_view HtmlGuard::NameOf(TagId id) const {
  const GumboTag tag = TagOf(id);
  if (tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(tag);
  return interned_names_[static_cast<std::size_t>(id) - GUMBO_TAG_LAST - 1];
}

void HtmlGuard::Push(TagId id) {
  const auto position = static_cast<uint32_t>(stack_.size());
  if (static_cast<std::size_t>(id) >= positions_.size()) positions_.resize(id + 1);
  positions_[id].push_back(position);
  const GumboTag tag = TagOf(id);
  if (IsSpecialElement(tag)) special_positions_.push_back(position);
  if (IsScopeBoundary(tag)) boundary_positions_.push_back(position);
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE) {
    table_boundary_positions_.push_back(position);
  }
  if (IsRawTextElement(tag)) ++raw_text_depth_;
  if (const std::size_t raw = TokenizerRawTextIndex(tag); raw < kTokenizerRawText.size()) {
    if (tokenizer_raw_depth_++ == 0) {
      tokenizer_raw_index_ = raw;
      tokenizer_raw_position_ = stack_.size();
    }
  }
  if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) ++foreign_depth_;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_PLAINTEXT) opened_script_ = true;
  if (tag == GUMBO_TAG_FRAMESET) opened_frameset_ = true;
  stack_.push_back(id);
}

void HtmlGuard::Pop() {
  const TagId id = stack_.back();
  const GumboTag tag = TagOf(id);
  positions_[id].pop_back();
  if (IsSpecialElement(tag)) special_positions_.pop_back();
  if (IsScopeBoundary(tag)) boundary_positions_.pop_back();
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE) {
    table_boundary_positions_.pop_back();
  }
  if (IsRawTextElement(tag)) --raw_text_depth_;
  if (TokenizerRawTextIndex(tag) < kTokenizerRawText.size()) --tokenizer_raw_depth_;
  if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) --foreign_depth_;
  stack_.pop_back();
}

// Would Gumbo ignore an end tag for the element at `position`? Ordinary
// elements stop at any special element above them, special ones at the
// boundary of their scope.
bool HtmlGuard::Blocked(TagId id, std::size_t position) const {
  const GumboTag tag = TagOf(id);
  const std::vector<uint32_t>& blockers =
      !IsSpecialElement(tag) ? special_positions_
      : UsesTableScope(tag)  ? table_boundary_positions_
                             : boundary_positions_;
  return !blockers.empty() && blockers.back() > position;
}

// Closes the topmost `id` by emitting end tags for everything above it and
// then for it, so every end tag Gumbo sees closes its current node. False
// (nothing emitted) when Gumbo would ignore the end tag anyway.
bool HtmlGuard::CloseElement(TagId id) {
  const std::size_t position = positions_[id].back();
  if (Blocked(id, position)) return false;
  CloseFrom(position);
  return true;
}

void HtmlGuard::CloseFrom(std::size_t position) {
  while (stack_.size() > position) {
    work_ += stack_.size();
    out_.append("</").append(NameOf(stack_.back())).push_back('>');
    Pop();
  }
}

// Bit i set: the tag's attribute i is one extraction or Gumbo reads.
uint32_t HtmlGuard::ReadAttributes(const TagToken& t) const {
  static_assert(kMaxHtmlAttributes <= 32);
  uint32_t read = 0;
  for (std::size_t i = 0; i < t.attribute_count; ++i) {
    const AttributeSpan& a = t.attributes[i];
    if (KeepsAttribute(in_.substr(a.begin, a.name_end - a.begin))) read |= uint32_t{1} << i;
  }
  return read;
}

// Bit i set: attribute i is in `read`, and its value is one the guard takes
// out (TakenText): long, read as it is written, and not read by Gumbo's tree
// construction (type, name, action...), which must see the value itself.
uint32_t HtmlGuard::TakenValues(const TagToken& t, uint32_t read) const {
  uint32_t taken = 0;
  for (std::size_t i = 0; i < t.attribute_count; ++i) {
    if ((read & (uint32_t{1} << i)) == 0) continue;
    const AttributeSpan& a = t.attributes[i];
    if (!TakesAttributeValue(in_.substr(a.begin, a.name_end - a.begin))) continue;
    const std::optional<std::string_view> value = AttributeValue(in_, a);
    if (value && value->size() >= kMinTakenTextBytes && PlainTextEnd(*value, 0) == value->size()) {
      taken |= uint32_t{1} << i;
    }
  }
  return taken;
}

// Copies one attribute, with a space before it; with its value's mark in
// place of the value when `take_value`.
void HtmlGuard::EmitAttribute(const AttributeSpan& a, bool take_value) {
  out_.push_back(' ');
  const std::size_t before = out_.size();
  if (take_value) {
    out_.append(in_.substr(a.begin, a.name_end - a.begin)).append("=\"");
    if (taken_text_.Take(*AttributeValue(in_, a), out_)) {
      out_.push_back('"');
      return;
    }
    out_.resize(before);  // no mark left: copied as it is
  }
  out_.append(in_.substr(a.begin, a.end - a.begin));
}

// Copies the start tag, renamed if `rename` is set, with at most
// kMaxHtmlAttributes attributes, and where the tag is certain only the
// attributes KeepsAttribute names: inside what Gumbo may read as raw text,
// an attribute value may hold the end tag that ends it. (In SVG and MathML,
// Gumbo adjusts attribute names: all are kept there, and on <svg> and <math>
// themselves, which `foreign` says.) Where text may be taken, so may long
// attribute values.
void HtmlGuard::EmitStartTag(const TagToken& t, std::size_t lt, std::string_view rename, bool foreign) {
  const uint32_t all = t.attribute_count == 32 ? ~uint32_t{0} : (uint32_t{1} << t.attribute_count) - 1;
  const uint32_t read = !foreign && MayLeaveOutAttributes() ? ReadAttributes(t) : all;
  const uint32_t taken = !foreign && MayTakeText() ? TakenValues(t, read) : 0;
  const bool filter = read != all || taken != 0;
  if (rename.empty() && t.attributes_cut == kNotFound && !filter) {
    out_.append(in_.substr(lt, t.end - lt));
    return;
  }
  out_.push_back('<');
  out_.append(rename.empty() ? in_.substr(t.name_begin, t.name_end - t.name_begin) : rename);
  if (t.attributes_cut != kNotFound) dropped_attributes_ = true;
  if (filter) {
    for (std::size_t i = 0; i < t.attribute_count; ++i) {
      if ((read & (uint32_t{1} << i)) != 0) EmitAttribute(t.attributes[i], (taken & (uint32_t{1} << i)) != 0);
    }
    out_.push_back('>');
  } else if (t.attributes_cut == kNotFound) {
    out_.append(in_.substr(t.name_end, t.end - t.name_end));
  } else {
    out_.append(in_.substr(t.name_end, t.attributes_cut - t.name_end)).push_back('>');
  }
}

std::size_t HtmlGuard::OnStartTag(std::size_t lt) {
  const TagToken t = ScanTag(in_, lt + 1);
  if (const std::size_t end = RawTextEndInTag(lt, t); end != kNotFound) {
    out_.append(in_.substr(lt, end - lt));
    return end;
  }
  if (!t.complete) return kNotFound;  // Gumbo drops a tag cut by the end of input
  const std::string name = AsciiLower(in_.substr(t.name_begin, t.name_end - t.name_begin));
  const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  std::string_view rename = FormattingReplacement(tag);
  const GumboTag effective = rename.empty() ? tag : gumbo_tagn_enum(rename.data(), rename.size());
  const TagId id = IdOf(effective, rename.empty() ? std::string_view(name) : rename, true);
  if (NameOf(id) != (rename.empty() ? std::string_view(name) : rename)) rename = NameOf(id);
  work_ += stack_.size() + 1;

  bool* seen = tag == GUMBO_TAG_HTML ? &seen_html_ : tag == GUMBO_TAG_HEAD ? &seen_head_
               : tag == GUMBO_TAG_BODY ? &seen_body_ : nullptr;
  if (seen != nullptr) {  // repeats only merge attributes, quadratically
    if (!*seen) EmitStartTag(t, lt, "", false);
    *seen = true;
    return t.end;
  }
  if (IsTablePart(tag) && Count(GUMBO_TAG_TABLE) == 0 && Count(GUMBO_TAG_TEMPLATE) == 0) {
    return t.end;  // ignored by Gumbo outside a table
  }
  if (tag == GUMBO_TAG_FORM && Count(GUMBO_TAG_FORM) > 0) return t.end;  // ignored too

  // Closes Gumbo performs for this start tag when the element is on top.
  const auto top_is = [this](std::initializer_list<GumboTag> tags) {
    if (stack_.empty()) return false;
    for (GumboTag candidate : tags) {
      if (stack_.back() == static_cast<TagId>(candidate)) return true;
    }
    return false;
  };
  if (ClosesParagraph(tag) && top_is({GUMBO_TAG_P})) Pop();
  if (tag == GUMBO_TAG_LI && top_is({GUMBO_TAG_LI})) Pop();
  if ((tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) && top_is({GUMBO_TAG_DD, GUMBO_TAG_DT})) Pop();
  if ((tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) && top_is({GUMBO_TAG_OPTION})) Pop();
  if (IsTablePart(tag) && tag != GUMBO_TAG_COL && top_is({GUMBO_TAG_TD, GUMBO_TAG_TH})) Pop();
  if (IsTablePart(tag) && tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH && tag != GUMBO_TAG_COL &&
      top_is({GUMBO_TAG_TR})) {
    Pop();
  }
  const bool anchor = tag == GUMBO_TAG_A;
  if (anchor && Count(id) > 0) CloseElement(id);  // <a> closes an open <a>

  if (IsVoidElement(tag) && foreign_depth_ == 0) {
    if (OverBudget() && !IsEvidenceVoidElement(tag)) {
      dropped_tags_ = true;
      return t.end;
    }
    EmitStartTag(t, lt, rename, false);
    return t.end;
  }
  const bool evidence = anchor || tag == GUMBO_TAG_FORM;
  if ((!evidence && (stack_.size() >= kMaxHtmlDepth || OverBudget())) ||
      stack_.size() >= 2 * kMaxHtmlDepth) {
    dropped_tags_ = true;
    return t.end;
  }
  if (tag == GUMBO_TAG_STYLE && MayTakeStyleText()) {
    if (const std::size_t next = TakeStyleText(t, lt); next != kNotFound) return next;
  }
  if (tag != GUMBO_TAG_SCRIPT && TokenizerRawTextIndex(tag) < kTokenizerRawText.size() && RawTextIsCertain()) {
    if (const std::size_t next = CopyRawText(t, lt, tag); next != kNotFound) return next;
  }
  EmitStartTag(t, lt, rename, tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH);
  Push(id);
  return t.end;
}

// Copies the element whose start tag `t` is at `lt` and whose text Gumbo's
// tokenizer certainly reads as text, up to its end tag, as it is. Returns
// where scanning continues, or kNotFound (nothing emitted) when the text
// runs to the end of the input or its end tag is cut short.
std::size_t HtmlGuard::CopyRawText(const TagToken& t, std::size_t lt, GumboTag tag) {
  const RawEnd& end = RawTextEndAfter(t.end, TokenizerRawTextIndex(tag));
  if (end.text_end == kNotFound || end.tag_end == kNotFound) return kNotFound;
  EmitStartTag(t, lt, "", false);
  out_.append(in_.substr(t.end, end.text_end - t.end)).append("</");
  out_.append(gumbo_normalized_tagname(tag)).push_back('>');
  return end.tag_end;
}

// Moves the text of the <style> whose start tag `t` is at `lt` to
// style_texts_, leaving "<style ...>x</style>": Gumbo reads raw text a
// character at a time, and mail often carries tens of kilobytes of CSS. The
// one-character text "x" keeps the element's text node, so the tree has the same shape.
// Returns where scanning continues, or kNotFound (nothing emitted) when the
// text is left to Gumbo: no end tag, or text that Gumbo would not read as is.
std::size_t HtmlGuard::TakeStyleText(const TagToken& t, std::size_t lt) {
  const RawEnd& end = RawTextEndAfter(t.end, TokenizerRawTextIndex(GUMBO_TAG_STYLE));
  if (end.text_end == kNotFound || end.tag_end == kNotFound || end.text_end == refused_text_end_) {
    return kNotFound;
  }
  std::optional<std::string> text = PlainRawText(in_.substr(t.end, end.text_end - t.end));
  if (!text) {
    refused_text_end_ = end.text_end;  // later styles ending there are left to Gumbo unread
    return kNotFound;
  }
  style_texts_.emplace_back(out_.size(), std::move(*text));
  EmitStartTag(t, lt, "", false);
  out_.append("x</style>");
  return end.tag_end;
}

// Inside raw text the guard still reads tags (where it cannot tell whether
// Gumbo is in raw text, that keeps its estimate of the stack an upper
// bound), but a "tag" must not swallow the end of the raw text: in
// "<style></t</style>" Gumbo ends the style at "</style>", where the guard
// would read one end tag "t<" and drop it with the style's end. When the
// tag at `lt` runs over (or never reaches its end before) the end of the raw
// text Gumbo's tokenizer is in, returns where that end is: the guard copies
// what comes before it as text. kNotFound otherwise.
std::size_t HtmlGuard::RawTextEndInTag(std::size_t lt, const TagToken& t) {
  if (tokenizer_raw_depth_ == 0) return kNotFound;
  const std::size_t end = RawTextEndAfter(lt + 1, tokenizer_raw_index_).text_end;
  if (end == kNotFound || (t.complete && end >= t.end)) return kNotFound;
  return end;
}

// The first end of the text of kTokenizerRawText[raw_index] at or after
// `from` (see RawEnd).
const HtmlGuard::RawEnd& HtmlGuard::RawTextEndAfter(std::size_t from, std::size_t raw_index) {
  RawEnd& last = raw_ends_[raw_index];
  const bool answered = last.searched_from != kNotFound && last.searched_from <= from &&
                        (last.text_end == kNotFound || last.text_end >= from);
  if (answered) return last;
  const std::string_view name = gumbo_normalized_tagname(kTokenizerRawText[raw_index]);
  last = RawEnd{from, RawTextEnd(in_, from, name), kNotFound};
  if (last.text_end != kNotFound) {
    const TagToken end_tag = ScanTag(in_, last.text_end + 2);
    if (end_tag.complete) last.tag_end = end_tag.end;
  }
  return last;
}

std::size_t HtmlGuard::OnEndTag(std::size_t lt) {
  const TagToken t = ScanTag(in_, lt + 2);
  if (const std::size_t end = RawTextEndInTag(lt, t); end != kNotFound) {
    out_.append(in_.substr(lt, end - lt));
    return end;
  }
  if (!t.complete) return kNotFound;
  const std::string name = AsciiLower(in_.substr(t.name_begin, t.name_end - t.name_begin));
  const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  const std::string_view rename = FormattingReplacement(tag);
  const GumboTag effective = rename.empty() ? tag : gumbo_tagn_enum(rename.data(), rename.size());
  const TagId id = IdOf(effective, rename.empty() ? std::string_view(name) : rename, false);
  // An end tag for nothing open is ignored by Gumbo after a scan of the
  // stack; one that would be ignored anyway is dropped too.
  // The end of the raw text Gumbo's tokenizer is in closes its element
  // whatever the guard thinks was opened inside it (text, to Gumbo).
  if (tokenizer_raw_depth_ > 0 && tag == kTokenizerRawText[tokenizer_raw_index_]) {
    CloseFrom(tokenizer_raw_position_);
  } else if (Count(id) > 0) {
    CloseElement(id);
  }
  return t.end;
}

// Copies text between tags, taking out the runs Gumbo reads as they are
// where MayTakeText. Blanks before a run stay: in some places (before
// <body>, after <pre>, in a table) Gumbo reads leading blanks apart from what
// follows. A run that is taken starts with a character that is not blank, as
// its mark does, so Gumbo makes the same choices for both.
//
// Text around markup the guard drops reaches Gumbo as one: a reference cut
// by such markup ("&am<x/>p;") goes on after it, and a CR before it pairs
// with an LF after it. So what may go on a reference from the text before
// is copied as it is, and a run that is taken never ends in a CR.
void HtmlGuard::EmitText(std::string_view text) {
  const bool continues_reference = pending_reference_;
  pending_reference_ = EndsInReference(text, continues_reference);
  if (text.size() < kMinTakenTextBytes || !MayTakeText()) {
    out_.append(text);
    return;
  }
  std::size_t i = continues_reference ? ReferenceCharactersEnd(text, 0) : 0;
  out_.append(text.substr(0, i));
  while (i < text.size()) {
    std::size_t start = i;
    while (start < text.size() && IsTagSpace(text[start])) ++start;
    std::size_t end = PlainTextEnd(text, start);
    if (end > start && text[end - 1] == '\r') --end;
    out_.append(text.substr(i, start - i));
    if (end - start < kMinTakenTextBytes || !taken_text_.Take(text.substr(start, end - start), out_)) {
      out_.append(text.substr(start, end - start));
    }
    const std::size_t other = OtherTextEnd(text, end);
    out_.append(text.substr(end, other - end));
    i = other;
  }
}

GuardedHtml HtmlGuard::Run() {
  std::size_t i = 0;
  while (i < in_.size()) {
    const std::size_t lt = in_.find('<', i);
    if (lt == kNotFound || lt + 1 >= in_.size()) break;
    EmitText(in_.substr(i, lt - i));
    const char next = in_[lt + 1];
    const char after = lt + 2 < in_.size() ? in_[lt + 2] : '\0';
    if (IsAsciiAlpha(next)) {
      i = OnStartTag(lt);
    } else if (next == '/' && IsAsciiAlpha(after)) {
      i = OnEndTag(lt);
    } else if (next == '/' && after == '>') {
      i = lt + 3;  // "</>" is ignored
    } else if ((next == '!' || next == '?' || next == '/') && raw_text_depth_ == 0) {
      // Comment, doctype, CDATA (a bogus comment outside foreign content) or
      // bogus comment: copied as is, except the text of a comment.
      const bool comment = in_.compare(lt, 4, "<!--") == 0;
      const std::size_t end = comment ? CommentEnd(in_, lt) : in_.find('>', lt);
      i = end == kNotFound ? kNotFound : (comment ? end : end + 1);
      if (comment && MayLeaveOutCommentText()) {
        out_.append(i == kNotFound ? "<!--" : "<!---->");
      } else {
        out_.append(in_.substr(lt, i == kNotFound ? kNotFound : i - lt));
      }
    } else {
      // A '<' that starts nothing is text. Written as a reference outside
      // raw text, so that dropping what follows it ("<</x>b>") cannot make
      // it start a tag Gumbo would not have seen.
      out_.append(raw_text_depth_ == 0 ? std::string_view("&lt;") : std::string_view("<"));
      i = lt + 1;
    }
    // kNotFound: the input ended inside a tag (which Gumbo drops) or the
    // rest was copied as a comment.
    if (i == kNotFound) return Result();
  }
  if (i < in_.size()) EmitText(in_.substr(i));
  return Result();
}

}  // namespace

GuardedHtml GuardHtml(std::string_view html, const GuardOptions& options) {
  return HtmlGuard(html, options.leave_out_unread).Run();
}

}  // namespace phishscan
