// The figure_settings table (migration 0018): the settings the figures rest
// on, one row a setting, each a text value with who changed it, when, and
// a revision that grows with every change. What the values mean is
// load/figure_settings.h's business; this is their storage.
//
// Example:
//   writeSetting(db, "min_group_size", "6", "admin");
//   readSetting(db, "min_group_size")->value == "6";
//   settingsVersion(db) == "settings 1, council Northshire County Council";
//
// Thread-safety: uses the caller's Database on the caller's thread.
#ifndef HC_STORE_FIGURE_SETTINGS_TABLE_H_
#define HC_STORE_FIGURE_SETTINGS_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/database.h"

namespace hc::store {

struct StoredSetting {
  std::string value;
  std::string changed_at;  // "YYYY-MM-DDTHH:MM:SSZ"
  std::string changed_by;  // a username, "cli:<login>" or "serve"
  int64_t revision = 0;
};

// The stored row of `setting`; nullopt when it was never set. Throws
// DatabaseError.
std::optional<StoredSetting> readSetting(Database& db, std::string_view setting);

// Stores (or replaces) `setting`, one revision past the latest of any
// setting. Call in the caller's transaction. Throws DatabaseError.
void writeSetting(Database& db, std::string_view setting, std::string_view value, std::string_view changed_by);

// What the settings the figures rest on are at: the latest revision and
// the council's stored name (the council scope's name). It changes with
// every change of either; one cheap query, asked on every dashboard
// request. Throws DatabaseError.
std::string settingsVersion(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_FIGURE_SETTINGS_TABLE_H_
