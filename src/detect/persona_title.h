// "Mr. John Brown", "Barrister Okafor", "Mrs.Grace": the title an
// advance-fee letter's unknown "dignitary" puts before a name. Shared by the
// sender checks that weigh such a persona.
#ifndef PHISHSCAN_DETECT_PERSONA_TITLE_H_
#define PHISHSCAN_DETECT_PERSONA_TITLE_H_

#include <string_view>

namespace phishscan {

// The title that starts `normalized_name` (NormalizeText output: lower
// case), as a whole word, or "" when there is none.
std::string_view PersonaTitle(std::string_view normalized_name);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PERSONA_TITLE_H_
