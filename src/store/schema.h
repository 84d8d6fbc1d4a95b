// Schema versions: the migrations in sql/<dialect>/NNNN_name.sql, compiled
// into the program, applied in order and recorded in the schema_version
// table of the database itself.
//
// Thread-safety: migrate() must not run concurrently on one database from
// two processes; it takes the database's own write lock (a transaction) so a
// second caller waits and then finds nothing to do.
#ifndef HC_STORE_SCHEMA_H_
#define HC_STORE_SCHEMA_H_

#include "store/database.h"

namespace hc::store {

// The newest schema version this program knows.
int latestSchemaVersion(Dialect dialect);

// The version recorded in the database; 0 for an empty database.
int schemaVersion(Database& db);

// Creates or upgrades the schema to latestSchemaVersion(). Throws
// DatabaseError(kSchemaTooNew) when the database is newer than the program.
// Returns the number of migrations applied.
int migrate(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_SCHEMA_H_
