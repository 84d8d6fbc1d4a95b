// SmtpServer: a real SMTP server on 127.0.0.1 for the mail tests
// (tests/support/smtp_server.py, Debian's python3-aiosmtpd), started on
// construction and killed on destruction, writing what it accepts into a
// folder of its own. parseMail() reads a message back with Python's email
// package (tests/support/parse_mail.py).
//
//   SmtpServer smtp({.tls = "starttls", .user = "hc", .password = "pw"});
//   settings.port = smtp.port(); settings.ca_file = smtp.caFile();
//   ... deliver ...
//   ASSERT_EQ(smtp.messages().size(), 1u);
//   Poco::JSON::Object::Ptr m = parseMail(smtp.messages()[0]);
//
// Thread-safety: one test's fixture; not shared.
#ifndef HC_TESTS_SUPPORT_SMTP_SERVER_H_
#define HC_TESTS_SUPPORT_SMTP_SERVER_H_

#include <Poco/JSON/Object.h>
#include <Poco/Process.h>

#include <memory>
#include <string>
#include <vector>

namespace hc::testing {

struct SmtpServerOptions {
  std::string tls = "none";  // none, starttls, implicit
  std::string user;          // with password: AUTH required
  std::string password;
  int port = 0;              // 0: any free port
};

class SmtpServer {
 public:
  explicit SmtpServer(SmtpServerOptions options = {});
  ~SmtpServer();
  SmtpServer(const SmtpServer&) = delete;
  SmtpServer& operator=(const SmtpServer&) = delete;

  int port() const { return port_; }
  // The PEM of the self-signed certificate it serves TLS with (for a
  // client's CA file); "" without TLS.
  const std::string& caFile() const { return cert_; }
  const std::string& folder() const { return folder_; }

  // The messages accepted so far, in order, as their bytes.
  std::vector<std::string> messages() const;
  // While on, every DATA is answered 451.
  void setTemporaryFailure(bool on);
  // Stops the server (connections are then refused) and starts it again
  // on the same port.
  void stop();
  void start();

 private:
  SmtpServerOptions options_;
  std::string dir_, folder_, cert_, key_;
  int port_ = 0;
  std::unique_ptr<Poco::ProcessHandle> process_;
};

// The message parsed back by Python's email package (parse_mail.py's JSON).
Poco::JSON::Object::Ptr parseMail(const std::string& bytes);

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_SMTP_SERVER_H_
