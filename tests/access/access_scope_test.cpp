#include "access/access_scope.h"

#include <gtest/gtest.h>

namespace hc::access {
namespace {

User make(Role role, std::set<std::string> teams = {}, std::set<std::string> services = {}) {
  User u;
  u.username = "u";
  u.role = role;
  u.teams = std::move(teams);
  u.services = std::move(services);
  return u;
}

TEST(AccessScopeTest, RouteTagsByRole) {
  const User admin = make(Role::kAdmin), director = make(Role::kDirector), member = make(Role::kMember),
             manager = make(Role::kManager, {"T1"});
  EXPECT_TRUE(mayCall(nullptr, "public"));
  for (const char* tag : {"signed-in", "dashboard", "director", "admin", "unknown"}) EXPECT_FALSE(mayCall(nullptr, tag));
  EXPECT_TRUE(mayCall(&admin, "admin"));
  EXPECT_FALSE(mayCall(&admin, "dashboard"));
  EXPECT_FALSE(mayCall(&director, "admin"));
  EXPECT_TRUE(mayCall(&director, "dashboard"));
  EXPECT_TRUE(mayCall(&director, "director"));
  EXPECT_TRUE(mayCall(&manager, "dashboard"));
  EXPECT_FALSE(mayCall(&manager, "director"));
  EXPECT_TRUE(mayCall(&member, "dashboard"));
  EXPECT_FALSE(mayCall(&member, "admin"));
  for (const User* u : {&admin, &director, &manager, &member}) {
    EXPECT_TRUE(mayCall(u, "signed-in"));
    EXPECT_FALSE(mayCall(u, "Dashboard"));  // unknown tags fail closed
    EXPECT_FALSE(mayCall(u, ""));
  }
}

TEST(AccessScopeTest, AnalystsImportAndDirectorsReadTheAudit) {
  const User admin = make(Role::kAdmin), director = make(Role::kDirector), member = make(Role::kMember),
             manager = make(Role::kManager, {"T1"}), analyst = make(Role::kAnalyst);
  EXPECT_TRUE(mayCall(&analyst, "import"));
  EXPECT_TRUE(mayCall(&admin, "import"));
  for (const User* u : {&director, &manager, &member}) EXPECT_FALSE(mayCall(u, "import"));
  EXPECT_FALSE(mayCall(nullptr, "import"));
  // An analyst imports; accounts, surveys, settings, figures and the audit are not theirs.
  for (const char* tag : {"admin", "dashboard", "director", "audit"}) EXPECT_FALSE(mayCall(&analyst, tag)) << tag;
  EXPECT_FALSE(seesFigures(analyst));
  EXPECT_FALSE(mayExport(analyst));
  EXPECT_FALSE(seesUnsuppressed(analyst, "T1", "children"));
  EXPECT_TRUE(mayCall(&admin, "audit"));
  EXPECT_TRUE(mayCall(&director, "audit"));
  for (const User* u : {&manager, &member, &analyst}) EXPECT_FALSE(mayCall(u, "audit"));
  EXPECT_EQ(parseRole("analyst"), Role::kAnalyst);
  EXPECT_STREQ(roleName(Role::kAnalyst), "analyst");
}

TEST(AccessScopeTest, WhoSeesATeamUnsuppressed) {
  const User director = make(Role::kDirector), member = make(Role::kMember), admin = make(Role::kAdmin);
  const User team_manager = make(Role::kManager, {"T1"});
  const User service_manager = make(Role::kManager, {}, {"adults"});
  EXPECT_TRUE(seesUnsuppressed(director, "T9", "children"));
  EXPECT_TRUE(seesUnsuppressed(team_manager, "T1", "children"));
  EXPECT_FALSE(seesUnsuppressed(team_manager, "T2", "children"));
  EXPECT_TRUE(seesUnsuppressed(service_manager, "T7", "adults"));
  EXPECT_FALSE(seesUnsuppressed(service_manager, "T1", "children"));
  EXPECT_FALSE(seesUnsuppressed(service_manager, "T1", ""));
  EXPECT_FALSE(seesUnsuppressed(member, "T1", "children"));
  EXPECT_FALSE(seesUnsuppressed(admin, "T1", "children"));
  EXPECT_TRUE(publishedOnly(member));
  EXPECT_FALSE(publishedOnly(team_manager));
  EXPECT_FALSE(seesFigures(admin));
  EXPECT_TRUE(seesFigures(member));
  EXPECT_TRUE(mayExport(director));
  EXPECT_TRUE(mayExport(team_manager));
  EXPECT_FALSE(mayExport(member));
  EXPECT_FALSE(mayExport(admin));
}

TEST(AccessScopeTest, WhoManagesWhichActions) {
  const User director = make(Role::kDirector), member = make(Role::kMember), admin = make(Role::kAdmin);
  const User team_manager = make(Role::kManager, {"T1"});
  const User service_manager = make(Role::kManager, {}, {"adults"});
  EXPECT_TRUE(mayManageActions(director, "council", ""));
  EXPECT_TRUE(mayManageActions(director, "T9", "children"));
  EXPECT_TRUE(mayManageActions(team_manager, "T1", "children"));
  EXPECT_FALSE(mayManageActions(team_manager, "T2", "children")) << "another manager's team";
  EXPECT_FALSE(mayManageActions(team_manager, "children", "")) << "a team's manager does not run the service";
  EXPECT_FALSE(mayManageActions(team_manager, "council", ""));
  EXPECT_TRUE(mayManageActions(service_manager, "T7", "adults"));
  EXPECT_TRUE(mayManageActions(service_manager, "adults", ""));
  EXPECT_FALSE(mayManageActions(service_manager, "children", ""));
  EXPECT_FALSE(mayManageActions(service_manager, "T1", "children"));
  EXPECT_FALSE(mayManageActions(member, "T1", "children"));
  EXPECT_FALSE(mayManageActions(admin, "T1", "children"));
}

TEST(AccessScopeTest, KnownTags) {
  for (const char* t : {"public", "signed-in", "dashboard", "director", "admin"}) EXPECT_TRUE(knownAccessTag(t));
  EXPECT_FALSE(knownAccessTag("manager"));
}

}  // namespace
}  // namespace hc::access
