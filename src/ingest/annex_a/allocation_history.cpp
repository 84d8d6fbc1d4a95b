#include "ingest/annex_a/allocation_history.h"

#include <algorithm>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/values.h"

namespace hc::ingest::annex_a {

AllocationHistory::AllocationHistory(store::Database& db, int64_t import_id, Date extracted)
    : db_(db), extracted_(extracted),
      writer_(RowWriter::create(db, *findFileKind("allocations"), import_id)),
      open_(db.prepare("SELECT allocation_id, staff_id, start_date FROM allocations "
                       "WHERE case_id = ? AND end_date IS NULL ORDER BY start_date DESC")),
      any_(db.prepare("SELECT COUNT(*) FROM allocations WHERE case_id = ?")),
      end_(db.prepare("UPDATE allocations SET end_date = ? WHERE allocation_id = ?")) {}

void AllocationHistory::record(const std::string& case_id, const std::string& staff_id, Date from, int64_t row) {
  open_->bindText(0, case_id);
  std::string open_id, open_staff;
  Date open_start;
  if (open_->step()) {
    open_id = open_->getText(0);
    open_staff = open_->getText(1);
    open_start = Date::parse(open_->getText(2).substr(0, 10)).value_or(extracted_);
  }
  while (open_->step()) {
  }
  if (!open_id.empty() && open_staff == staff_id) return;  // as the last extract had it

  bool had_any = !open_id.empty();
  if (!had_any) {
    any_->bindText(0, case_id);
    had_any = any_->step() && any_->getInt(0) > 0;
    while (any_->step()) {
    }
  }
  if (!open_id.empty()) {
    const Date end = std::max(open_start, extracted_.plusDays(-1));
    end_->bindText(0, end.iso());
    end_->bindText(1, open_id);
    end_->execute();
    ++ended_;
  }
  if (staff_id.empty()) return;
  // A first extract knows when the allocation began; a later one only
  // that it changed since the last.
  const Date start = had_any ? extracted_ : from;
  const std::string start_text = start.iso();
  std::string day = start_text;
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  const std::string allocation_id = case_id + "-" + day;  // "annexa-C123-20250401"
  std::vector<Value> values(5);
  values[0].kind = values[1].kind = values[2].kind = Value::Kind::kText;
  values[0].chars = allocation_id;
  values[1].chars = case_id;
  values[2].chars = staff_id;
  values[3].kind = Value::Kind::kDate;
  values[3].chars = start_text;
  values[3].number = start.days();
  int64_t earlier = 0;
  writer_->write(values, row, earlier);
  ++started_;
}

}  // namespace hc::ingest::annex_a
