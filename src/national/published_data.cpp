#include "national/published_data.h"

#include <algorithm>

#include "national/published_measures.h"

namespace hc::national {
namespace {

std::string textOrEmpty(store::Statement& st, int column) { return st.isNull(column) ? "" : st.getText(column); }

int levelOrder(const std::string& level) { return level == "National" ? 0 : level == "Regional" ? 1 : 2; }

}  // namespace

std::vector<int> publishedYears(store::Database& db) {
  auto st = db.prepare("SELECT DISTINCT time_period FROM national_indicators ORDER BY time_period");
  std::vector<int> years;
  while (st->step()) years.push_back(static_cast<int>(st->getInt(0)));
  return years;
}

std::vector<PublishedArea> loadPublishedYear(store::Database& db, int year) {
  std::string sql = "SELECT geographic_level, area_code, area_name, region_code, region_name, old_la_code";
  for (const auto& e : publishedEquivalents()) sql += ", " + std::string(e.dfe_column);  // our fixed names
  sql += " FROM national_indicators WHERE time_period = ? ORDER BY area_code";
  auto st = db.prepare(sql);
  st->bindInt(0, year);
  std::vector<PublishedArea> areas;
  while (st->step()) {
    PublishedArea a;
    a.level = st->getText(0);
    a.area_code = st->getText(1);
    a.area_name = st->getText(2);
    a.region_code = textOrEmpty(*st, 3);
    a.region_name = textOrEmpty(*st, 4);
    a.old_la_code = textOrEmpty(*st, 5);
    for (size_t i = 0; i < publishedEquivalents().size(); ++i) {
      const int c = 6 + static_cast<int>(i);
      a.rates.push_back(st->isNull(c) ? std::nullopt : std::optional<double>(st->getDouble(c)));
    }
    areas.push_back(std::move(a));
  }
  std::stable_sort(areas.begin(), areas.end(), [](const PublishedArea& x, const PublishedArea& y) {
    return levelOrder(x.level) < levelOrder(y.level);
  });
  return areas;
}

std::vector<std::string> dfeNeighbours(store::Database& db, const std::string& old_la_code) {
  auto st = db.prepare(
      "SELECT neighbour_code FROM statistical_neighbours WHERE old_la_code = ? ORDER BY neighbour_rank");
  st->bindText(0, old_la_code);
  std::vector<std::string> codes;
  while (st->step()) codes.push_back(st->getText(0));
  return codes;
}

}  // namespace hc::national
