// healthcheck user and healthcheck audit, run in-process, and the audit
// row every import writes.
#include <gtest/gtest.h>

#include <iostream>
#include <regex>
#include <sstream>

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/password_links.h"
#include "access/user_store.h"
#include "cli/cli.h"
#include "core/utc_clock.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::cli {
namespace {

class AccessCliTest : public ::testing::Test {
 protected:
  // Runs healthcheck with `stdin_text` as standard input.
  int run(std::vector<std::string> args, const std::string& stdin_text = "") {
    args.insert(args.begin(), {"--db", test_db_.url()});
    std::istringstream in(stdin_text);
    std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
    out_.str("");
    err_.str("");
    const int status = hc::cli::run(args, out_, err_);
    std::cin.rdbuf(saved);
    return status;
  }
  std::vector<access::AuditEntry> audit() { return access::AuditLog(test_db_.db()).since("2000-01-01"); }

  hc::testing::TestDatabase test_db_;
  std::ostringstream out_, err_;
};

TEST_F(AccessCliTest, AddTheFirstAdminToANewDatabaseWithThePasswordFromStdin) {
  ASSERT_EQ(run({"user", "add", "--role", "admin", "ann"}, "a strong passphrase\n"), 0) << err_.str();
  store::migrate(test_db_.db());
  auto c = access::UserStore(test_db_.db()).credentials("ann");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->user.role, access::Role::kAdmin);
  EXPECT_TRUE(access::verifyPassword("a strong passphrase", c->password_hash));
  const auto log = audit();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "user-add");
  EXPECT_EQ(log[0].subject, "ann");
  EXPECT_EQ(log[0].actor.rfind("cli:", 0), 0u);
  EXPECT_EQ(log[0].detail.find("passphrase"), std::string::npos);
}

TEST_F(AccessCliTest, WrongUseExitsTwoAndStoresNothing) {
  EXPECT_EQ(run({"user", "add", "--role", "admin", "ann"}, "short\n"), 2);
  EXPECT_NE(err_.str().find("at least 12"), std::string::npos);
  EXPECT_EQ(run({"user", "add", "--role", "king", "ann"}, "a strong passphrase\n"), 2);
  EXPECT_EQ(run({"user", "add", "--role", "manager", "mo"}, "a strong passphrase\n"), 2);  // no team
  EXPECT_EQ(run({"user", "add", "--role", "member", "--team", "T1", "mo"}, "a strong passphrase\n"), 2);
  EXPECT_EQ(run({"user", "add", "--role", "admin", "bad name'"}, "a strong passphrase\n"), 2);
  EXPECT_EQ(run({"user", "add", "--role", "admin"}, "a strong passphrase\n"), 2);
  EXPECT_EQ(run({"user", "add", "--role", "admin", "ann", "--password", "x"}), 2);  // never from argv
  EXPECT_EQ(run({"user", "frobnicate"}), 2);
  EXPECT_EQ(run({"audit", "--since", "yesterday"}), 2);
  store::migrate(test_db_.db());
  EXPECT_TRUE(access::UserStore(test_db_.db()).list().empty());
}

