#include "access/password_hasher.h"

#include <gtest/gtest.h>

namespace hc::access {
namespace {

TEST(PasswordHasherTest, VerifiesTheRightPasswordOnly) {
  const std::string hash = hashPassword("correct horse battery");
  EXPECT_TRUE(verifyPassword("correct horse battery", hash));
  EXPECT_FALSE(verifyPassword("correct horse batterY", hash));
  EXPECT_FALSE(verifyPassword("", hash));
}

TEST(PasswordHasherTest, UsesArgon2idWithTheDocumentedParametersAndAFreshSalt) {
  const std::string a = hashPassword("same password here");
  const std::string b = hashPassword("same password here");
  EXPECT_EQ(a.rfind("$argon2id$v=19$m=65536,t=3,p=1$", 0), 0u) << a;
  EXPECT_NE(a, b);  // salted
  EXPECT_EQ(a.find("same password"), std::string::npos);
}

TEST(PasswordHasherTest, MalformedOrForeignHashesNeverVerify) {
  EXPECT_FALSE(verifyPassword("x", ""));
  EXPECT_FALSE(verifyPassword("x", "x"));
  EXPECT_FALSE(verifyPassword("x", "$argon2i$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaA"));
  EXPECT_FALSE(verifyPassword("x", "$argon2id$v=19$m=65536,t=3,p=1$garbage"));
  EXPECT_FALSE(verifyDummy("anything at all"));
}

TEST(PasswordHasherTest, HostilePasswordsHashAndVerify) {
  for (const std::string& p : {std::string("' OR 1=1; --  aaaa"), std::string("<script>alert(1)</script>"),
                               std::string("\xff\xfe invalid utf-8 \xc3\x28"), std::string(1024, 'z'),
                               std::string("nul\0inside password", 20)}) {
    const std::string hash = hashPassword(p);
    EXPECT_TRUE(verifyPassword(p, hash));
    EXPECT_FALSE(verifyPassword(p + "x", hash));
  }
}

TEST(PasswordHasherTest, PolicyAsksForLengthNotComplexity) {
  EXPECT_NE(passwordProblem("short"), "");
  EXPECT_NE(passwordProblem("elevenchars"), "");
  EXPECT_EQ(passwordProblem("twelve chars"), "");
  EXPECT_EQ(passwordProblem(std::string(1024, 'a')), "");
  EXPECT_NE(passwordProblem(std::string(1025, 'a')), "");
}

}  // namespace
}  // namespace hc::access
