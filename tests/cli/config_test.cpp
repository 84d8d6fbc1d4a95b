// The configuration file (cli/service_config.h), where the program finds
// its data (cli/data_folders.h), and --version.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "cli/data_folders.h"
#include "cli/service_config.h"
#include "cli_fixture.h"

namespace hc {
namespace {

// Sets an environment variable for one test, restoring it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

class ConfigFileTest : public ::testing::Test {
 protected:
  std::string write(const std::string& text) {
    const std::string path = dir_ + "/healthcheck.conf";
    std::ofstream(path) << text;
    return path;
  }
  std::string dir_ = testing::makeTempDir("hc-config");
  void TearDown() override { std::filesystem::remove_all(dir_); }
};

TEST_F(ConfigFileTest, ReadsEverySetting) {
  const auto config = cli::readServiceConfig(write("# a comment\n"
                                                   "db = sqlite:/var/lib/healthcheck/hc.db\n"
                                                   "council = Northshire Council\n"
                                                   "host = 0.0.0.0\n"
                                                   "port: 8443\n"
                                                   "tls-cert = /etc/healthcheck/cert.pem\n"
                                                   "tls-key = /etc/healthcheck/key.pem\n"
                                                   "behind-tls-proxy = yes\n"
                                                   "surveys = /srv/surveys\n"
                                                   "assets =\n"),
                                             true);
  EXPECT_EQ(config.db, "sqlite:/var/lib/healthcheck/hc.db");
  EXPECT_EQ(config.council, "Northshire Council");
  EXPECT_EQ(config.host, "0.0.0.0");
  EXPECT_EQ(config.port, 8443);
  EXPECT_EQ(config.tls_cert, "/etc/healthcheck/cert.pem");
  EXPECT_EQ(config.tls_key, "/etc/healthcheck/key.pem");
  EXPECT_EQ(config.behind_tls_proxy, true);
  EXPECT_EQ(config.surveys, "/srv/surveys");
  EXPECT_FALSE(config.assets.has_value());  // left empty: the default stays
}

TEST_F(ConfigFileTest, MissingDefaultFileIsEmptyButMissingGivenFileIsAnError) {
  const std::string missing = dir_ + "/absent.conf";
  EXPECT_FALSE(cli::readServiceConfig(missing, false).db.has_value());
  const Outcome o = run({"--config", missing, "init"});
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find(missing + ": cannot read the configuration file: no such file"), std::string::npos) << o.err;
}

TEST_F(ConfigFileTest, BadValueNamesFileLineAndKey) {
  const std::string path = write("db = sqlite:x.db\n\n# listen\nport = eighty\n");
  const Outcome o = run({"--config", path, "init"});
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find(path + ":4: port: 'eighty' is not a port number (0 to 65535)"), std::string::npos) << o.err;
  EXPECT_THROW(cli::readServiceConfig(write("port = 65536\n"), true), cli::ConfigError);
  try {
    cli::readServiceConfig(write("council = X\nbehind-tls-proxy = maybe\n"), true);
    FAIL() << "accepted 'maybe'";
  } catch (const cli::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find(":2: behind-tls-proxy: 'maybe' is not true or false"), std::string::npos);
  }
}

TEST_F(ConfigFileTest, UploadsFolderAndLimit) {
  const auto config = cli::readServiceConfig(write("uploads = /srv/hc/uploads\nmax-upload-mb = 250\n"), true);
  EXPECT_EQ(config.uploads.value_or(""), "/srv/hc/uploads");
  EXPECT_EQ(config.max_upload_mb.value_or(0), 250);
  for (const char* bad : {"max-upload-mb = 0\n", "max-upload-mb = lots\n", "max-upload-mb = 100001\n"}) {
    try {
      cli::readServiceConfig(write(bad), true);
      ADD_FAILURE() << bad;
    } catch (const cli::ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find(":1: max-upload-mb: "), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("megabytes (1 to 100000)"), std::string::npos) << e.what();
    }
  }
}

TEST_F(ConfigFileTest, UnknownSettingNamesItsLine) {
  try {
    cli::readServiceConfig(write("council = X\nprot = 80\n"), true);
    FAIL() << "accepted 'prot'";
  } catch (const cli::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("healthcheck.conf:2: prot: unknown setting"), std::string::npos) << e.what();
  }
}

// Command line over environment over file: each creates its own database.
TEST_F(ConfigFileTest, DatabaseComesFromCommandLineThenEnvironmentThenFile) {
  const std::string path = write("db = sqlite:" + dir_ + "/from-file.db\n");
  ASSERT_EQ(run({"--config", path, "init"}).status, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/from-file.db"));
  {
    const ScopedEnv env("HEALTHCHECK_DB", "sqlite:" + dir_ + "/from-env.db");
    ASSERT_EQ(run({"--config", path, "init"}).status, 0);
    EXPECT_TRUE(std::filesystem::exists(dir_ + "/from-env.db"));
    ASSERT_EQ(run({"--config", path, "--db", "sqlite:" + dir_ + "/from-cli.db", "init"}).status, 0);
    EXPECT_TRUE(std::filesystem::exists(dir_ + "/from-cli.db"));
  }
}

TEST_F(ConfigFileTest, SurveyFolderComesFromEnvironmentThenFile) {
  cli::ServiceConfig config;
  config.surveys = "/srv/from-file";
  {
    const ScopedEnv env("HEALTHCHECK_SURVEYS", "/srv/from-env");
    EXPECT_EQ(cli::resolveDataFolders(config).surveys, "/srv/from-env");
  }
  const ScopedEnv none("HEALTHCHECK_SURVEYS", "");
  EXPECT_EQ(cli::resolveDataFolders(config).surveys, "/srv/from-file");
  // The test binary is not installed (no share/healthcheck beside it), so
  // without either the source tree's folder is used.
  EXPECT_EQ(cli::installedDataFolder(), "");
  EXPECT_EQ(cli::resolveDataFolders(cli::ServiceConfig{}).surveys, "surveys");
}

TEST(CliVersionTest, PrintsTheProjectVersion) {
  const Outcome o = run({"--version"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, std::string("healthcheck ") + HC_EXPECTED_VERSION + "\n");
}

}  // namespace
}  // namespace hc
