// Password hashing with Argon2id (RFC 9106, Debian's libargon2).
//
// Parameters: t=3 passes over m=64 MiB with p=1 lane, a 16-byte random salt
// and a 32-byte tag. RFC 9106's second recommended option is t=3, m=64 MiB
// for memory-constrained machines; 64 MiB makes each guess cost an
// attacker's GPU real memory, while a login costs us ~0.1-0.2 s of one core.
// At most kMaxConcurrent hashes run at once (others wait), so a burst of
// logins cannot take 64 MiB per server thread.
//
// The encoded form ($argon2id$v=19$m=65536,t=3,p=1$salt$tag) carries its
// own parameters, so stronger parameters later still verify old hashes.
//
// Thread-safety: all functions are safe to call from any thread.
#ifndef HC_ACCESS_PASSWORD_HASHER_H_
#define HC_ACCESS_PASSWORD_HASHER_H_

#include <string>

namespace hc::access {

constexpr unsigned kArgonPasses = 3;
constexpr unsigned kArgonMemoryKiB = 64 * 1024;
constexpr unsigned kArgonLanes = 1;
constexpr int kMaxConcurrentHashes = 4;

// The encoded Argon2id hash of `password` with a fresh salt.
std::string hashPassword(const std::string& password);

// True when `password` matches `encoded`; libargon2 compares the tags in
// constant time. A malformed `encoded` is simply false.
bool verifyPassword(const std::string& password, const std::string& encoded);

// Spends the time of one verification against a fixed hash and returns
// false: used for unknown accounts so that timing does not tell whether an
// account exists.
bool verifyDummy(const std::string& password);

// Why a new password is unacceptable, or "" when it is fine: 12 to 1024
// bytes (NCSC: length over complexity rules).
std::string passwordProblem(const std::string& password);

}  // namespace hc::access

#endif  // HC_ACCESS_PASSWORD_HASHER_H_
