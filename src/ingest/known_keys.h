// KnownKeys: answers "is there a team (staff member, case) with this id?"
// for reference checks, against what is stored, including what earlier
// files of the same import committed.
//
// Each distinct id is looked up once with a prepared statement and the
// answer kept: a visits file names the same few thousand staff and cases
// millions of times. The cache is bounded (cleared when full), so memory
// does not grow with the file being imported.
//
// The answers stay true only while the referenced table does not change, so
// a KnownKeys lives for one file (no file kind references its own kind).
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_KNOWN_KEYS_H_
#define HC_INGEST_KNOWN_KEYS_H_

#include <memory>
#include <string>
#include <string_view>

#include "ingest/checked_keys.h"
#include "ingest/file_kinds.h"
#include "ingest/key_set.h"
#include "store/database.h"

namespace hc::ingest {

class KnownKeys {
 public:
  // `kind` must have a one-column key (teams, staff, cases do).
  // `checked` (may be null): in a check-only import, the keys the earlier
  // files of the check would have stored, known too.
  KnownKeys(store::Database& db, const FileKind& kind, const CheckedKeys* checked = nullptr);

  bool contains(std::string_view key);

 private:
  static constexpr size_t kMaxCached = size_t(1) << 20;  // some 60 MB at most

  std::unique_ptr<store::Statement> lookup_;
  std::string_view kind_;
  const CheckedKeys* checked_;
  KeySet cache_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_KNOWN_KEYS_H_
