// Nothing half-written: a process killed (SIGKILL) in the middle of
// importing a file leaves the database with none of it (and with all of it
// once imported); while it runs, other connections see none of it either.
// Imports run in `healthcheck import`, never in the server, so this is the
// kill test for imports; tests/web/kill_server_test.cpp kills the server.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

class Kill : public IngestTest {};

TEST_F(Kill, KilledMidFileLeavesNothingThenAFullImportLeavesEverything) {
  loadBase();
  const int64_t kRows = 20000;
  std::string content = "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n";
  for (int64_t i = 0; i < kRows; ++i) content += "V" + std::to_string(i) + ",C1,S1,2024-02-01 09:00,60,completed,55\n";
  write("visits.csv", content);

  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The child: its own connection; once rows are written inside the
    // transaction, tell the parent and wait to be killed.
    ::close(ready[0]);
    try {
      auto db = testDb().open();
      ImportOptions options;
      options.progress_rows = kRows / 4;
      options.on_progress = [&](const FileReport&) {
        const char c = 'x';
        if (::write(ready[1], &c, 1) != 1) ::_exit(3);
        std::this_thread::sleep_for(std::chrono::seconds(60));
      };
      importPaths(*db, {path("visits.csv")}, options);
    } catch (...) {
      ::_exit(2);
    }
    ::_exit(1);  // finished without being killed: the test is broken
  }
  ::close(ready[1]);
  char c = 0;
  ASSERT_EQ(::read(ready[0], &c, 1), 1) << "the child never reached the middle of the file";
  ::close(ready[0]);
  {
    // While the file is half written, a reader (the dashboard, say) sees
    // none of it: the import is one transaction.
    auto reader = testDb().open();
    auto visits = reader->prepare("SELECT COUNT(*) FROM visits");
    ASSERT_TRUE(visits->step());
    EXPECT_EQ(visits->getInt(0), 0);
    while (visits->step()) {
    }
  }
  ASSERT_EQ(::kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));

  auto fresh = testDb().open();
  auto visits = fresh->prepare("SELECT COUNT(*) FROM visits");
  ASSERT_TRUE(visits->step());
  EXPECT_EQ(visits->getInt(0), 0);
  while (visits->step()) {
  }
  auto imports = fresh->prepare("SELECT COUNT(*) FROM imports WHERE kind = 'visits'");
  ASSERT_TRUE(imports->step());
  EXPECT_EQ(imports->getInt(0), 0);
  while (imports->step()) {
  }

  const auto reports = importPaths(db(), {path("visits.csv")}, {});
  EXPECT_EQ(reports.at(0).inserted, kRows);
  EXPECT_EQ(count("visits"), kRows);
}

}  // namespace
}  // namespace hc::ingest
