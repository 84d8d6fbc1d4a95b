// Secrets for survey links: random tokens and the one-way hash under which
// they are stored. The database only ever holds tokenHash(token), so a copy
// of it cannot be used to answer as someone, and a response row holds no
// token at all.
//
// Thread-safety: all functions are safe to call from any thread.
#ifndef HC_SURVEYS_TOKENS_H_
#define HC_SURVEYS_TOKENS_H_

#include <string>
#include <string_view>

namespace hc::surveys {

// 32 lower-case hex digits (128 bits) from the system's random source.
std::string newToken();

// Bytes as lower-case hex digits, two per byte.
std::string hexOf(const unsigned char* bytes, size_t size);

// SHA-256 of the token, as 64 hex digits.
std::string tokenHash(std::string_view token);

// True when `s` has the shape newToken() produces: checked before any
// database lookup, so that junk in a URL never reaches a query.
bool looksLikeToken(std::string_view s);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_TOKENS_H_
