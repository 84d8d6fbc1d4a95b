#include "cli/password_input.h"

#include <termios.h>
#include <unistd.h>

#include <istream>
#include <ostream>
#include <stdexcept>

#include "access/password_hasher.h"

namespace hc::cli {
namespace {

// Turns terminal echo off for its lifetime.
class NoEcho {
 public:
  NoEcho() {
    if (tcgetattr(STDIN_FILENO, &saved_) == 0) {
      termios quiet = saved_;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
  }
  ~NoEcho() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }

 private:
  termios saved_{};
  bool active_ = false;
};

std::string readLine(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) throw std::runtime_error("no password was given on standard input");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

bool stdinIsTerminal() { return isatty(STDIN_FILENO) == 1; }

std::string readNewPassword(std::istream& in, std::ostream& prompt, bool from_terminal) {
  std::string password;
  if (from_terminal) {
    NoEcho no_echo;
    prompt << "New password: " << std::flush;
    password = readLine(in);
    prompt << "\nThe same password again: " << std::flush;
    const std::string again = readLine(in);
    prompt << "\n";
    if (again != password) throw std::runtime_error("the two passwords differ");
  } else {
    password = readLine(in);
  }
  if (const std::string problem = access::passwordProblem(password); !problem.empty())
    throw std::runtime_error(problem);
  return password;
}

}  // namespace hc::cli
