// The ID token checks (directory/oidc/id_token.h) with keys OpenSSL makes
// here: a good token is accepted and its claims read; a forged one (wrong
// key, "alg": "none", HS256 keyed with the public key), one for another
// client or from another issuer, an expired one and one with another
// sign-in's nonce are refused; a token naming a key the cache has not seen
// makes it fetch the provider's keys once, not at every token.
#include "directory/oidc/id_token.h"

#include <gtest/gtest.h>

#include "oidc/test_tokens.h"

namespace hc::directory::oidc {
namespace {

using hc::testing::TestKey;

constexpr int64_t kNow = 1'800'000'000;
const std::string kIssuer = "https://login.microsoftonline.com/tenant-1/v2.0";

std::string claims(const std::string& extra = "", const std::string& aud = "\"client-1\"", int64_t exp = kNow + 300,
                   const std::string& iss = kIssuer, const std::string& nonce = "nonce-1") {
  return "{\"iss\":\"" + iss + "\",\"aud\":" + aud + ",\"sub\":\"sub-jane\",\"exp\":" + std::to_string(exp) +
         ",\"iat\":" + std::to_string(kNow - 10) + ",\"nonce\":\"" + nonce +
         "\",\"preferred_username\":\"jane.doe@council.example\",\"name\":\"Jane Doe\"," +
         "\"roles\":[\"HealthCheck.Director\",\"HealthCheck.Member\"]" + extra + "}";
}

class IdTokenTest : public ::testing::Test {
 protected:
  IdTokenTest() : keys_([this] { ++fetched_; return jwks_; }) { jwks_ = hc::testing::jwksOf(key_.jwk()); }

  std::variant<IdTokenClaims, TokenRefusal> verify(const std::string& token, int64_t now = kNow) {
    return verifyIdToken(token, IdTokenCheck{kIssuer, "client-1", "nonce-1", now}, keys_);
  }
  std::string refusal(const std::string& token) {
    auto v = verify(token);
    return std::holds_alternative<TokenRefusal>(v) ? std::get<TokenRefusal>(v).reason : "";
  }

