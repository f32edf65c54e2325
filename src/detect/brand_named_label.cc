#include "detect/brand_named_label.h"

namespace phishscan {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A token starts or ends at `pos`: the label's edge, a hyphen, or a switch
// between letters and digits ("paypal24").
bool IsTokenBoundary(std::string_view label, std::size_t pos) {
  if (pos == 0 || pos >= label.size()) return true;
  const char c = label[pos];
  const char before = label[pos - 1];
  return c == '-' || before == '-' || IsDigit(c) != IsDigit(before);
}

}  // namespace

std::string KeywordAsLabel(std::string_view keyword) {
  std::string out;
  for (char c : keyword) {
    if (c == ' ' || c == '-') continue;
    if (!((c >= 'a' && c <= 'z') || IsDigit(c))) return "";
    out.push_back(c);
  }
  return out;
}

bool LabelCarriesName(std::string_view label, std::string_view name) {
  if (name.size() < kMinLabelName) return false;
  for (std::size_t pos = label.find(name); pos != std::string_view::npos; pos = label.find(name, pos + 1)) {
    if (name.size() >= kMinRunTogetherName) return true;
    if (IsTokenBoundary(label, pos) && IsTokenBoundary(label, pos + name.size())) return true;
  }
  return false;
}

}  // namespace phishscan
