// AllocationHistory: a child's allocation as one extract records it, set
// against what earlier extracts stored, so monthly extracts build up the
// history: the same worker again changes nothing; another worker (or none)
// ends the stored allocation the day before the extract date and starts
// the new one on it.
//
// Thread-safety: one thread, inside the import's transaction.
#ifndef HC_INGEST_ANNEX_A_ALLOCATION_HISTORY_H_
#define HC_INGEST_ANNEX_A_ALLOCATION_HISTORY_H_

#include <memory>
#include <string>

#include "core/date.h"
#include "ingest/row_writer.h"
#include "store/database.h"

namespace hc::ingest::annex_a {

class AllocationHistory {
 public:
  AllocationHistory(store::Database& db, int64_t import_id, Date extracted);

  // Records that `case_id` is allocated to `staff_id` from `from` (empty
  // staff_id: unallocated). Source row `row` is kept with a new allocation.
  void record(const std::string& case_id, const std::string& staff_id, Date from, int64_t row);
  void finish() { writer_->finish(); }

  int64_t started() const { return started_; }
  int64_t ended() const { return ended_; }

 private:
  store::Database& db_;
  Date extracted_;
  std::unique_ptr<RowWriter> writer_;
  std::unique_ptr<store::Statement> open_, any_, end_;
  int64_t started_ = 0, ended_ = 0;
};

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_ALLOCATION_HISTORY_H_
