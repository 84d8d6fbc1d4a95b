// VisitReader: reads the visits of a window, which at national scale are
// most of a load (5 million of 20 million rows for half a year), summing
// them into VisitMonth summaries as they stream past (no visit is kept), on
// more than one connection at once so that both cores work.
//
// On SQLite the table's rowids are cut into chunks that readers claim one
// at a time, so a reader that finishes other work early (the loader's main
// thread, after the smaller tables) takes a larger share: a fixed split
// left one core idle for a second. Each reader keeps a tally of its own and
// merges it when done. On MySQL one query on one connection reads them all.
//
// Example:
//   VisitReader reader("2026-04-01", "2026-10-01");
//   reader.plan(db);
//   std::thread helper([&] { reader.read(*db.openAnother()); });
//   reader.read(db);
//   helper.join();
//   dataset.visit_months = reader.summaries();
//
// Thread-safety: plan() first, on one thread; then read() may run on
// several threads at once, each with its own Database; summaries() after
// they have all returned.
#ifndef HC_STORE_INTERNAL_VISIT_READER_H_
#define HC_STORE_INTERNAL_VISIT_READER_H_

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/records.h"
#include "core/visit_tally.h"
#include "store/database.h"

namespace hc::store::internal {

class VisitReader {
 public:
  // The visits scheduled in [from, after_to), ISO dates.
  VisitReader(std::string from, std::string after_to);

  // Sizes the work from the table.
  void plan(Database& db);
  // Reads until no work is left. On MySQL only the first call reads.
  void read(Database& db);
  std::vector<VisitMonth> summaries() const { return total_.summaries(); }

 private:
  void readChunks(Database& db, VisitTally& tally);
  void readWhole(Database& db, VisitTally& tally);

  const std::string from_, after_to_;
  bool chunked_ = false;
  int64_t last_rowid_ = 0;
  std::atomic<int64_t> next_chunk_{0};
  std::atomic<bool> whole_taken_{false};
  std::mutex total_mutex_;
  VisitTally total_;
};

}  // namespace hc::store::internal

#endif  // HC_STORE_INTERNAL_VISIT_READER_H_
