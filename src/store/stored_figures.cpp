#include "store/stored_figures.h"

#include "store/sql_text.h"

namespace hc::store {
namespace {

std::string query(std::string_view name) {
  return internal::sqlSection(internal::sqlFile("queries/stored_figures.sql"), name);
}

}  // namespace

std::string dataVersion(Database& db) {
  auto st = db.prepare(query("data_version"));
  std::string version;
  if (st->step())
    version = "imports " + (st->isNull(0) ? std::string("0") : std::to_string(st->getInt(0))) + ", responses " +
              std::to_string(st->getInt(1));
  while (st->step()) {
  }
  return version;
}

void countSubmission(Database& db) { db.prepare(query("count_submission"))->execute(); }

std::optional<std::string> readStoredFigures(Database& db, std::string_view period, std::string_view options,
                                             std::string_view data_version) {
  auto st = db.prepare(query("read"));
  st->bindText(0, period);
  st->bindText(1, options);
  st->bindText(2, data_version);
  std::optional<std::string> figures;
  if (st->step()) figures = st->getBlob(0);
  while (st->step()) {
  }
  return figures;
}

std::optional<std::string> latestStoredPeriod(Database& db, std::string_view data_version) {
  auto st = db.prepare(query("latest_stored"));
  st->bindText(0, data_version);
  std::optional<std::string> period;
  if (st->step() && !st->isNull(0)) period = st->getText(0);
  while (st->step()) {
  }
  return period;
}

void writeStoredFigures(Database& db, std::string_view period, std::string_view options,
                        std::string_view data_version, std::string_view figures) {
  auto st = db.prepare(query(db.dialect() == Dialect::kSqlite ? "write_sqlite" : "write_mysql"));
  st->bindText(0, period);
  st->bindText(1, options);
  st->bindText(2, data_version);
  st->bindBlob(3, figures);
  st->execute();
}

}  // namespace hc::store
