// Which files an import loads, as what kind, in which order: the paths
// given (files, or folders whose CSV files are taken by name) sorted into
// dependency order (teams before staff before cases ...), so that every
// reference can resolve whatever order the files are named or lie on disk.
//
// Thread-safety: pure apart from reading folder listings.
#ifndef HC_INGEST_IMPORT_PLAN_H_
#define HC_INGEST_IMPORT_PLAN_H_

#include <string>
#include <vector>

#include "ingest/file_kinds.h"

namespace hc::ingest {

struct PlannedFile {
  std::string path;
  const FileKind* kind = nullptr;  // nullptr: not imported, for `problem`
  std::string problem;
  bool problem_is_error = false;  // a path given that cannot be imported; else a folder's stray file
};

// `kind_override` (may be empty) names the kind of every file given
// directly, whatever its name. Files that cannot be imported come first,
// in the order given, then the rest in load order.
std::vector<PlannedFile> planImport(const std::vector<std::string>& paths, const std::string& kind_override);

}  // namespace hc::ingest

#endif  // HC_INGEST_IMPORT_PLAN_H_
