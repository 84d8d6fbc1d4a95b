// Schema versions: the migrations in sql/<dialect>/NNNN_name.sql, compiled
// into the program, applied in order and recorded in the schema_version
// table of the database itself. Numbers may have gaps (they are reserved
// ahead by parallel lines of work): every migration not yet recorded is
// applied, even one numbered below the newest recorded.
//
// Thread-safety: two processes may migrate one database at once: migrate()
// takes a write lock first (SQLite: a BEGIN IMMEDIATE transaction per
// migration; MySQL: the named lock GET_LOCK('healthcheck_migrate.<db>', 30 s)),
// so the second caller waits and then finds nothing left to do.
#ifndef HC_STORE_SCHEMA_H_
#define HC_STORE_SCHEMA_H_

#include "store/database.h"

namespace hc::store {

// The newest schema version this program knows (the highest number).
int latestSchemaVersion(Dialect dialect);
// How many migrations it knows: versions may have gaps (sql/<dialect>/
// numbers are handed to branches in advance), so fewer than the latest.
int migrationCount(Dialect dialect);

// The highest version recorded in the database; 0 for an empty database.
int schemaVersion(Database& db);

// Applies every migration the database has not recorded, in version order
// (a version below its highest too, when another branch's migration
// arrives after a later one). Throws
// DatabaseError(kSchemaTooNew) when the database is newer than the program.
// Returns the number of migrations applied. On SQLite each migration is
// atomic; MySQL commits DDL as it goes, so a migration failing half way is
// reported by name and is not recorded as applied.
int migrate(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_SCHEMA_H_
