// Running a helper program from a test fixture (openssl, ldapmodify, the
// test servers' scripts) to its end, with `input` on its standard input.
//
// Thread-safety: safe from any thread.
#ifndef HC_TESTS_SUPPORT_RUN_PROGRAM_H_
#define HC_TESTS_SUPPORT_RUN_PROGRAM_H_

#include <string>
#include <vector>

namespace hc::testing {

// Its standard output and error together; throws std::runtime_error with
// them when it exits other than 0.
std::string runProgram(const std::string& command, const std::vector<std::string>& args,
                       const std::string& input = "");

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_RUN_PROGRAM_H_
