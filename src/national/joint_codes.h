// Authorities that share their children's services are published by the
// DfE as one row with joined codes and names: old_la_code "314 / 318",
// new_la_code "E09000021 / E09000027", la_name "Kingston upon Thames /
// Richmond upon Thames". Each member authority is found by its own code.
//
// Thread-safety: pure functions.
#ifndef HC_NATIONAL_JOINT_CODES_H_
#define HC_NATIONAL_JOINT_CODES_H_

#include <string>
#include <string_view>
#include <vector>

namespace hc::national {

// The parts of a joined field, trimmed: "314 / 318" -> {"314", "318"};
// "301" -> {"301"}; "" -> {}.
std::vector<std::string> jointCodes(std::string_view field);

// The position of `code` among the parts of `field`; -1 when absent.
int jointIndex(std::string_view field, std::string_view code);

}  // namespace hc::national

#endif  // HC_NATIONAL_JOINT_CODES_H_
