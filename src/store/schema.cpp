#include "store/schema.h"

#include <set>
#include <string>
#include <vector>

#include "core/utc_clock.h"
#include "store/sql_text.h"

namespace hc::store {
namespace {

using Kind = DatabaseError::Kind;

struct Migration {
  int version;
  std::string_view name;  // "0001_initial"
  std::string_view sql;
};

std::string_view folderOf(Dialect dialect) { return dialect == Dialect::kSqlite ? "sqlite/" : "mysql/"; }

// The migrations of a dialect: files sql/<dialect>/NNNN_name.sql, in
// version order (kSqlFiles is sorted by path, and NNNN is zero-padded).
// Other files under sql/ (queries/) are not migrations. Numbers may have
// gaps: branches are given numbers in advance (a branch may carry 0006
// without 0005), so a database records each version it has applied and
// gets every one it lacks, in order, even one numbered below its highest.
const std::vector<Migration>& migrations(Dialect dialect) {
  static const auto build = [](Dialect d) {
    std::vector<Migration> out;
    const std::string_view folder = folderOf(d);
    for (const auto& [path, contents] : internal::kSqlFiles) {
      if (path.substr(0, folder.size()) != folder) continue;
      std::string_view file = path.substr(folder.size());
      if (file.size() < 10 || file[4] != '_' || file.substr(file.size() - 4) != ".sql" ||
          file.substr(0, 4).find_first_not_of("0123456789") != std::string_view::npos)
        continue;
      const int version = std::stoi(std::string(file.substr(0, 4)));
      if (version < 1 || (!out.empty() && version <= out.back().version))
        throw DatabaseError(Kind::kOther, "internal error: migration " + std::string(path) +
                                              " repeats or precedes version " +
                                              std::to_string(out.empty() ? 0 : out.back().version));
      out.push_back({version, file.substr(0, file.size() - 4), contents});
    }
    return out;
  };
  static const std::vector<Migration> sqlite = build(Dialect::kSqlite);
  static const std::vector<Migration> mysql = build(Dialect::kMysql);
  return dialect == Dialect::kSqlite ? sqlite : mysql;
}

// The runner's own bookkeeping; created before any migration, so it is not
// one of them.
const char* versionTableSql(Dialect dialect) {
  return dialect == Dialect::kSqlite
             ? "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at TEXT NOT NULL)"
             : "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, "
               "applied_at DATETIME NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
}

bool hasVersionTable(Database& db) {
  auto st = db.prepare(db.dialect() == Dialect::kSqlite
                           ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                           : "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?");
  st->bindText(0, "schema_version");
  const bool found = st->step();
  while (found && st->step()) {
  }
  return found;
}

// The versions this database has applied.
std::set<int> recordedVersions(Database& db) {
  auto st = db.prepare("SELECT version FROM schema_version");
  std::set<int> versions;
  while (st->step()) versions.insert(static_cast<int>(st->getInt(0)));
  return versions;
}

int highest(const std::set<int>& versions) { return versions.empty() ? 0 : *versions.rbegin(); }

// The first migration `applied` lacks; nullptr when it has them all.
const Migration* firstMissing(const std::vector<Migration>& all, const std::set<int>& applied) {
  for (const Migration& m : all)
    if (!applied.count(m.version)) return &m;
  return nullptr;
}

void refuseIfTooNew(Database& db, int recorded) {
  const int latest = latestSchemaVersion(db.dialect());
  if (recorded > latest)
    throw DatabaseError(Kind::kSchemaTooNew, "this database was written by a newer healthcheck (schema version " +
                                                 std::to_string(recorded) + "; this program knows up to " +
                                                 std::to_string(latest) + "): upgrade the program");
}

void record(Database& db, const Migration& m) {
  auto st = db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)");
  st->bindInt(0, m.version);
  st->bindText(1, m.name);
  st->bindText(2, sqlUtc(nowSeconds()));
  st->execute();
}

// SQLite: each migration and its record in one IMMEDIATE transaction, whose
// write lock makes a concurrent migrator wait and then re-read the version.
int migrateSqlite(Database& db) {
  const auto& all = migrations(Dialect::kSqlite);
  int applied = 0;
  for (;;) {
    Transaction tx(db);
    const std::set<int> recorded = recordedVersions(db);
    refuseIfTooNew(db, highest(recorded));
    const Migration* missing = firstMissing(all, recorded);
    if (!missing) return applied;
    const Migration& m = *missing;
    try {
      db.executeScript(std::string(m.sql));
    } catch (const DatabaseError& e) {
      throw DatabaseError(e.kind(), "migration " + std::string(m.name) + " failed (nothing of it was applied): " +
                                        e.what());
    }
    record(db, m);
    tx.commit();
    ++applied;
  }
}

// Holds the server-wide named lock that serialises migrators of one
// database (DDL cannot be serialised by a transaction on MySQL).
class MigrationLock {
 public:
  explicit MigrationLock(Database& db) : db_(db) {
    auto st = db_.prepare("SELECT GET_LOCK(CONCAT(?, DATABASE()), ?)");
    st->bindText(0, kPrefix);
    st->bindInt(1, kTimeoutSeconds);
    const bool got = st->step() && !st->isNull(0) && st->getInt(0) == 1;
    while (st->step()) {
    }
    if (!got)
      throw DatabaseError(Kind::kOther, "another healthcheck has been upgrading " + db_.describe() + " for over " +
                                            std::to_string(kTimeoutSeconds) + " s; try again when it has finished");
  }
  ~MigrationLock() {
    try {
      auto st = db_.prepare("SELECT RELEASE_LOCK(CONCAT(?, DATABASE()))");
      st->bindText(0, kPrefix);
      while (st->step()) {
      }
    } catch (...) {
      // The server releases it anyway when the connection closes.
    }
  }

 private:
  static constexpr const char* kPrefix = "healthcheck_migrate.";
  static constexpr int kTimeoutSeconds = 30;
  Database& db_;
};

// MySQL: DDL commits implicitly, so a migration cannot be undone; each one
// is recorded as soon as it completes, and a failure says which one stopped
// half way.
int migrateMysql(Database& db) {
  const auto& all = migrations(Dialect::kMysql);
  MigrationLock lock(db);
  const std::set<int> recorded = recordedVersions(db);
  refuseIfTooNew(db, highest(recorded));
  int applied = 0;
  for (const Migration& m : all) {
    if (recorded.count(m.version)) continue;
    try {
      db.executeScript(std::string(m.sql));
    } catch (const DatabaseError& e) {
      throw DatabaseError(e.kind(), "migration " + std::string(m.name) + " failed part-way (it is not recorded as applied" +
                                        "; MySQL cannot roll back DDL, so tables it created " +
                                        "may need dropping by hand before retrying): " + e.what());
    }
    record(db, m);
    ++applied;
  }
  return applied;
}

}  // namespace

int latestSchemaVersion(Dialect dialect) {
  const auto& all = migrations(dialect);
  return all.empty() ? 0 : all.back().version;
}

int migrationCount(Dialect dialect) { return static_cast<int>(migrations(dialect).size()); }

int schemaVersion(Database& db) { return hasVersionTable(db) ? highest(recordedVersions(db)) : 0; }

int migrate(Database& db) {
  db.executeScript(versionTableSql(db.dialect()));
  return db.dialect() == Dialect::kSqlite ? migrateSqlite(db) : migrateMysql(db);
}

}  // namespace hc::store
