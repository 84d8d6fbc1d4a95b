#include "store/sqlite_log_eraser.h"

#include <sqlite3.h>
#include <unistd.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace hc::store {
namespace {

using Clock = std::chrono::steady_clock;

struct Queue {
  std::mutex mutex;
  std::condition_variable wake;
  std::map<std::string, Clock::time_point> until;  // path -> end of its retry period
  pid_t worker_pid = 0;  // the process whose worker is running; 0 for none
};

Queue& queue() {
  static Queue* q = new Queue;  // never destroyed: a detached worker may still use it at exit
  return *q;
}

// One truncating checkpoint on a connection of its own, without waiting
// for readers or writers: true once the log is empty (or the file gone).
bool checkpointNow(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    sqlite3_close_v2(db);
    return true;  // nothing there to erase any more
  }
  // A connection that has not read the file yet does not know it is in WAL
  // mode, and its checkpoint would do nothing and report success.
  int rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  sqlite3_close_v2(db);
  return rc != SQLITE_BUSY && rc != SQLITE_LOCKED;
}

void work() {
  Queue& q = queue();
  std::unique_lock<std::mutex> lock(q.mutex);
  while (!q.until.empty()) {
    const auto pending = q.until;
    lock.unlock();
    std::map<std::string, bool> done;
    for (const auto& [path, until] : pending) done[path] = checkpointNow(path);
    lock.lock();
    const auto now = Clock::now();
    for (const auto& [path, erased] : done) {
      auto it = q.until.find(path);
      // Queued again meanwhile: the new deletion may postdate this checkpoint.
      if (it == q.until.end() || it->second != pending.at(path)) continue;
      if (erased || it->second <= now) q.until.erase(it);
    }
    if (!q.until.empty()) q.wake.wait_for(lock, kRetryInterval);
  }
  q.worker_pid = 0;
}

}  // namespace

void eraseLogInBackground(const std::string& path) {
  Queue& q = queue();
  std::lock_guard<std::mutex> lock(q.mutex);
  q.until[path] = Clock::now() + kRetryPeriod;
  if (q.worker_pid == ::getpid()) return;  // the running worker takes it on its next round
  q.worker_pid = ::getpid();
  std::thread(work).detach();
}

bool logErasePending(const std::string& path) {
  Queue& q = queue();
  std::lock_guard<std::mutex> lock(q.mutex);
  return q.until.count(path) != 0;
}

}  // namespace hc::store
