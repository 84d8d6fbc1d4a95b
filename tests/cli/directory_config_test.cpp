// The directory settings of healthcheck.conf (cli/directory_config.h): the
// role mapping read with its errors naming the file and line, the LDAP
// password from the environment, and settings that cannot work refused.
#include "cli/directory_config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/test_files.h"

namespace hc {
namespace {

class DirectoryConfigTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path) << text;
    return path;
  }
  std::string errorOf(const cli::ServiceConfig& config) {
    try {
      cli::directorySettingsOf(config);
    } catch (const cli::ConfigError& e) {
      return e.what();
    }
    return "(accepted)";
  }
  void TearDown() override {
    unsetenv("HEALTHCHECK_LDAP_PASSWORD");
    std::filesystem::remove_all(dir_);
  }
  std::string dir_ = testing::makeTempDir("hc-directory-config");
};

TEST_F(DirectoryConfigTest, ReadsTheMappingTheContactAndLdap) {
  const std::string roles = write("roles.conf", "role admin group CN=Admins,DC=c\nteam-attribute departmentNumber\n");
  const auto config = cli::readServiceConfig(write("healthcheck.conf",
                                                   "directory-roles = " + roles + "\n"
                                                   "directory-contact = the Performance Team\n"
                                                   "local-sign-in = admins-only\n"
                                                   "ldap-url = ldaps://dc1.council.local\n"
                                                   "ldap-bind-dn = CN=svc,DC=c\n"
                                                   "ldap-base-dn = DC=c\n"
                                                   "ldap-ca-file = /etc/healthcheck/ca.pem\n"),
                                             true);
  setenv("HEALTHCHECK_LDAP_PASSWORD", "from-the-environment", 1);
  const auto s = cli::directorySettingsOf(config);
  ASSERT_TRUE(s.roles);
  EXPECT_EQ(s.roles->contact(), "the Performance Team");
  EXPECT_TRUE(s.local_admins_only);
  EXPECT_TRUE(s.ldapOn());
  EXPECT_EQ(s.ldap.bind_password, "from-the-environment");
  EXPECT_EQ(s.ldap.user_filter, "(sAMAccountName={user})");
  EXPECT_EQ(s.ldap.team_attribute, "departmentNumber");
}

TEST_F(DirectoryConfigTest, MappingErrorsNameTheFileAndLine) {
  const std::string roles = write("roles.conf", "# roles\nrole admin group CN=Admins,DC=c\nrole boss group CN=X\n");
  cli::ServiceConfig config;
  config.directory_roles = roles;
  EXPECT_EQ(errorOf(config), roles + ":3: 'boss' is not a role (admin, director, manager, member, analyst)");
}

TEST_F(DirectoryConfigTest, PlainLdapAndMissingPiecesAreRefusedAtStart) {
  cli::ServiceConfig config;
  config.directory_roles = write("roles.conf", "role admin group CN=Admins,DC=c\n");
  config.ldap_url = "ldap://dc1.council.local";
  config.ldap_base_dn = "DC=c";
  EXPECT_NE(errorOf(config).find("unencrypted"), std::string::npos) << errorOf(config);
  config.ldap_starttls = true;
  EXPECT_EQ(errorOf(config), "(accepted)");
  config.ldap_bind_dn = "CN=svc,DC=c";  // and no HEALTHCHECK_LDAP_PASSWORD
  EXPECT_NE(errorOf(config).find("HEALTHCHECK_LDAP_PASSWORD"), std::string::npos);
  config.directory_roles.reset();
  EXPECT_NE(errorOf(config).find("directory-roles is not"), std::string::npos);
}

TEST_F(DirectoryConfigTest, BadSwitchesNameTheLine) {
  try {
    cli::readServiceConfig(write("healthcheck.conf", "db = sqlite:x.db\nlocal-sign-in = some\n"), true);
    FAIL() << "accepted";
  } catch (const cli::ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), dir_ + "/healthcheck.conf:2: local-sign-in: 'some' is not admins-only or all");
  }
}

}  // namespace
}  // namespace hc
