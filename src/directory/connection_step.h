// ConnectionStep: one step of testing the connection to a directory (the
// admin area's "Test the connection"): LDAP's Connect, TLS, Service
// account bind, Search; OpenID Connect's own. A test stops at the first
// step that fails, so the last step shown is the one to fix.
//
// Thread-safety: a plain value.
#ifndef HC_DIRECTORY_CONNECTION_STEP_H_
#define HC_DIRECTORY_CONNECTION_STEP_H_

#include <string>

namespace hc::directory {

struct ConnectionStep {
  std::string name;    // "TLS"
  bool ok = false;
  std::string detail;  // what happened, in plain words
};

}  // namespace hc::directory

#endif  // HC_DIRECTORY_CONNECTION_STEP_H_
