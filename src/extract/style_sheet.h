// Hiding rules from <style> elements ("q{display:none}", ".pad{font-size:0}"),
// so text hidden through a class is recognised like inline-hidden text.
// Only top-level rules with simple selectors (tag, .class, #id, tag.class)
// are kept: rules inside @media blocks are usually responsive layout (a
// desktop-only block hidden on phones), not concealment.
#ifndef PHISHSCAN_EXTRACT_STYLE_SHEET_H_
#define PHISHSCAN_EXTRACT_STYLE_SHEET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace phishscan {

class StyleSheetRules {
 public:
  // Reads the rules of one <style> element (at most 64 KiB of it).
  void AddStyleText(std::string_view css);

  // Why the rules hide an element with this tag name, id attribute and class
  // attribute, or "" when they don't.
  std::string HiddenReason(std::string_view tag, std::string_view id,
                           std::string_view classes) const;

  bool empty() const { return by_tag_.empty() && by_id_.empty() && by_class_.empty(); }

 private:
  void AddRule(std::string_view selector, const std::string& reason);

  // Key "class" or "tag.class" style compounds are stored under their class.
  std::unordered_map<std::string, std::string> by_tag_;
  std::unordered_map<std::string, std::string> by_id_;
  std::unordered_multimap<std::string, std::pair<std::string, std::string>> by_class_;  // class -> (tag or "", reason)
  std::size_t rule_count_ = 0;
};

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_STYLE_SHEET_H_
