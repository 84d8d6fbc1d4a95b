// SqliteLogEraser: retries SQLite's truncating checkpoint in the
// background until it succeeds, for a write-ahead log that still holds
// deleted survey drafts because a reader had it open at the moment of
// deletion (README "Survey anonymity").
//
// A truncating checkpoint cannot finish while any connection reads an
// older snapshot, and while it waits it holds back every writer; so the
// request that deleted the rows tries once without waiting
// (SqliteDatabase::eraseDeletedRows) and hands the file here. One worker
// thread, started when there is work and ending when there is none, tries
// each file every kRetryInterval on a connection of its own, without
// waiting either, for at most kRetryPeriod; a log still held after that is
// erased by the next submission or close, as before. The log's bytes of
// the deleted rows are gone as soon as the last old reader closes.
//
// Thread-safety: erase() may be called from any thread. The state is never
// destroyed (a worker may outlive main), and a process forked from one with
// a worker starts its own.
#ifndef HC_STORE_SQLITE_LOG_ERASER_H_
#define HC_STORE_SQLITE_LOG_ERASER_H_

#include <chrono>
#include <string>

namespace hc::store {

constexpr std::chrono::milliseconds kRetryInterval{100};
constexpr std::chrono::seconds kRetryPeriod{60};

// Queues the SQLite file `path` for a truncating checkpoint; a file already
// queued has its retry period started afresh.
void eraseLogInBackground(const std::string& path);

// True while `path` is queued (tests).
bool logErasePending(const std::string& path);

}  // namespace hc::store

#endif  // HC_STORE_SQLITE_LOG_ERASER_H_
