// Recognises telephone numbers written for people to call: North American
// numbers ("(888) 555-0199", "1-800-555-0199") and international ones
// ("+44 20 7946 0958"). Callback scams ("call us if you did not authorise this
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
  bool toll_free = false;  // North American 800/833/844/855/866/877/888
};

// Distinct numbers in text order, at most `max_results`.
std::vector<PhoneNumber> FindPhoneNumbers(std::string_view text, std::size_t max_results = 5);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PHONE_NUMBER_H_