TEST_F(AccessCliTest, ListResetRemoveAndTheAuditCommand) {
  ASSERT_EQ(run({"user", "add", "--role", "manager", "--team", "T1", "--service", "adults", "mo"},
                "a strong passphrase\n"), 0) << err_.str();
  ASSERT_EQ(run({"user", "list"}), 0);
  EXPECT_EQ(out_.str(), "mo\tmanager\tteam=T1\tservice=adults\n");
  ASSERT_EQ(run({"user", "reset-password", "mo"}, "another passphrase\n"), 0) << err_.str();
  EXPECT_TRUE(access::verifyPassword("another passphrase",
                                     access::UserStore(test_db_.db()).credentials("mo")->password_hash));
  EXPECT_EQ(run({"user", "reset-password", "nobody"}, "another passphrase\n"), 1);
  ASSERT_EQ(run({"user", "remove", "mo"}), 0);
  EXPECT_EQ(run({"user", "remove", "mo"}), 1);
  ASSERT_EQ(run({"audit", "--since", "2000-01-01"}), 0);
  const std::string shown = out_.str();
  EXPECT_NE(shown.find("\tuser-add\tmo\trole=manager team=T1 service=adults\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\tpassword-reset\tmo\t"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\tuser-remove\tmo\t"), std::string::npos) << shown;
  ASSERT_EQ(run({"audit", "--since", "2999-01-01"}), 0);
  EXPECT_EQ(out_.str(), "");
}

TEST_F(AccessCliTest, LinksDisableEnableChangeAndTheLastAdminRule) {
  ASSERT_EQ(run({"user", "add", "--role", "admin", "ann"}, "a strong passphrase\n"), 0) << err_.str();
  // A link instead of a password: printed once, whole with --base-url.
  ASSERT_EQ(run({"user", "add", "--role", "director", "--link", "--base-url", "https://hc.example.gov.uk/", "dee"}), 0)
      << err_.str();
  std::smatch m;
  const std::string printed = out_.str();
  ASSERT_TRUE(std::regex_search(printed, m, std::regex("https://hc\\.example\\.gov\\.uk/set-password/([0-9a-f]{64})\n")))
      << printed;
  const std::string token = m[1];
  EXPECT_EQ(access::PasswordLinks(test_db_.db()).holder(token, nowSeconds()), "dee");
  EXPECT_EQ(audit().back().action, "password-link");
  ASSERT_EQ(run({"user", "reset-password", "--link", "dee"}), 0) << err_.str();
  EXPECT_NE(out_.str().find("\n/set-password/"), std::string::npos) << out_.str();
  EXPECT_FALSE(access::PasswordLinks(test_db_.db()).holder(token, nowSeconds())) << "replaced by the new link";

  ASSERT_EQ(run({"user", "disable", "dee"}), 0) << err_.str();
  EXPECT_TRUE(access::UserStore(test_db_.db()).credentials("dee")->disabled);
  ASSERT_EQ(run({"user", "list"}), 0);
  EXPECT_NE(out_.str().find("dee\tdirector\tdisabled\n"), std::string::npos) << out_.str();
  ASSERT_EQ(run({"user", "enable", "dee"}), 0) << err_.str();
  EXPECT_FALSE(access::UserStore(test_db_.db()).credentials("dee")->disabled);
  ASSERT_EQ(run({"user", "change", "--role", "manager", "--team", "T1", "dee"}), 0) << err_.str();
  EXPECT_EQ(access::UserStore(test_db_.db()).find("dee")->teams, std::set<std::string>{"T1"});
  EXPECT_EQ(audit().back().action, "user-change");
  EXPECT_EQ(run({"user", "change", "--role", "manager", "dee"}), 2);  // no team
  EXPECT_EQ(run({"user", "disable", "nobody"}), 1);

  // The last admin stays.
  for (const std::vector<std::string>& args : {std::vector<std::string>{"user", "remove", "ann"},
                                               {"user", "disable", "ann"},
                                               {"user", "change", "--role", "member", "ann"}}) {
    EXPECT_EQ(run(args), 1) << args[1];
    EXPECT_NE(err_.str().find("last active admin"), std::string::npos) << err_.str();
  }
  EXPECT_EQ(access::UserStore(test_db_.db()).find("ann")->role, access::Role::kAdmin);
}

TEST_F(AccessCliTest, EveryImportWritesAnAuditRow) {
  ASSERT_EQ(run({"init"}), 0) << err_.str();
  const std::string dir = hc::testing::makeTempDir("access_import");
  hc::testing::writeFile(dir + "/teams.csv", "this is not,a teams file\n1,2\n");
  run({"import", dir + "/teams.csv"});
  const auto log = audit();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "import");
  EXPECT_NE(log[0].subject.find("teams.csv"), std::string::npos);
  EXPECT_EQ(log[0].detail.rfind("rejected", 0), 0u) << log[0].detail;
}

TEST_F(AccessCliTest, BackupCopiesTheDatabaseAndIsAudited) {
  ASSERT_EQ(run({"user", "add", "--role", "director", "dee"}, "a strong passphrase\n"), 0) << err_.str();
  const std::string dir = hc::testing::makeTempDir("access_backup");
  const std::string copy = dir + "/backup.db";
  const int status = run({"backup", "--to", copy});
  if (test_db_.isMysql()) {
    EXPECT_EQ(status, 1);
    EXPECT_NE(err_.str().find("mysqldump --single-transaction"), std::string::npos) << err_.str();
    EXPECT_EQ(audit().back().action, "user-add");  // nothing was backed up, nothing audited
    return;
  }
  ASSERT_EQ(status, 0) << err_.str();
  EXPECT_NE(out_.str().find("checked"), std::string::npos) << out_.str();
  auto restored = store::openDatabase("sqlite:" + copy);
  const auto users = access::UserStore(*restored).list();
  ASSERT_EQ(users.size(), 1u);
  EXPECT_EQ(users[0].username, "dee");
  const auto log = audit();
  ASSERT_EQ(log.back().action, "backup");
  EXPECT_EQ(log.back().subject, copy);
  // The copy holds the log up to the backup, not the backup's own row.
  EXPECT_EQ(access::AuditLog(*restored).since("2000-01-01").size(), log.size() - 1);

  EXPECT_EQ(run({"backup"}), 2);
  EXPECT_EQ(run({"backup", "--to", dir + "/no/such/folder.db"}), 1);
  EXPECT_NE(err_.str().find("no folder"), std::string::npos) << err_.str();
}

}  // namespace
}  // namespace hc::cli
