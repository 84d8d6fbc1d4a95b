// Secrets for sign-in: random session ids and the one-way hash under which
// they are stored. (The clock is core/utc_clock.h.)
//
// Thread-safety: all functions are safe to call from any thread.
#ifndef HC_ACCESS_SECURE_RANDOM_H_
#define HC_ACCESS_SECURE_RANDOM_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace hc::access {

// `bytes` bytes from the kernel's CSPRNG (getrandom), as 2*bytes lower-case
// hex digits. Throws std::runtime_error if the kernel refuses.
std::string randomHex(size_t bytes);

// SHA-256 of `text`, as 64 lower-case hex digits.
std::string sha256Hex(std::string_view text);

// True when `s` is exactly `digits` lower-case hex digits: checked before a
// cookie value reaches any query.
bool isHex(std::string_view s, size_t digits);

}  // namespace hc::access

#endif  // HC_ACCESS_SECURE_RANDOM_H_
