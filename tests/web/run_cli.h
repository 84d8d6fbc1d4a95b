// runCli: runs a healthcheck command in-process, as the web tests prepare
// their data, failing the test (with the command's error text) unless it
// succeeds.
#ifndef HC_TESTS_WEB_RUN_CLI_H_
#define HC_TESTS_WEB_RUN_CLI_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace hc::web::testing_support {

inline int runCli(std::vector<std::string> args) {
  std::ostringstream out, err;
  const int status = cli::run(args, out, err);
  EXPECT_EQ(status, 0) << err.str();
  return status;
}

}  // namespace hc::web::testing_support

#endif  // HC_TESTS_WEB_RUN_CLI_H_
