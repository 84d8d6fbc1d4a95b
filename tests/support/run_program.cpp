#include "support/run_program.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <sstream>
#include <stdexcept>

namespace hc::testing {

std::string runProgram(const std::string& command, const std::vector<std::string>& args, const std::string& input) {
  Poco::Pipe in, out;
  Poco::ProcessHandle ph = Poco::Process::launch(command, args, &in, &out, &out);
  {
    Poco::PipeOutputStream to(in);
    to << input;
  }
  in.close(Poco::Pipe::CLOSE_WRITE);
  Poco::PipeInputStream from(out);
  std::stringstream text;
  text << from.rdbuf();
  if (ph.wait() != 0) throw std::runtime_error(command + " failed: " + text.str());
  return text.str();
}

}  // namespace hc::testing
