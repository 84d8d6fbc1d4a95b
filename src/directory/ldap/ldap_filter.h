// LDAP search filters with typed text in them, escaped as RFC 4515 says
// (\2a for '*', \28 '(', \29 ')', \5c '\', \00 NUL), so that a user name
// such as "*)(uid=*" is a name nobody has, never a filter that finds
// everybody.
//
//   fillFilter("(sAMAccountName={user})", "user", "jo*") == "(sAMAccountName=jo\2a)"
//
// Thread-safety: pure functions.
#ifndef HC_DIRECTORY_LDAP_LDAP_FILTER_H_
#define HC_DIRECTORY_LDAP_LDAP_FILTER_H_

#include <string>
#include <string_view>

namespace hc::directory::ldap {

// `value` escaped for use inside a filter's assertion value.
std::string escapeFilterValue(std::string_view value);

// `filter` with every "{name}" replaced by `value`, escaped.
std::string fillFilter(std::string_view filter, std::string_view name, std::string_view value);

// The attribute a user filter matches the typed name against: "uid" for
// "(&(objectClass=person)(uid={user}))"; "" when there is none.
std::string nameAttributeOf(std::string_view user_filter);

}  // namespace hc::directory::ldap

#endif  // HC_DIRECTORY_LDAP_LDAP_FILTER_H_
