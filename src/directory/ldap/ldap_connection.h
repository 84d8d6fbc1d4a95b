// LdapConnection: one connection to the directory through libldap, closed
// when it goes; the library's calls wrapped so that errors come back as
// values with the library's words and the server's diagnostic message.
//
// Thread-safety: one thread at a time per connection (libldap's rule for a
// handle); separate connections are independent.
#ifndef HC_DIRECTORY_LDAP_LDAP_CONNECTION_H_
#define HC_DIRECTORY_LDAP_LDAP_CONNECTION_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "directory/ldap/ldap_settings.h"

typedef struct ldap LDAP;

namespace hc::directory::ldap {

// What a call came to: ok, or libldap's result code and its message.
struct LdapResult {
  int code = 0;         // LDAP_SUCCESS (0) when ok
  std::string message;  // "Can't contact LDAP server (certificate verify failed)"
  bool ok() const { return code == 0; }
};

// An entry found: its DN and the values of the attributes asked for
// (binary ones as the raw bytes).
struct LdapEntry {
  std::string dn;
  std::map<std::string, std::vector<std::string>> values;  // attribute names in lower case
  const std::vector<std::string>& operator[](const std::string& lower_name) const;
};

class LdapConnection {
 public:
  explicit LdapConnection(const LdapSettings& settings);
  ~LdapConnection();
  LdapConnection(const LdapConnection&) = delete;
  LdapConnection& operator=(const LdapConnection&) = delete;

  // Connects (for ldaps://, the TLS handshake with it).
  LdapResult connect();
  // StartTLS on an ldap:// connection.
  LdapResult startTls();
  // A simple bind; `password` must not be empty (see ldap_directory.h).
  LdapResult bind(const std::string& dn, const std::string& password);
  // A subtree search below `base`, at most `size_limit` entries (0: the
  // server's limit); LDAP_SIZELIMIT_EXCEEDED when more matched.
  LdapResult search(const std::string& base, const std::string& filter, const std::vector<std::string>& attributes,
                    int size_limit, std::vector<LdapEntry>& found);

 private:
  LdapResult result(int code) const;
  const LdapSettings& settings_;
  LDAP* ld_ = nullptr;
  LdapResult init_;  // what ldap_initialize and the options came to
};

// The result code of a wrong password (LDAP_INVALID_CREDENTIALS).
bool invalidCredentials(const LdapResult& r);
// The code of "more entries than the size limit".
bool sizeLimitExceeded(const LdapResult& r);

}  // namespace hc::directory::ldap

#endif  // HC_DIRECTORY_LDAP_LDAP_CONNECTION_H_
