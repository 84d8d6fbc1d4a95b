#include "surveys/tokens.h"

#include <Poco/DigestEngine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

namespace hc::surveys {

std::string newToken() {
  // Poco's RandomInputStream reads the kernel's CSPRNG (/dev/urandom);
  // one stream per call keeps this free of shared state.
  Poco::RandomInputStream random;
  unsigned char bytes[16];
  random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  return hexOf(bytes, sizeof bytes);
}

std::string hexOf(const unsigned char* bytes, size_t size) {
  static const char* const kHex = "0123456789abcdef";
  std::string out(2 * size, '0');
  for (size_t i = 0; i < size; ++i) {
    out[2 * i] = kHex[bytes[i] >> 4];
    out[2 * i + 1] = kHex[bytes[i] & 15];
  }
  return out;
}

std::string tokenHash(std::string_view token) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(token.data(), static_cast<unsigned>(token.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

bool looksLikeToken(std::string_view s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace hc::surveys
