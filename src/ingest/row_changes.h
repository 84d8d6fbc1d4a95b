// RowChanges: what a RowWriter reports about the rows it changes, for a
// table whose summary the import keeps in step with it in the same
// transaction (visit_summaries.h keeps visit_months for visits).
//
// A writer reports each row it stores from the file, and, before it
// overwrites a row an earlier import stored under the same key, that old
// row. A repeat or a conflict within the file changes nothing and is not
// reported.
//
// Thread-safety: called by one writer on one thread.
#ifndef HC_INGEST_ROW_CHANGES_H_
#define HC_INGEST_ROW_CHANGES_H_

#include <vector>

#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

class RowChanges {
 public:
  virtual ~RowChanges() = default;
  // A row stored from the file: one value per kind column.
  virtual void stored(const std::vector<Value>& values) = 0;
  // A stored row about to be overwritten: `row` is positioned on it, with
  // the kind's columns in order from column `first`.
  virtual void replaced(store::Statement& row, int first) = 0;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_CHANGES_H_
