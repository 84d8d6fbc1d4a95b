// VisitSummaries: keeps the stored per-worker monthly visit summaries
// (store/visit_months.h) in step with a visits file's import. The row
// writer reports each visit it stores and each stored visit it is about to
// replace (row_changes.h); write() then adds the difference to the
// summaries, inside the file's transaction, so that a rejected or killed
// import changes neither, and a re-import or a replaced visit (moved to
// another month, worker or status) leaves them equal to a fresh tally.
//
// Example:
//   auto summaries = VisitSummaries::forKind(kind);  // null but for visits
//   auto writer = RowWriter::create(db, kind, import_id, summaries.get());
//   ... writer->write(...) per row, writer->finish() ...
//   if (summaries) summaries->write(db);
//
// Thread-safety: one import on one thread.
#ifndef HC_INGEST_VISIT_SUMMARIES_H_
#define HC_INGEST_VISIT_SUMMARIES_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/visit_tally.h"
#include "ingest/file_kinds.h"
#include "ingest/row_changes.h"
#include "store/database.h"

namespace hc::ingest {

class VisitSummaries final : public RowChanges {
 public:
  // The summaries to keep for files of `kind`: visits only, else nullptr.
  static std::unique_ptr<VisitSummaries> forKind(const FileKind& kind);

  void stored(const std::vector<Value>& values) override;
  void replaced(store::Statement& row, int first) override;

  // Adds the changes reported so far to the stored summaries.
  void write(store::Database& db);

 private:
  explicit VisitSummaries(const FileKind& kind);

  // The kind's column positions of what a summary sums.
  int staff_id_ = 0, scheduled_start_ = 0, planned_ = 0, status_ = 0, actual_ = 0, travel_ = 0;
  VisitTally changes_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_VISIT_SUMMARIES_H_
