#include "detect/subject_brand_voice.h"

#include <cctype>
#include <string>

#include "base/text.h"

namespace phishscan {
namespace {

bool OpensWith(std::string_view s, std::string_view name) {
  if (name.empty() || s.substr(0, name.size()) != name) return false;
  const unsigned char next = s.size() > name.size() ? static_cast<unsigned char>(s[name.size()]) : ' ';
  return next < 0x80 && !std::isalnum(next);
}

}  // namespace

bool SubjectOpensWithBrand(std::string_view normalized_subject, const Brand& brand) {
  std::string_view s = normalized_subject;
  while (!s.empty() && (s.front() == '[' || s.front() == ' ')) s.remove_prefix(1);
  if (s.substr(0, 5) == "your ") s.remove_prefix(5);
  if (OpensWith(s, NormalizeText(brand.name))) return true;
  for (const std::string& keyword : brand.keywords)
    if (OpensWith(s, keyword)) return true;
  return false;
}

}  // namespace phishscan
