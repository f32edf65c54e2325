#include "extract/inline_style.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "base/text.h"

namespace phishscan {
namespace {

// Beyond this many pixels off the left/top edge nothing shows.
constexpr double kOffScreenPixels = -999;
constexpr int kColourTolerance = 10;  // per channel, out of 255

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<CssColor> ParseHexColor(std::string_view hex) {
  for (char c : hex) {
    if (HexDigit(c) < 0) return std::nullopt;
  }
  CssColor color;
  if (hex.size() == 3 || hex.size() == 4) {
    for (int i = 0; i < 3; ++i) color.rgb = (color.rgb << 8) | (HexDigit(hex[i]) * 17);
    color.transparent = hex.size() == 4 && HexDigit(hex[3]) == 0;
    return color;
  }
  if (hex.size() == 6 || hex.size() == 8) {
    for (int i = 0; i < 6; ++i) color.rgb = (color.rgb << 4) | HexDigit(hex[i]);
    color.transparent = hex.size() == 8 && HexDigit(hex[6]) == 0 && HexDigit(hex[7]) == 0;
    return color;
  }
  return std::nullopt;
}

// A decimal number with optional sign and fraction; the unit follows.
struct Number {
  double value = 0;
  std::string_view unit;
};

std::optional<Number> ParseNumber(std::string_view s) {
  s = TrimWhitespace(s);
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  double value = 0, scale = 0;
  bool digits = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (scale == 0) {
        if (value < 1e9) value = value * 10 + (c - '0');
      } else {
        value += (c - '0') * scale;
        scale /= 10;
      }
    } else if (c == '.' && scale == 0) {
      scale = 0.1;
    } else {
      break;
    }
  }
  if (!digits) return std::nullopt;
  return Number{negative ? -value : value, TrimWhitespace(s.substr(i))};
}

int ChannelValue(std::string_view s) {
  const auto n = ParseNumber(s);
  if (!n) return -1;
  double v = n->unit == "%" ? n->value * 2.55 : n->value;
  if (v < 0) v = 0;
  if (v > 255) v = 255;
  return static_cast<int>(v + 0.5);
}

// "rgb(255, 255, 255)", "rgba(0 0 0 / 0)" and friends.
std::optional<CssColor> ParseRgbFunction(std::string_view args) {
  std::array<std::string_view, 4> parts{};
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= args.size() && count < parts.size(); ++i) {
    if (i == args.size() || args[i] == ',' || args[i] == ' ' || args[i] == '/') {
      if (i > start) parts[count++] = args.substr(start, i - start);
      start = i + 1;
    }
  }
  if (count < 3) return std::nullopt;
  CssColor color;
  for (std::size_t i = 0; i < 3; ++i) {
    const int channel = ChannelValue(parts[i]);
    if (channel < 0) return std::nullopt;
    color.rgb = (color.rgb << 8) | static_cast<uint32_t>(channel);
  }
  if (count == 4) {
    const auto alpha = ParseNumber(parts[3]);
    color.transparent = alpha && alpha->value <= (alpha->unit == "%" ? 5 : 0.05);
  }
  return color;
}

std::optional<CssColor> NamedColor(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, uint32_t>, 20> kNames = {{
      {"white", 0xFFFFFF}, {"black", 0x000000}, {"red", 0xFF0000}, {"green", 0x008000},
      {"blue", 0x0000FF}, {"yellow", 0xFFFF00}, {"gray", 0x808080}, {"grey", 0x808080},
      {"silver", 0xC0C0C0}, {"orange", 0xFFA500}, {"navy", 0x000080}, {"purple", 0x800080},
      {"maroon", 0x800000}, {"teal", 0x008080}, {"lime", 0x00FF00}, {"aqua", 0x00FFFF},
      {"fuchsia", 0xFF00FF}, {"olive", 0x808000}, {"whitesmoke", 0xF5F5F5},
      {"snow", 0xFFFAFA}}};
  if (name == "transparent") return CssColor{0, true};
  for (const auto& [known, rgb] : kNames) {
    if (name == known) return CssColor{rgb, false};
  }
  return std::nullopt;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The colour among the tokens of a "background" shorthand, noting images.
void ReadBackgroundShorthand(std::string_view value, InlineStyle& style) {
  if (value.find("url(") != std::string_view::npos ||
      value.find("gradient(") != std::string_view::npos) {
    style.background_image = true;
    return;
  }
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ' ' && depth == 0) {
      if (i > start) {
        if (auto color = ParseCssColor(value.substr(start, i - start))) {
          style.background = color;
          style.background_image = false;
        }
      }
      start = i + 1;
    }
  }
}

// The last value of each property that decides visibility.
struct VisibilityDeclarations {
  std::string_view display, visibility, font_size, opacity, mso_hide, overflow;
  std::string_view height, max_height, width, max_width, text_indent, position, left, top;
};

bool IsZeroLength(std::string_view v) {
  const auto n = ParseNumber(v);
  return n && n->value <= 0;
}

bool IsFarOffScreen(std::string_view v) {
  const auto n = ParseNumber(v);
  return n && n->value <= kOffScreenPixels && (n->unit == "px" || n->unit == "pt");
}

bool IsTinyFont(const Number& n) {
  if (n.unit == "px" || n.unit == "pt" || n.unit.empty()) return n.value <= 1;
  if (n.unit == "em" || n.unit == "rem") return n.value <= 0.1;
  if (n.unit == "%") return n.value <= 10;
  return false;
}

std::string FontSizeHiddenReason(std::string_view font_size) {
  if (const auto n = ParseNumber(font_size)) {
    if (n->value <= 0) return "font-size:0";
    if (IsTinyFont(*n)) return "tiny font-size";
  }
  return "";
}

