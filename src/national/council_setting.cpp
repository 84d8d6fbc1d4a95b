#include "national/council_setting.h"

#include "national/joint_codes.h"
#include "national/published_data.h"
#include "store/database.h"

namespace hc::national {

std::optional<Authority> findAuthority(store::Database& db, std::string_view code, std::string* error) {
  // Joint rows ("314 / 318") are matched part by part, so the lookup is
  // done here rather than in SQL; the authorities of all years are few.
  auto st = db.prepare(
      "SELECT old_la_code, new_la_code, area_name FROM national_indicators "
      "WHERE geographic_level = ? ORDER BY time_period DESC");
  st->bindText(0, "Local authority");
  std::optional<Authority> found;
  while (st->step()) {
    if (found) continue;  // read to the end, keeping the newest year's match
    const std::string old_codes = st->getText(0), new_codes = st->getText(1), names = st->getText(2);
    int i = jointIndex(old_codes, code);
    if (i < 0) i = jointIndex(new_codes, code);
    if (i < 0) continue;
    const auto olds = jointCodes(old_codes), news = jointCodes(new_codes), name_parts = jointCodes(names);
    found = Authority{olds[i], static_cast<size_t>(i) < news.size() ? news[i] : new_codes,
                      name_parts.size() == olds.size() ? name_parts[i] : names};
  }
  if (!found && error) {
    *error = "no local authority '" + std::string(code) +
             "' in the imported DfE indicators (give a code such as 301 or E09000002, and import the "
             "indicators first with 'healthcheck benchmarks import FILE')";
  }
  return found;
}

std::optional<std::string> councilNameProblem(std::string_view name) {
  if (name.find_first_not_of(" \t") == std::string_view::npos) return "it is empty";
  if (name.size() > 255) return "it is longer than 255 characters";
  if (name.front() == ' ' || name.back() == ' ') return "it starts or ends with a space";
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return "it holds a control character (a line break or tab)";
  return std::nullopt;
}

Council loadCouncil(store::Database& db) {
  auto st = db.prepare(
      "SELECT name, old_la_code, new_la_code, la_name FROM council_setting WHERE council_key = ?");
  st->bindInt(0, 1);
  Council c;
  while (st->step()) {
    c.name = st->getText(0);
    if (!st->isNull(1))
      c.authority = Authority{st->getText(1), st->isNull(2) ? "" : st->getText(2), st->isNull(3) ? "" : st->getText(3)};
  }
  return c;
}

std::string councilName(store::Database& db) {
  std::string name = loadCouncil(db).name;
  return name.empty() ? kUnnamedCouncil : name;
}

void setCouncil(store::Database& db, std::string_view name, const std::optional<Authority>& authority) {
  store::Transaction tx(db);
  writeCouncil(db, name, authority);
  tx.commit();
}

void writeCouncil(store::Database& db, std::string_view name, const std::optional<Authority>& authority) {
  const Council before = loadCouncil(db);
  const std::optional<Authority>& a = authority ? authority : before.authority;
  auto st = db.prepare(store::upsertSql(db.dialect(), "council_setting",
                                        {"council_key", "name", "old_la_code", "new_la_code", "la_name"},
                                        {"council_key"}));
  st->bindInt(0, 1);
  st->bindText(1, name);
  if (a) {
    st->bindText(2, a->old_la_code);
    st->bindText(3, a->new_la_code);
    st->bindText(4, a->la_name);
  } else {
    for (int i = 2; i <= 4; ++i) st->bindNull(i);
  }
  st->execute();
}

std::optional<Authority> councilAuthority(store::Database& db) { return loadCouncil(db).authority; }

void setCouncilAuthority(store::Database& db, const Authority& authority) {
  const std::string name = loadCouncil(db).name;
  setCouncil(db, name.empty() ? authority.la_name : name, authority);
}

std::vector<std::string> neighbourOverride(store::Database& db) {
  auto st = db.prepare("SELECT old_la_code FROM council_neighbours ORDER BY position");
  std::vector<std::string> codes;
  while (st->step()) codes.push_back(st->getText(0));
  return codes;
}

void setNeighbourOverride(store::Database& db, const std::vector<std::string>& old_la_codes) {
  store::Transaction tx(db);
  db.prepare("DELETE FROM council_neighbours")->execute();
  auto insert = db.prepare("INSERT INTO council_neighbours (position, old_la_code) VALUES (?, ?)");
  for (size_t i = 0; i < old_la_codes.size(); ++i) {
    insert->bindInt(0, static_cast<int64_t>(i + 1));
    insert->bindText(1, old_la_codes[i]);
    insert->execute();
  }
  tx.commit();
}

std::vector<std::string> councilNeighbours(store::Database& db, const Authority& council) {
  std::vector<std::string> own = neighbourOverride(db);
  return own.empty() ? dfeNeighbours(db, council.old_la_code) : own;
}

}  // namespace hc::national
