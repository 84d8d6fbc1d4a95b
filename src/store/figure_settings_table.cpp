#include "store/figure_settings_table.h"

#include "core/utc_clock.h"

namespace hc::store {

std::optional<StoredSetting> readSetting(Database& db, std::string_view setting) {
  auto st = db.prepare("SELECT value, changed_at, changed_by, revision FROM figure_settings WHERE setting = ?");
  st->bindText(0, setting);
  std::optional<StoredSetting> found;
  while (st->step()) found = StoredSetting{st->getText(0), st->getText(1), st->getText(2), st->getInt(3)};
  return found;
}

void writeSetting(Database& db, std::string_view setting, std::string_view value, std::string_view changed_by) {
  int64_t revision = 0;
  {
    auto st = db.prepare("SELECT MAX(revision) FROM figure_settings");
    while (st->step())
      if (!st->isNull(0)) revision = st->getInt(0);
  }
  auto st = db.prepare(
      upsertSql(db.dialect(), "figure_settings", {"setting", "value", "revision", "changed_at", "changed_by"},
                {"setting"}));
  st->bindText(0, setting);
  st->bindText(1, value);
  st->bindInt(2, revision + 1);
  st->bindText(3, utcNow());
  st->bindText(4, changed_by);
  st->execute();
}

std::string settingsVersion(Database& db) {
  auto st = db.prepare(
      "SELECT (SELECT MAX(revision) FROM figure_settings), (SELECT name FROM council_setting WHERE council_key = 1)");
  std::string version = "settings 0, council ";
  while (st->step())
    version = "settings " + (st->isNull(0) ? std::string("0") : std::to_string(st->getInt(0))) + ", council " +
              (st->isNull(1) ? std::string() : st->getText(1));
  return version;
}

}  // namespace hc::store
