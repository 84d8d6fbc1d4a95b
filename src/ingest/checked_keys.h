// CheckedKeys: in a check-only import (ImportOptions::check_only), the keys
// of the rows the earlier files of the check would have stored: the teams,
// staff and cases an upload brings along, which the later files of the
// same upload may reference as if they were stored already. Only kinds
// that some column references are kept.
//
// Thread-safety: the set of kinds is fixed at construction; add() for one
// kind runs on the database's thread while contains() for other kinds runs
// on the checking thread (no file kind references its own kind), which is
// safe as each kind's set is its own.
#ifndef HC_INGEST_CHECKED_KEYS_H_
#define HC_INGEST_CHECKED_KEYS_H_

#include <string_view>
#include <utility>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/key_set.h"

namespace hc::ingest {

class CheckedKeys {
 public:
  CheckedKeys();

  // A key of `kind` that the check would have stored; ignored for a kind
  // no column references.
  void add(const FileKind& kind, std::string_view key);
  bool contains(std::string_view kind, std::string_view key) const;

 private:
  KeySet* setOf(std::string_view kind);
  std::vector<std::pair<std::string_view, KeySet>> sets_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_CHECKED_KEYS_H_
