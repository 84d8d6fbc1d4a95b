#include "support/smtp_server.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/run_program.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

const char* const kPython = "/usr/bin/python3";  // Debian's, which has aiosmtpd

std::string script(const char* name) { return std::string(HC_SOURCE_DIR) + "/tests/support/" + name; }

// Runs a command to the end; throws with its output when it fails.

}  // namespace

SmtpServer::SmtpServer(SmtpServerOptions options) : options_(std::move(options)) {
  dir_ = makeTempDir("hc-smtp");
  folder_ = dir_ + "/mail";
  std::filesystem::create_directories(folder_);
  if (options_.tls != "none") {
    cert_ = dir_ + "/relay.pem";
    key_ = dir_ + "/relay.key";
    // A certificate for 127.0.0.1, as a council's relay has one for its name.
    runProgram("/usr/bin/openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                             "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key_,
                             "-out", cert_});
  }
  port_ = options_.port;
  start();
}

SmtpServer::~SmtpServer() {
  stop();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void SmtpServer::start() {
  std::vector<std::string> args{script("smtp_server.py"), "--folder", folder_, "--tls", options_.tls,
                                "--port", std::to_string(port_)};
  if (!cert_.empty()) args.insert(args.end(), {"--cert", cert_, "--key", key_});
  if (!options_.user.empty()) args.insert(args.end(), {"--user", options_.user, "--password", options_.password});
  Poco::Pipe out;
  process_ = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(kPython, args, nullptr, &out, nullptr));
  Poco::PipeInputStream from(out);
  std::string line;
  if (!std::getline(from, line) || line.rfind("PORT ", 0) != 0)
    throw std::runtime_error("the test SMTP server did not start: '" + line + "'");
  port_ = std::stoi(line.substr(5));
}

void SmtpServer::stop() {
  if (!process_) return;
  Poco::Process::kill(*process_);
  process_->wait();
  process_.reset();
}

std::vector<std::string> SmtpServer::messages() const {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(folder_))
    if (e.path().extension() == ".eml") names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(readFile(n));
  return out;
}

void SmtpServer::setTemporaryFailure(bool on) {
  const std::string flag = folder_ + "/tempfail";
  if (on) std::ofstream(flag) << "451\n";
  else std::filesystem::remove(flag);
}

Poco::JSON::Object::Ptr parseMail(const std::string& bytes) {
  const std::string json = runProgram(kPython, {script("parse_mail.py"), "-"}, bytes);
  return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace hc::testing
