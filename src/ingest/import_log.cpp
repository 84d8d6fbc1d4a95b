#include "ingest/import_log.h"

#include <ctime>

namespace hc::ingest {
namespace {

std::string localNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

}  // namespace

int64_t beginImport(store::Database& db, const std::string& path, const std::string& kind,
                    std::optional<Date> extracted) {
  auto insert = db.prepare("INSERT INTO imports (file_name, kind, started_at, extracted) VALUES (?, ?, ?, ?)");
  insert->bindText(0, path);
  insert->bindText(1, kind);
  insert->bindText(2, localNow());
  if (extracted) insert->bindText(3, extracted->iso());
  else insert->bindNull(3);
  insert->execute();
  // The id this connection just generated: exact even with imports running
  // side by side on a server, which MAX(import_id) would not be.
  auto id = db.prepare(db.dialect() == store::Dialect::kSqlite ? "SELECT last_insert_rowid()"
                                                               : "SELECT LAST_INSERT_ID()");
  id->step();
  const int64_t import_id = id->getInt(0);
  while (id->step()) {
  }
  return import_id;
}

void finishImport(store::Database& db, int64_t import_id, const ImportCounts& counts, const std::string& outcome) {
  auto update = db.prepare(
      "UPDATE imports SET finished_at = ?, rows_read = ?, inserted = ?, replaced = ?, rejected = ?, outcome = ? "
      "WHERE import_id = ?");
  update->bindText(0, localNow());
  update->bindInt(1, counts.rows_read);
  update->bindInt(2, counts.inserted);
  update->bindInt(3, counts.replaced);
  update->bindInt(4, counts.rejected);
  update->bindText(5, outcome);
  update->bindInt(6, import_id);
  update->execute();
}

}  // namespace hc::ingest
