// What an element's inline CSS says about whether its text can be seen.
// Only the style attribute is read (mail clients strip most <style> sheets
// anyway, and hidden-text tricks live inline to survive that).
#ifndef PHISHSCAN_EXTRACT_INLINE_STYLE_H_
#define PHISHSCAN_EXTRACT_INLINE_STYLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace phishscan {

struct CssColor {
  uint32_t rgb = 0;          // 0xRRGGBB
  bool transparent = false;  // "transparent" or zero alpha
};

// Parses "#fff", "#ffffff", "#rrggbbaa", "rgb(…)", "rgba(…)", CSS named
// colours in common use, and (for bgcolor-style attributes) bare "ffffff".
std::optional<CssColor> ParseCssColor(std::string_view value);

// True when two colours are too close for a reader to tell text from
// background (each channel within a small tolerance: #fefefe on #ffffff).
bool ColoursIndistinguishable(uint32_t a, uint32_t b);

struct InlineStyle {
  std::optional<CssColor> color;
  std::optional<CssColor> background;  // from background-color or background
  bool background_image = false;       // url(…) or gradient: colours can't be compared
  std::string hidden_reason;           // "" unless the style itself hides the element
  // The element is hidden only by a zero or tiny font size. Unlike
  // display:none, that is undone by a descendant that sets a readable size.
  bool hidden_by_font_size = false;
  // A font size that reads on its own whatever the parent's ("14px",
  // "1rem", "medium"), so it shows text inside a font-size:0 wrapper: email
  // builders (MJML, Mailchimp) put font-size:0 on column wrappers to remove
  // the gaps between inline blocks and set the real size on the content.
  // Sizes relative to the parent ("1.2em", "120%") stay zero there.
  bool readable_font_size = false;
};

// Reads a style attribute ("display:none; color:#fff"). Unknown or malformed
// declarations are ignored; later declarations win like in CSS.
InlineStyle ParseInlineStyle(std::string_view style);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_INLINE_STYLE_H_
