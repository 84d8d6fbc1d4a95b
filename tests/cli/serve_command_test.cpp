// `healthcheck serve`'s own refusals and what it prints at start (issue 13):
// a short CSRF secret is refused, and the database URL is printed without
// its password.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "cli/cli.h"
#include "store/database_url.h"
#include "store/schema.h"
#include "support/test_database.h"

namespace hc::cli {
namespace {

// `healthcheck serve` on the test database, on any free port.
std::vector<std::string> serveArgs(const std::string& url) {
  return {"--db", url, "serve", "--port", "0", "--quiet", "--surveys", std::string(HC_SOURCE_DIR) + "/surveys",
          "--assets", std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk"};
}

TEST(ServeCommand, RefusesAShortCsrfSecret) {
  testing::TestDatabase db;
  store::migrate(db.db());
  ::setenv("HEALTHCHECK_CSRF_SECRET", "only-twenty-chars-ab", 1);
  std::ostringstream out, err;
  const int status = cli::run(serveArgs(db.url()), out, err);
  ::unsetenv("HEALTHCHECK_CSRF_SECRET");
  EXPECT_EQ(status, 2);
  EXPECT_NE(err.str().find("HEALTHCHECK_CSRF_SECRET is too short: give at least 32 characters"), std::string::npos)
      << err.str();
}

TEST(ServeCommand, NeverPrintsTheDatabasePassword) {
  testing::TestDatabase db;
  store::migrate(db.db());
  const std::string url = db.url();  // on MariaDB: mysql://USER:PASSWORD@HOST:PORT/NAME
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(fds[0]);
    ::alarm(60);
    std::ofstream out("/proc/self/fd/" + std::to_string(fds[1]));
    std::ostringstream err;
    ::_exit(cli::run(serveArgs(url), out, err));
  }
  ::close(fds[1]);
  std::string line;
  char c;
  while (::read(fds[0], &c, 1) == 1 && c != '\n') line += c;
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(fds[0]);
  ASSERT_EQ(line.rfind("Serving on http://127.0.0.1:", 0), 0u) << line;
  const store::DatabaseUrl parsed = store::DatabaseUrl::parse(url);
  if (!parsed.password.empty()) {
    EXPECT_EQ(line.find(parsed.password), std::string::npos) << "a password was printed";
  }
  EXPECT_NE(line.find(parsed.describe()), std::string::npos) << line;
}

TEST(ServeCommand, APortInUseIsNamedWithItsCause) {
  testing::TestDatabase db;
  store::migrate(db.db());
  Poco::Net::ServerSocket taken(Poco::Net::SocketAddress("127.0.0.1", 0));
  const std::string port = std::to_string(taken.address().port());
  std::vector<std::string> args = serveArgs(db.url());
  args[4] = port;  // "--port", "0" -> the taken port
  std::ostringstream out, err;
  const int status = cli::run(args, out, err);
  EXPECT_EQ(status, 1);
  EXPECT_NE(err.str().find("healthcheck serve: cannot listen on 127.0.0.1:" + port + ": Address already in use"),
            std::string::npos)
      << err.str();
}

}  // namespace
}  // namespace hc::cli
