#include "store/database_url.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <string>

namespace hc::store {
namespace {

// Sets or clears HEALTHCHECK_DB_PASSWORD for one test.
class PasswordEnv {
 public:
  explicit PasswordEnv(const char* value) {
    if (value) ::setenv("HEALTHCHECK_DB_PASSWORD", value, 1); else ::unsetenv("HEALTHCHECK_DB_PASSWORD");
  }
  ~PasswordEnv() { ::unsetenv("HEALTHCHECK_DB_PASSWORD"); }
};

// The message of the DatabaseError that parsing `url` throws; fails the test
// when it does not throw kOther.
std::string parseError(const std::string& url) {
  try {
    DatabaseUrl::parse(url);
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kOther) << url;
    return e.what();
  }
  ADD_FAILURE() << "no error for " << url;
  return "";
}

TEST(DatabaseUrlTest, ParsesSqlitePath) {
  const DatabaseUrl u = DatabaseUrl::parse("sqlite:/var/lib/hc/data.db");
  EXPECT_EQ(u.dialect, Dialect::kSqlite);
  EXPECT_EQ(u.path, "/var/lib/hc/data.db");
  EXPECT_EQ(DatabaseUrl::parse("sqlite:rel.db").path, "rel.db");
}

TEST(DatabaseUrlTest, ParsesFullMysqlUrl) {
  PasswordEnv env(nullptr);
  const DatabaseUrl u = DatabaseUrl::parse("mysql://hc:s3cret@db.example.org:3307/health");
  EXPECT_EQ(u.dialect, Dialect::kMysql);
  EXPECT_EQ(u.user, "hc");
  EXPECT_EQ(u.password, "s3cret");
  EXPECT_EQ(u.host, "db.example.org");
  EXPECT_EQ(u.port, 3307);
  EXPECT_EQ(u.database, "health");
  EXPECT_EQ(u.describe(), "mysql://hc@db.example.org:3307/health");
}

TEST(DatabaseUrlTest, DefaultsPortAndDecodesPercentEncodedPassword) {
  PasswordEnv env(nullptr);
  const DatabaseUrl u = DatabaseUrl::parse("mysql://hc:p%40ss%3Aw%2Fd%25@localhost/hc");
  EXPECT_EQ(u.password, "p@ss:w/d%");
  EXPECT_EQ(u.port, 3306);
  EXPECT_EQ(u.host, "localhost");
}

TEST(DatabaseUrlTest, PasswordWithRawAtSignUsesLastAt) {
  PasswordEnv env(nullptr);
  const DatabaseUrl u = DatabaseUrl::parse("mysql://hc:a@b@host/db");
  EXPECT_EQ(u.password, "a@b");
  EXPECT_EQ(u.host, "host");
}

TEST(DatabaseUrlTest, MissingPasswordComesFromEnvironment) {
  PasswordEnv env("from-env");
  EXPECT_EQ(DatabaseUrl::parse("mysql://hc@host/db").password, "from-env");
  // A password in the URL wins, even an empty one.
  EXPECT_EQ(DatabaseUrl::parse("mysql://hc:@host/db").password, "");
  EXPECT_EQ(DatabaseUrl::parse("mysql://hc:url@host/db").password, "url");
}

TEST(DatabaseUrlTest, NoPasswordAnywhereIsEmpty) {
  PasswordEnv env(nullptr);
  EXPECT_EQ(DatabaseUrl::parse("mysql://hc@host/db").password, "");
}

TEST(DatabaseUrlTest, RejectsMalformedUrlsNamingTheProblem) {
  EXPECT_NE(parseError("postgres://u@h/db").find("unknown scheme 'postgres'"), std::string::npos);
  EXPECT_NE(parseError("healthcheck.db").find("unknown scheme"), std::string::npos);
  EXPECT_NE(parseError("sqlite:").find("no file"), std::string::npos);
  EXPECT_NE(parseError("mysql://host/db").find("USER@"), std::string::npos);
  EXPECT_NE(parseError("mysql://u@host").find("/DATABASE"), std::string::npos);
  EXPECT_NE(parseError("mysql://u@host/").find("database name is empty"), std::string::npos);
  EXPECT_NE(parseError("mysql://@host/db").find("user name is empty"), std::string::npos);
  EXPECT_NE(parseError("mysql://u@:3306/db").find("host is empty"), std::string::npos);
  EXPECT_NE(parseError("mysql://u@host:abc/db").find("port 'abc' is not a number"), std::string::npos);
  EXPECT_NE(parseError("mysql://u@host:70000/db").find("out of range"), std::string::npos);
}

TEST(DatabaseUrlTest, ErrorsNeverEchoThePassword) {
  const std::string bad_escape = parseError("mysql://u:Hunter2%zz@host/db");
  EXPECT_NE(bad_escape.find("password"), std::string::npos);
  EXPECT_EQ(bad_escape.find("Hunter2"), std::string::npos);
  EXPECT_EQ(parseError("mysql://u:Hunter2@host:x/db").find("Hunter2"), std::string::npos);
  EXPECT_EQ(parseError("mysql://u:Hunter2@host").find("Hunter2"), std::string::npos);
  EXPECT_EQ(parseError("root:Hunter2@host/db").find("Hunter2"), std::string::npos);  // scheme forgotten
}

TEST(DatabaseUrlTest, OpenDatabaseRejectsBadUrlBeforeConnecting) {
  try {
    openDatabase("mysql://u:Hunter2@host:port/db");
    FAIL() << "no error";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kOther);
    EXPECT_EQ(std::string(e.what()).find("Hunter2"), std::string::npos);
  }
}

}  // namespace
}  // namespace hc::store
