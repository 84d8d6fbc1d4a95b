#include "support/ldap_server.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/test_files.h"

namespace hc::testing {
namespace {

// A port nobody listens on now (the kernel's choice for port 0).
int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
    throw std::runtime_error("no free port for the test LDAP server");
  ::close(fd);
  return ntohs(a.sin_port);
}

std::string run(const std::string& command, const std::vector<std::string>& args, const std::string& input = "") {
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

std::string script() { return std::string(HC_SOURCE_DIR) + "/tests/support/ldap_server.sh"; }

std::string ldapiUrl(const std::string& dir) {
  std::string path = dir + "/ldapi", out = "ldapi://";
  for (char c : path) out += c == '/' ? std::string("%2F") : std::string(1, c);
  return out;
}

}  // namespace

LdapServer::LdapServer() {
  dir_ = makeTempDir("hc-ldap");
  ca_file_ = dir_ + "/ca.pem";
  ldaps_port_ = freePort();
  ldap_port_ = freePort();
  const std::string out =
      run("/bin/bash", {script(), "setup", dir_, std::to_string(ldaps_port_), std::to_string(ldap_port_)});
  if (out.find("READY") == std::string::npos) throw std::runtime_error("the test LDAP server did not start: " + out);
  std::ifstream(dir_ + "/slapd.pid") >> pid_;
}

LdapServer::~LdapServer() {
  stop();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::string LdapServer::groupDn(const std::string& cn) { return "cn=" + cn + ",ou=groups," + kBase; }

void LdapServer::modify(const std::string& ldif) {
  run("/usr/bin/ldapmodify", {"-x", "-H", ldapiUrl(dir_), "-D", std::string("cn=root,") + kBase, "-w", "root-secret"},
      ldif);
}

void LdapServer::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  // Until it is gone, so that the next step finds the port closed.
  for (int i = 0; i < 200 && ::kill(pid_, 0) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  if (::kill(pid_, 0) == 0) ::kill(pid_, SIGKILL);
  pid_ = 0;
}

void LdapServer::start() {
  if (pid_ > 0) return;
  const std::string out =
      run("/bin/bash", {script(), "start", dir_, std::to_string(ldaps_port_), std::to_string(ldap_port_)});
  if (out.find("READY") == std::string::npos) throw std::runtime_error("the test LDAP server did not start: " + out);
  std::ifstream(dir_ + "/slapd.pid") >> pid_;
}

}  // namespace hc::testing
