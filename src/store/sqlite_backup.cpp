#include "store/sqlite_backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace hc::store {
namespace {

namespace fs = std::filesystem;

// The first row of PRAGMA quick_check: "ok" for a sound file.
std::string quickCheck(sqlite3* db) {
  std::string first;
  auto keep_first = [](void* out, int columns, char** values, char**) {
    auto* text = static_cast<std::string*>(out);
    if (text->empty() && columns > 0 && values[0]) *text = values[0];
    return 0;
  };
  const int rc = sqlite3_exec(db, "PRAGMA quick_check", keep_first, &first, nullptr);
  return rc == SQLITE_OK ? first : std::string(sqlite3_errmsg(db));
}

// The rename is only durable once the folder's entry is written.
void syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

BackupResult failed(const std::string& message) {
  BackupResult r;
  r.message = message;
  return r;
}

}  // namespace

BackupResult sqliteBackup(sqlite3* source, const std::string& source_path, const std::string& to) {
  std::error_code ec;
  if (to.empty()) return failed("give the file to write the backup to");
  if (fs::exists(to, ec) && fs::equivalent(to, source_path, ec))
    return failed(to + " is the database itself: back up to another file");
  const fs::path folder = fs::path(to).has_parent_path() ? fs::path(to).parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) return failed("cannot write the backup to " + to + ": no folder " + folder.string());

  const std::string partial = to + ".partial-" + std::to_string(::getpid());
  auto discard = [&](const std::string& why) {
    fs::remove(partial, ec);
    fs::remove(partial + "-journal", ec);
    return failed("cannot write the backup to " + to + ": " + why + " (the database itself is unchanged)");
  };
  sqlite3* copy = nullptr;
  int rc = sqlite3_open_v2(partial.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = copy ? sqlite3_errmsg(copy) : sqlite3_errstr(rc);
    sqlite3_close(copy);
    return discard(why);
  }
  sqlite3_extended_result_codes(copy, 1);

  sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
  if (!backup) {
    const std::string why = sqlite3_errmsg(copy);
    sqlite3_close(copy);
    return discard(why);
  }
  // -1: every page in one step, one read transaction (see the header). A
  // source in rollback-journal mode may be locked by a writer for a while:
  // wait, as the connection's own busy timeout would, then give up.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  do {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  } while (std::chrono::steady_clock::now() < deadline);
  BackupResult result;
  result.pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    const std::string why = (rc & 0xff) == SQLITE_FULL ? std::string("the disk is full")
                            : (rc & 0xff) == SQLITE_BUSY ? std::string("the database stayed locked for 30 s")
                                                         : std::string(sqlite3_errstr(rc));
    sqlite3_close(copy);
    return discard(why);
  }
  const std::string check = quickCheck(copy);
  if (sqlite3_close(copy) != SQLITE_OK) return discard("the copy could not be closed");
  if (check != "ok") return discard("the copy failed its check: " + check);

  fs::rename(partial, to, ec);
  if (ec) return discard(ec.message());
  syncFolder(folder);
  result.ok = true;
  result.bytes = static_cast<int64_t>(fs::file_size(to, ec));
  return result;
}

}  // namespace hc::store
