// Base64url (RFC 4648 §5, no padding), as JSON Web Tokens and keys spell
// their parts.
//
// Thread-safety: pure functions.
#ifndef HC_DIRECTORY_OIDC_BASE64URL_H_
#define HC_DIRECTORY_OIDC_BASE64URL_H_

#include <optional>
#include <string>
#include <string_view>

namespace hc::directory::oidc {

std::string base64UrlEncode(std::string_view bytes);
// nullopt when `text` holds anything but the base64url alphabet (padding
// '=' at the end is tolerated) or has an impossible length.
std::optional<std::string> base64UrlDecode(std::string_view text);

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_BASE64URL_H_