  // One key for every test: RSA key generation is the slow part.
  static const TestKey& sharedKey() {
    static const TestKey key("key-1");
    return key;
  }
  const TestKey& key_ = sharedKey();
  std::string jwks_;
  int fetched_ = 0;
  SigningKeyCache keys_;
};

TEST_F(IdTokenTest, AGoodTokenIsAcceptedWithItsClaims) {
  auto v = verify(hc::testing::rs256Token(key_, claims()));
  ASSERT_TRUE(std::holds_alternative<IdTokenClaims>(v)) << std::get<TokenRefusal>(v).reason;
  const auto& c = std::get<IdTokenClaims>(v);
  EXPECT_EQ(c.subject, "sub-jane");
  EXPECT_EQ(c.username, "jane.doe@council.example");
  EXPECT_EQ(c.name, "Jane Doe");
  EXPECT_EQ(c.roles, (std::vector<std::string>{"HealthCheck.Director", "HealthCheck.Member"}));
  EXPECT_TRUE(c.groups.empty());  // Entra drops groups above 200: roles alone suffice
}

TEST_F(IdTokenTest, UpnStandsInForAMissingPreferredUsername) {
  const std::string c = "{\"iss\":\"" + kIssuer + "\",\"aud\":\"client-1\",\"sub\":\"s\",\"exp\":" +
                        std::to_string(kNow + 60) + ",\"iat\":" + std::to_string(kNow) +
                        ",\"nonce\":\"nonce-1\",\"upn\":\"jd@council.example\",\"groups\":[\"g-1\"]}";
  auto v = verify(hc::testing::rs256Token(key_, c));
  ASSERT_TRUE(std::holds_alternative<IdTokenClaims>(v));
  EXPECT_EQ(std::get<IdTokenClaims>(v).username, "jd@council.example");
  EXPECT_EQ(std::get<IdTokenClaims>(v).groups, std::vector<std::string>{"g-1"});
}

TEST_F(IdTokenTest, ASignatureByAnotherKeyIsRefused) {
  TestKey other("key-1");  // same key id, another key: a forger's
  EXPECT_EQ(refusal(hc::testing::rs256Token(other, claims())), "the ID token's signature does not verify");
}

TEST_F(IdTokenTest, AChangedClaimBreaksTheSignature) {
  std::string token = hc::testing::rs256Token(key_, claims());
  const std::string forged_claims = hc::directory::oidc::base64UrlEncode(claims(",\"extra\":1"));
  const size_t dot1 = token.find('.'), dot2 = token.rfind('.');
  token = token.substr(0, dot1 + 1) + forged_claims + token.substr(dot2);
  EXPECT_EQ(refusal(token), "the ID token's signature does not verify");
}

TEST_F(IdTokenTest, AnotherAudienceIsRefused) {
  EXPECT_EQ(refusal(hc::testing::rs256Token(key_, claims("", "\"client-2\""))), "the ID token is not for this client id");
}

TEST_F(IdTokenTest, SeveralAudiencesNeedOurAzp) {
  EXPECT_EQ(refusal(hc::testing::rs256Token(key_, claims(",\"azp\":\"client-2\"", "[\"client-1\",\"client-2\"]"))),
            "the ID token has several audiences and its azp is not this client id");
  auto v = verify(hc::testing::rs256Token(key_, claims(",\"azp\":\"client-1\"", "[\"client-1\",\"client-2\"]")));
  EXPECT_TRUE(std::holds_alternative<IdTokenClaims>(v));
}

TEST_F(IdTokenTest, AnotherIssuerIsRefused) {
  EXPECT_EQ(refusal(hc::testing::rs256Token(key_, claims("", "\"client-1\"", kNow + 300, "https://evil.example"))),
            "the ID token's issuer is 'https://evil.example'");
}

TEST_F(IdTokenTest, AnExpiredTokenIsRefusedBeyondTheClockSkew) {
  EXPECT_EQ(refusal(hc::testing::rs256Token(key_, claims("", "\"client-1\"", kNow - 121))), "the ID token has expired");
  // Within two minutes' skew: a clock a little behind the provider's.
  EXPECT_TRUE(std::holds_alternative<IdTokenClaims>(verify(hc::testing::rs256Token(key_, claims("", "\"client-1\"", kNow - 60)))));
}

TEST_F(IdTokenTest, AnotherSignInsNonceIsRefused) {
  EXPECT_EQ(refusal(hc::testing::rs256Token(key_, claims("", "\"client-1\"", kNow + 300, kIssuer, "nonce-2"))),
            "the ID token's nonce is not this sign-in's");
}

TEST_F(IdTokenTest, AnUnsignedTokenIsRefused) {
  EXPECT_EQ(refusal(hc::testing::unsignedToken("key-1", claims())), "the ID token is signed with 'none', not RS256");
}

TEST_F(IdTokenTest, Hs256KeyedWithThePublicKeyIsRefused) {
  EXPECT_EQ(refusal(hc::testing::hs256Token(key_.publicPem(), "key-1", claims())),
            "the ID token is signed with 'HS256', not RS256");
  EXPECT_EQ(refusal(hc::testing::hs256Token(key_.jwk(), "key-1", claims())),
            "the ID token is signed with 'HS256', not RS256");
}

TEST_F(IdTokenTest, NotAJwtIsRefused) {
  EXPECT_EQ(refusal("abc.def"), "the ID token is not a signed JWT (three parts)");
  EXPECT_EQ(refusal("a.b.c.d"), "the ID token is not a signed JWT (three parts)");
  EXPECT_EQ(refusal("!!.??.**"), "the ID token's parts are not base64url JSON");
}

TEST_F(IdTokenTest, AnUnknownKeyIdFetchesTheKeysOnceMore) {
  ASSERT_TRUE(std::holds_alternative<IdTokenClaims>(verify(hc::testing::rs256Token(key_, claims()))));
  EXPECT_EQ(fetched_, 1);
  ASSERT_TRUE(std::holds_alternative<IdTokenClaims>(verify(hc::testing::rs256Token(key_, claims()))));
  EXPECT_EQ(fetched_, 1);  // cached
  // The provider rotates its key: a token signed with the new one.
  TestKey rotated("key-2");
  jwks_ = hc::testing::jwksOf(key_.jwk() + "," + rotated.jwk());
  auto v = verify(hc::testing::rs256Token(rotated, claims()), kNow + 61);
  ASSERT_TRUE(std::holds_alternative<IdTokenClaims>(v)) << std::get<TokenRefusal>(v).reason;
  EXPECT_EQ(fetched_, 2);
  // A made-up key id right after: refused, and no fetch for it.
  EXPECT_EQ(std::get<TokenRefusal>(verify(hc::testing::rs256Token(rotated, claims(), "key-9"), kNow + 62)).reason,
            "the ID token's key 'key-9' is not among the provider's keys");
  EXPECT_EQ(fetched_, 2);
}

TEST_F(IdTokenTest, KeysBelow2048BitsAreNotUsed) {
  auto parsed = parseJwks("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}");
  ASSERT_TRUE(std::holds_alternative<SigningKeys>(parsed));
  EXPECT_TRUE(std::get<SigningKeys>(parsed).empty());
  EXPECT_TRUE(std::holds_alternative<std::string>(parseJwks("not json")));
}

}  // namespace
}  // namespace hc::directory::oidc
