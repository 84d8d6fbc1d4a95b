// Reading a new password for `healthcheck user`: never from the command
// line (argv is visible to every user of the machine in ps and in shell
// history). From a terminal it is asked twice with echo off; otherwise
// (a pipe, a file: automation) it is the first line of standard input.
//
// Thread-safety: reads the process's standard input; one caller at a time.
#ifndef HC_CLI_PASSWORD_INPUT_H_
#define HC_CLI_PASSWORD_INPUT_H_

#include <iosfwd>
#include <string>

namespace hc::cli {

// The password, checked with access::passwordProblem(); throws
// std::runtime_error with the reason when it is unacceptable or the two
// typed copies differ. `in` is standard input (tests pass a stream).
std::string readNewPassword(std::istream& in, std::ostream& prompt, bool from_terminal);

// True when standard input is a terminal.
bool stdinIsTerminal();

}  // namespace hc::cli

#endif  // HC_CLI_PASSWORD_INPUT_H_
