// The role mapping file (directory/role_mapping.h): what it gives, and
// errors that name the file and line.
#include "directory/role_mapping.h"

#include <gtest/gtest.h>

namespace hc::directory {
namespace {

constexpr const char* kMapping = R"(# roles for the test council
role admin group CN=HC Admins,OU=Groups,DC=council
role director approle HealthCheck.Director
role manager group "CN=HC Managers, OU=Groups, DC=council"
role member approle HealthCheck.Member
team T0001 group CN=Team Alder,OU=Teams,DC=council
team T0002 approle HealthCheck.TeamBirch
service "Children in need" group CN=CIN,OU=Teams,DC=council
team-attribute departmentNumber
)";

RoleMapping mapping() {
  auto parsed = RoleMapping::parse(kMapping, "roles.conf");
  if (auto* e = std::get_if<MappingError>(&parsed)) ADD_FAILURE() << e->message;
  return std::get<RoleMapping>(parsed);
}

std::string errorOf(const std::string& text) {
  auto parsed = RoleMapping::parse(text, "roles.conf");
  auto* e = std::get_if<MappingError>(&parsed);
  return e ? e->message : "(parsed)";
}

TEST(RoleMapping, FirstMatchingRoleLineWins) {
  DirectoryIdentity who;
  who.groups = {"cn=hc admins, ou=groups, dc=council"};
  who.app_roles = {"HealthCheck.Director"};
  const auto got = mapping().map(who);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->role, access::Role::kAdmin);
  EXPECT_TRUE(got->teams.empty());
  EXPECT_EQ(got->why, "line 2");
}

TEST(RoleMapping, ManagerScopeFromGroupsAppRolesAndTheAttribute) {
  DirectoryIdentity who;
  who.groups = {"CN=HC Managers,OU=Groups,DC=council", "CN=Team Alder,OU=Teams,DC=council", "CN=CIN,OU=Teams,DC=council"};
  who.app_roles = {"HealthCheck.TeamBirch"};
  who.team_ids = {"T0009"};
  const auto got = mapping().map(who);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->role, access::Role::kManager);
  EXPECT_EQ(got->teams, (std::set<std::string>{"T0001", "T0002", "T0009"}));
  EXPECT_EQ(got->services, (std::set<std::string>{"Children in need"}));
}

TEST(RoleMapping, ScopeIsOnlyAManagers) {
  DirectoryIdentity who;
  who.app_roles = {"HealthCheck.Member"};
  who.groups = {"CN=Team Alder,OU=Teams,DC=council"};
  const auto got = mapping().map(who);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->role, access::Role::kMember);
  EXPECT_TRUE(got->teams.empty());
}

TEST(RoleMapping, NoMatchingLineGivesNoRole) {
  DirectoryIdentity who;
  who.groups = {"CN=Team Alder,OU=Teams,DC=council", "CN=HC Admins,OU=Other,DC=council"};
  EXPECT_FALSE(mapping().map(who));
}

TEST(RoleMapping, ErrorsNameTheFileAndLine) {
  EXPECT_EQ(errorOf("role admin group X\nrole boss group Y\n"),
            "roles.conf:2: 'boss' is not a role (admin, director, manager, member, analyst)");
  EXPECT_EQ(errorOf("# c\n\nrole admin grup X\n"), "roles.conf:3: after 'role admin' comes group or approle, then its value");
  EXPECT_EQ(errorOf("role admin group\n"), "roles.conf:1: the group to match is missing");
  EXPECT_EQ(errorOf("role admin group X\nservice \"Children group X\n"), "roles.conf:2: a quote is not closed");
  EXPECT_EQ(errorOf("role admin group X\nteams T1 group X\n"),
            "roles.conf:2: 'teams' is not role, team, service or team-attribute");
  EXPECT_EQ(errorOf("role admin group X\nteam-attribute a b\n"),
            "roles.conf:2: team-attribute takes one attribute name (e.g. team-attribute departmentNumber)");
  EXPECT_EQ(errorOf("# nothing\nteam T1 group X\n"), "roles.conf: no role lines: nobody could sign in");
}

TEST(RoleMapping, MissingFileIsNamed) {
  auto parsed = RoleMapping::read("/nonexistent/roles.conf");
  ASSERT_TRUE(std::holds_alternative<MappingError>(parsed));
  EXPECT_EQ(std::get<MappingError>(parsed).message, "/nonexistent/roles.conf: cannot read the directory's role mapping");
}

}  // namespace
}  // namespace hc::directory
