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
                    std::optional<Date> extracted, const std::string& actor) {
  auto insert = db.prepare(
      "INSERT INTO imports (file_name, kind, started_at, extracted, imported_by) VALUES (?, ?, ?, ?, ?)");
  insert->bindText(0, path);
  insert->bindText(1, kind);
  insert->bindText(2, localNow());
  if (extracted) insert->bindText(3, extracted->iso());
  else insert->bindNull(3);
  if (actor.empty()) insert->bindNull(4);
  else insert->bindText(4, actor);
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

namespace hc::ingest {

std::vector<ImportLogEntry> recentImports(store::Database& db, size_t limit) {
  auto st = db.prepare(
      "SELECT import_id, file_name, kind, started_at, finished_at, rows_read, inserted, replaced, rejected, outcome, "
      "extracted, imported_by FROM imports ORDER BY import_id DESC LIMIT ?");
  st->bindInt(0, static_cast<int64_t>(limit));
  std::vector<ImportLogEntry> out;
  while (st->step()) {
    ImportLogEntry e;
    e.import_id = st->getInt(0);
    e.file_name = st->getText(1);
    e.kind = st->getText(2);
    e.started_at = st->getText(3);
    e.finished_at = st->isNull(4) ? "" : st->getText(4);
    e.counts = {st->getInt(5), st->getInt(6), st->getInt(7), st->getInt(8)};
    e.outcome = st->getText(9);
    e.extracted = st->isNull(10) ? "" : st->getText(10).substr(0, 10);
    e.imported_by = st->isNull(11) ? "" : st->getText(11);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace hc::ingest
