#include "store/visit_months.h"

#include <algorithm>
#include <memory>
#include <set>

#include "store/sql_text.h"

namespace hc::store {
namespace {

constexpr std::string_view kQueries = "queries/visit_months.sql";
// Summaries per statement: one statement per summary would be a round trip
// each on MySQL; 7 x 256 placeholders stay far inside both engines' limits.
constexpr size_t kBatch = 256;

std::string query(std::string_view name) { return internal::sqlSection(internal::sqlFile(kQueries), name); }

std::unique_ptr<Statement> prepareBatch(Database& db, size_t rows) {
  std::string sql = query("add_head");
  for (size_t r = 0; r < rows; ++r) sql += r ? ", (?, ?, ?, ?, ?, ?, ?)" : "\n(?, ?, ?, ?, ?, ?, ?)";
  sql += "\n" + query(db.dialect() == Dialect::kSqlite ? "add_tail_sqlite" : "add_tail_mysql");
  return db.prepare(sql);
}

}  // namespace

void addVisitMonths(Database& db, const std::vector<VisitMonth>& changes) {
  // In key order, so that a first import appends to the table's B-tree.
  std::vector<const VisitMonth*> order;
  order.reserve(changes.size());
  for (const VisitMonth& c : changes) order.push_back(&c);
  std::sort(order.begin(), order.end(), [](const VisitMonth* a, const VisitMonth* b) {
    if (a->month != b->month) return a->month < b->month;
    if (a->staff_id != b->staff_id) return a->staff_id < b->staff_id;
    return a->status < b->status;
  });
  std::unique_ptr<Statement> full;
  std::set<Date> lessened;  // months where a summary may have come to nothing
  for (size_t first = 0; first < order.size(); first += kBatch) {
    const size_t rows = std::min(kBatch, order.size() - first);
    std::unique_ptr<Statement> short_batch;
    if (rows == kBatch && !full) full = prepareBatch(db, kBatch);
    if (rows < kBatch) short_batch = prepareBatch(db, rows);
    Statement& st = rows == kBatch ? *full : *short_batch;
    for (size_t r = 0; r < rows; ++r) {
      const VisitMonth& c = *order[first + r];
      const int at = static_cast<int>(r * 7);
      st.bindText(at, c.month.iso());
      st.bindText(at + 1, c.staff_id);
      st.bindText(at + 2, name(c.status));
      st.bindInt(at + 3, c.visits);
      st.bindInt(at + 4, c.planned_minutes);
      st.bindInt(at + 5, c.actual_minutes);
      st.bindInt(at + 6, c.travel_minutes);
      if (c.visits < 0) lessened.insert(c.month);
    }
    st.execute();
  }
  if (lessened.empty()) return;
  auto drop = db.prepare(query("drop_empty"));
  for (const Date& month : lessened) {
    drop->bindText(0, month.iso());
    drop->execute();
  }
}

}  // namespace hc::store
