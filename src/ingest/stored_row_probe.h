// StoredRowProbe: looks up the stored row with a given key and tells
// whether the current import wrote it, from which line, and whether with
// the same values. Both row writers use it to tell a repeat (same values:
// a warning) from a conflict (other values: an error naming both lines).
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_STORED_ROW_PROBE_H_
#define HC_INGEST_STORED_ROW_PROBE_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/row_changes.h"
#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

class StoredRowProbe {
 public:
  StoredRowProbe(store::Database& db, const FileKind& kind, int64_t import_id);

  struct Found {
    bool exists = false;       // some import stored the key
    bool ours = false;         // this import did, from earlier_line
    bool same_values = false;  // (when ours) with the same values
    int64_t earlier_line = 0;
  };
  // Looks up the key of `values` (one per kind column).
  Found find(const std::vector<Value>& values);
  // When an earlier import stored the key of `values`, tells `changes` of
  // that row, which is about to be replaced.
  void reportEarlier(const std::vector<Value>& values, RowChanges& changes);

 private:
  bool sameAsStored(const std::vector<Value>& values);

  const FileKind& kind_;
  const int64_t import_id_;
  std::unique_ptr<store::Statement> probe_;  // import_id, source_line, columns... by key
};

// Binds `v` at `index` as the type it is stored as.
void bindValue(store::Statement& st, int index, const Value& v);

}  // namespace hc::ingest

#endif  // HC_INGEST_STORED_ROW_PROBE_H_
