// LDAP against a real slapd on 127.0.0.1 (support/ldap_server.h): the
// password checked by the directory, groups read, filter injection, TLS
// required, and the admin's connection test saying which step failed.
#include "directory/ldap/ldap_directory.h"

#include <gtest/gtest.h>

#include "directory/ldap/ldap_filter.h"
#include "ldap_fixture.h"

namespace hc::directory::ldap {
namespace {

using hc::testing::LdapServer;

const DirectoryIdentity* identityOf(const LdapAnswer& a) { return std::get_if<DirectoryIdentity>(&a); }
const LdapProblem* problemOf(const LdapAnswer& a) { return std::get_if<LdapProblem>(&a); }

TEST(LdapFilter, TypedTextIsEscapedAsRfc4515Says) {
  EXPECT_EQ(escapeFilterValue("*)(uid=*"), "\\2a\\29\\28uid=\\2a");
  EXPECT_EQ(escapeFilterValue(std::string("a\\b\0c", 5)), "a\\5cb\\00c");
  EXPECT_EQ(fillFilter("(&(objectClass=user)(sAMAccountName={user}))", "user", "jo*"),
            "(&(objectClass=user)(sAMAccountName=jo\\2a))");
  EXPECT_EQ(nameAttributeOf("(&(objectClass=user)(sAMAccountName={user}))"), "sAMAccountName");
  EXPECT_EQ(nameAttributeOf("(uid={user})"), "uid");
}

TEST(LdapDirectory, SignsInOverLdapsAndReadsGroupsAndTheTeamAttribute) {
  const LdapAnswer a = LdapDirectory(ldapSettings()).authenticate("jane", "jane-secret");
  const DirectoryIdentity* who = identityOf(a);
  ASSERT_TRUE(who) << problemOf(a)->detail;
  EXPECT_EQ(who->source, "ldap");
  EXPECT_EQ(who->username, "jane");
  EXPECT_EQ(who->subject.size(), 36u) << "entryUUID: " << who->subject;
  EXPECT_EQ(who->email, "jane@council.test");
  EXPECT_EQ(who->team_ids, std::vector<std::string>{"T0009"});
  ASSERT_EQ(who->groups.size(), 2u);
  const auto mapping = testMapping();
  const auto mapped = mapping->map(*who);
  ASSERT_TRUE(mapped);
  EXPECT_EQ(mapped->role, access::Role::kManager);
  EXPECT_EQ(mapped->teams, (std::set<std::string>{"T1"}));  // no team-attribute line in this mapping
}

TEST(LdapDirectory, GroupsFromAGroupSearchInsteadOfMemberOf) {
  LdapSettings s = ldapSettings();
  s.group_filter = "(&(objectClass=groupOfNames)(member={dn}))";
  const LdapAnswer a = LdapDirectory(s).authenticate("pat", "pat-secret");
  ASSERT_TRUE(identityOf(a)) << problemOf(a)->detail;
  auto groups = identityOf(a)->groups;
  std::sort(groups.begin(), groups.end());
  EXPECT_EQ(groups, (std::vector<std::string>{LdapServer::groupDn("hc-managers"), LdapServer::groupDn("team-birch")}));
}

TEST(LdapDirectory, WrongAndEmptyPasswordsAreRefused) {
  const LdapDirectory ldap(ldapSettings());
  const LdapAnswer wrong = ldap.authenticate("jane", "not-her-password");
  ASSERT_TRUE(problemOf(wrong));
  EXPECT_EQ(problemOf(wrong)->kind, LdapProblem::Kind::kRefused);
  // An empty password would be an unauthenticated bind, which succeeds.
  const LdapAnswer empty = ldap.authenticate("jane", "");
  ASSERT_TRUE(problemOf(empty));
  EXPECT_EQ(problemOf(empty)->kind, LdapProblem::Kind::kRefused);
}

TEST(LdapDirectory, FilterInjectionFindsNobody) {
  const LdapDirectory ldap(ldapSettings());
  for (const char* name : {"*)(uid=*", "*", "ja*", "jane)(|(uid=*"}) {
    const LdapAnswer a = ldap.authenticate(name, "jane-secret");
    ASSERT_TRUE(problemOf(a)) << name;
    EXPECT_EQ(problemOf(a)->kind, LdapProblem::Kind::kRefused) << name;
    EXPECT_EQ(problemOf(a)->detail, "no such name in the directory") << name;
  }
}

TEST(LdapDirectory, PlainLdapIsRefusedUnlessAllowedAndStartTlsWorks) {
  LdapSettings s = ldapSettings();
  s.url = sharedLdap().ldapUrl();
  ASSERT_TRUE(settingsProblem(s));
  EXPECT_NE(settingsProblem(s)->find("unencrypted"), std::string::npos);
  const LdapAnswer refused = LdapDirectory(s).authenticate("jane", "jane-secret");
  ASSERT_TRUE(problemOf(refused));
  EXPECT_EQ(problemOf(refused)->kind, LdapProblem::Kind::kDirectoryDown);
  s.starttls = true;
  EXPECT_FALSE(settingsProblem(s));
  EXPECT_TRUE(identityOf(LdapDirectory(s).authenticate("jane", "jane-secret")));
  s.starttls = false;
  s.allow_plain = true;  // tests only
  EXPECT_TRUE(identityOf(LdapDirectory(s).authenticate("jane", "jane-secret")));
}

TEST(LdapDirectory, ACertificateFromAnotherCaIsRefused) {
  LdapSettings s = ldapSettings();
  s.ca_file = "/etc/ssl/certs/ca-certificates.crt";  // the public CAs did not sign the test certificate
  const LdapAnswer a = LdapDirectory(s).authenticate("jane", "jane-secret");
  ASSERT_TRUE(problemOf(a));
  EXPECT_EQ(problemOf(a)->kind, LdapProblem::Kind::kDirectoryDown);
  const auto steps = LdapDirectory(s).testConnection();
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_TRUE(steps[0].ok);
  EXPECT_EQ(steps[1].name, "TLS");
  EXPECT_FALSE(steps[1].ok);
}

TEST(LdapDirectory, ConnectionTestSaysWhichStepFailed) {
  LdapSettings s = ldapSettings();
  const auto good = LdapDirectory(s).testConnection();
  ASSERT_EQ(good.size(), 4u);
  for (const auto& step : good) EXPECT_TRUE(step.ok) << step.name << ": " << step.detail;
  EXPECT_EQ(good[3].name, "Search");

  s.bind_password = "wrong";
  const auto bad_bind = LdapDirectory(s).testConnection();
  ASSERT_EQ(bad_bind.size(), 3u);
  EXPECT_EQ(bad_bind[2].name, "Service account bind");
  EXPECT_FALSE(bad_bind[2].ok);
  EXPECT_NE(bad_bind[2].detail.find("Invalid credentials"), std::string::npos) << bad_bind[2].detail;

  s = ldapSettings();
  s.base_dn = "dc=elsewhere,dc=test";
  const auto bad_search = LdapDirectory(s).testConnection();
  ASSERT_EQ(bad_search.size(), 4u);
  EXPECT_FALSE(bad_search[3].ok);
}

TEST(LdapDirectory, DirectoryStoppedIsDownNotRefused) {
  sharedLdap().stop();
  const LdapAnswer a = LdapDirectory(ldapSettings()).authenticate("jane", "jane-secret");
  const auto steps = LdapDirectory(ldapSettings()).testConnection();
  sharedLdap().start();
  ASSERT_TRUE(problemOf(a));
  EXPECT_EQ(problemOf(a)->kind, LdapProblem::Kind::kDirectoryDown);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].name, "Connect");
  EXPECT_FALSE(steps[0].ok);
  EXPECT_TRUE(identityOf(LdapDirectory(ldapSettings()).authenticate("jane", "jane-secret")));
}

}  // namespace
}  // namespace hc::directory::ldap