bool IsReadableAbsoluteFont(std::string_view font_size) {
  static constexpr std::array<std::string_view, 7> kKeywords = {"xx-small", "x-small", "small",   "medium",
                                                               "large",    "x-large", "xx-large"};
  if (std::find(kKeywords.begin(), kKeywords.end(), font_size) != kKeywords.end()) return true;
  const auto n = ParseNumber(font_size);
  if (!n || IsTinyFont(*n)) return false;
  return n->unit == "px" || n->unit == "pt" || n->unit == "rem";
}

// Reasons other than the font size, which no descendant can undo.
std::string HiddenReason(const VisibilityDeclarations& d, const InlineStyle& style) {
  if (d.display == "none") return "display:none";
  if (d.visibility == "hidden" || d.visibility == "collapse") return "visibility:hidden";
  if (d.mso_hide == "all") return "mso-hide:all";
  if (const auto n = ParseNumber(d.opacity)) {
    if (n->value <= (n->unit == "%" ? 5 : 0.05)) return "opacity:0";
  }
  if (d.overflow == "hidden" && (IsZeroLength(d.max_height) || IsZeroLength(d.height) ||
                                 IsZeroLength(d.max_width) || IsZeroLength(d.width))) {
    return "zero size with overflow:hidden";
  }
  if (IsFarOffScreen(d.text_indent)) return "off-screen text-indent";
  if ((d.position == "absolute" || d.position == "fixed") &&
      (IsFarOffScreen(d.left) || IsFarOffScreen(d.top))) {
    return "off-screen position";
  }
  if (style.color && style.color->transparent) return "transparent text";
  return "";
}

void Record(std::string_view property, std::string_view value, VisibilityDeclarations& d,
            InlineStyle& style) {
  static constexpr std::array<std::pair<std::string_view, std::string_view VisibilityDeclarations::*>,
                              14>
      kFields = {{{"display", &VisibilityDeclarations::display},
                  {"visibility", &VisibilityDeclarations::visibility},
                  {"font-size", &VisibilityDeclarations::font_size},
                  {"opacity", &VisibilityDeclarations::opacity},
                  {"mso-hide", &VisibilityDeclarations::mso_hide},
                  {"overflow", &VisibilityDeclarations::overflow},
                  {"height", &VisibilityDeclarations::height},
                  {"max-height", &VisibilityDeclarations::max_height},
                  {"width", &VisibilityDeclarations::width},
                  {"max-width", &VisibilityDeclarations::max_width},
                  {"text-indent", &VisibilityDeclarations::text_indent},
                  {"position", &VisibilityDeclarations::position},
                  {"left", &VisibilityDeclarations::left},
                  {"top", &VisibilityDeclarations::top}}};
  if (property == "color") {
    if (auto color = ParseCssColor(value)) style.color = color;
    return;
  }
  if (property == "background-color") {
    if (auto color = ParseCssColor(value)) style.background = color;
    return;
  }
  if (property == "background") {
    ReadBackgroundShorthand(value, style);
    return;
  }
  if (property == "background-image") {
    style.background_image = value != "none";
    return;
  }
  for (const auto& [name, field] : kFields) {
    if (property == name) {
      d.*field = value;
      return;
    }
  }
}

}  // namespace

std::optional<CssColor> ParseCssColor(std::string_view value) {
  value = TrimWhitespace(value);
  if (value.empty() || value.size() > 64) return std::nullopt;
  const std::string lower = AsciiLower(value);
  std::string_view v = lower;
  if (v.front() == '#') return ParseHexColor(v.substr(1));
  if ((StartsWith(v, "rgb(") || StartsWith(v, "rgba(")) && v.back() == ')') {
    const std::size_t open = v.find('(');
    return ParseRgbFunction(v.substr(open + 1, v.size() - open - 2));
  }
  if (auto named = NamedColor(v)) return named;
  if (v.size() == 6) return ParseHexColor(v);  // legacy bgcolor="ffffff"
  return std::nullopt;
}

bool ColoursIndistinguishable(uint32_t a, uint32_t b) {
  for (int shift = 0; shift <= 16; shift += 8) {
    const int ca = static_cast<int>((a >> shift) & 0xFF);
    const int cb = static_cast<int>((b >> shift) & 0xFF);
    if (std::abs(ca - cb) > kColourTolerance) return false;
  }
  return true;
}

InlineStyle ParseInlineStyle(std::string_view style_text) {
  InlineStyle style;
  if (style_text.size() > 16 << 10) style_text = style_text.substr(0, 16 << 10);
  const std::string lower = AsciiLower(style_text);
  std::string_view rest = lower;
  VisibilityDeclarations declarations;
  while (!rest.empty()) {
    const std::size_t semicolon = std::min(rest.find(';'), rest.size());
    std::string_view declaration = rest.substr(0, semicolon);
    rest.remove_prefix(semicolon < rest.size() ? semicolon + 1 : semicolon);
    const std::size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view property = TrimWhitespace(declaration.substr(0, colon));
    std::string_view value = TrimWhitespace(declaration.substr(colon + 1));
    if (const std::size_t bang = value.find("!important"); bang != std::string_view::npos) {
      value = TrimWhitespace(value.substr(0, bang));
    }
    Record(property, value, declarations, style);
  }
  style.hidden_reason = HiddenReason(declarations, style);
  if (style.hidden_reason.empty()) {
    style.hidden_reason = FontSizeHiddenReason(declarations.font_size);
    style.hidden_by_font_size = !style.hidden_reason.empty();
  }
  style.readable_font_size = IsReadableAbsoluteFont(declarations.font_size);
  return style;
}

}  // namespace phishscan
