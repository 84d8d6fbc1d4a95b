// Running `healthcheck` in-process, exactly as a user types the commands,
// against a fresh database of HEALTHCHECK_TEST_DB (SQLite or MariaDB) and a
// scratch folder, for the CLI tests.
#ifndef HC_TESTS_CLI_CLI_FIXTURE_H_
#define HC_TESTS_CLI_CLI_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc {

struct Outcome {
  int status;
  std::string out;
  std::string err;
};

inline Outcome run(std::vector<std::string> args) {
  std::ostringstream out, err;
  const int status = cli::run(args, out, err);
  return {status, out.str(), err.str()};
}

class CliTest : public ::testing::Test {
 protected:
  Outcome hc(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", database_.url()});
    return run(std::move(args));
  }
  testing::TestDatabase database_;
  std::string dir_ = testing::makeTempDir("hc-cli");
  void TearDown() override { std::filesystem::remove_all(dir_); }
};

}  // namespace hc

#endif  // HC_TESTS_CLI_CLI_FIXTURE_H_
