#include "support/test_database.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

#include "support/test_files.h"

namespace hc::testing {
namespace {
std::atomic<int> counter{0};
}

TestDatabase::TestDatabase() {
  const char* env = std::getenv("HEALTHCHECK_TEST_DB");
  const std::string engine = env && *env ? env : "sqlite";
  if (engine == "sqlite") {
    sqlite_dir_ = makeTempDir("hc-db");
    url_ = "sqlite:" + sqlite_dir_ + "/test.db";
  } else {
    // engine is "mysql://user[:pw]@host:port/" (anything after the slash ignored).
    std::string server = engine.substr(0, engine.find('/', std::string("mysql://").size()) + 1);
    if (server.back() != '/') server += '/';
    mysql_server_ = server;
    mysql_name_ = "hc_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    auto admin = store::openDatabase(server + "mysql");
    admin->executeScript("DROP DATABASE IF EXISTS " + mysql_name_ + "; CREATE DATABASE " + mysql_name_ +
                         " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    url_ = server + mysql_name_;
  }
  db_ = store::openDatabase(url_);
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!mysql_name_.empty()) {
    try {
      store::openDatabase(mysql_server_ + "mysql")->executeScript("DROP DATABASE IF EXISTS " + mysql_name_);
    } catch (...) {
      // A leftover test database is harmless; scripts/test's server is thrown away.
    }
  }
  if (!sqlite_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(sqlite_dir_, ec);
  }
}

}  // namespace hc::testing
