// Recognises telephone numbers written for people to call: North American
// numbers ("(888) 555-0199", "1-800-555-0199"), international ones
// ("+44 20 7946 0958") and, on request, national ones as the other supported
// languages write them ("01 23 45 67 89", "0800 123 4567", "900 123 456",
// "4003-6514"). Callback scams ("call us if you did not authorise this
// order") need one; a bare run of digits (order number, date) is not one.
#ifndef PHISHSCAN_DETECT_PHONE_NUMBER_H_
#define PHISHSCAN_DETECT_PHONE_NUMBER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

struct PhoneNumber {
  std::string text;        // as written
  bool toll_free = false;  // North American 800/833/844/855/866/877/888, national 0800/800/900
};

// National numbers have shapes that sums, ranges and references sometimes
// share ("900 123 456", "3000-4000"), so only a caller that already knows the
// text asks the reader to call (a callback lure) looks for them.
enum class PhoneFormats {
  kInternational,  // "+" numbers and North American ones
  kWithNational,   // also trunk-prefixed and short national numbers
};

// Distinct numbers in text order, at most `max_results`.
std::vector<PhoneNumber> FindPhoneNumbers(std::string_view text, std::size_t max_results = 5,
                                          PhoneFormats formats = PhoneFormats::kInternational);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PHONE_NUMBER_H_
