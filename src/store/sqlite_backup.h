// sqliteBackup: a consistent copy of a live SQLite database through SQLite's
// online backup API (sqlite3_backup_init/step/finish), for
// `healthcheck backup` (Database::backupTo).
//
// The whole database is copied in one backup step, inside one read
// transaction on the source: in WAL mode that is a snapshot which writers
// (a running server, an import) do not wait for and cannot change half way.
// Copying a few pages per step instead would let another connection's
// write restart the copy, and under a steady stream of survey submissions
// it might never finish.
//
// The copy is written to a temporary file beside `to`, checked with
// PRAGMA quick_check, and only then renamed over `to`: a failed backup (disk
// full, killed) never leaves a half-written file under the backup's name,
// nor destroys an earlier backup there.
//
// Thread-safety: uses `source` for the duration of the call, which must be
// the calling thread's connection (as every Database).
#ifndef HC_STORE_SQLITE_BACKUP_H_
#define HC_STORE_SQLITE_BACKUP_H_

#include <sqlite3.h>

#include <string>

#include "store/database.h"

namespace hc::store {

// `source` is the open connection to the file `source_path`; `to` the
// file to write. Refuses to write over the source itself.
BackupResult sqliteBackup(sqlite3* source, const std::string& source_path, const std::string& to);

}  // namespace hc::store

#endif  // HC_STORE_SQLITE_BACKUP_H_
