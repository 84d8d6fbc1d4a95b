#include "store/internal/visit_reader.h"

#include <limits>

#include "store/internal/row_reader.h"
#include "store/sql_text.h"

namespace hc::store::internal {
namespace {

constexpr std::string_view kQueries = "queries/load_dataset.sql";
// Rowids per chunk: small enough that two readers finish within a chunk's
// time of each other (80 chunks at national scale), large enough that the
// per-chunk seek is nothing.
constexpr int64_t kChunkRows = 1 << 18;

std::string query(std::string_view name) { return sqlSection(sqlFile(kQueries), name); }

// Adds every row of a run of the visits query to `tally`. Five million
// rows a half-year at national scale: each column is fetched once.
void tallyRows(Statement& st, VisitTally& tally) {
  RowReader row(st, "visits");
  while (st.step()) {
    const std::string_view when = st.getTextView(1);
    if (!DateTime::parse(when.substr(0, 16))) row.dateTime(1);  // throws, naming the value
    // Valid, so it starts "YYYY-MM": the month without a calendar sum.
    const int year = (when[0] - '0') * 1000 + (when[1] - '0') * 100 + (when[2] - '0') * 10 + (when[3] - '0');
    const unsigned month = unsigned((when[5] - '0') * 10 + (when[6] - '0'));
    tally.add(st.getTextView(0), year, month, row.choice(3, parseVisitStatus, "status"), st.getInt(2), st.getInt(4),
              st.getInt(5));
  }
}

}  // namespace

VisitReader::VisitReader(std::string from, std::string after_to)
    : from_(std::move(from)), after_to_(std::move(after_to)) {}

void VisitReader::plan(Database& db) {
  chunked_ = db.dialect() == Dialect::kSqlite;
  if (!chunked_) return;
  auto st = db.prepare(query("visits_bound_sqlite"));
  last_rowid_ = st->step() ? st->getInt(0) : 0;
}

void VisitReader::read(Database& db) {
  VisitTally tally;
  if (chunked_) {
    readChunks(db, tally);
  } else if (!whole_taken_.exchange(true)) {
    readWhole(db, tally);
  }
  std::lock_guard<std::mutex> lock(total_mutex_);
  total_.merge(tally);
}

void VisitReader::readChunks(Database& db, VisitTally& tally) {
  auto st = db.prepare(query("visits_rowid_range_sqlite"));
  st->bindText(0, from_);
  st->bindText(1, after_to_);
  for (;;) {
    const int64_t chunk = next_chunk_.fetch_add(1);
    const int64_t first = chunk * kChunkRows;
    if (first >= last_rowid_ && chunk > 0) break;
    // The first and last chunks are open-ended: rowids below 1 can be
    // stored by hand, and an import may add rows while this reads.
    const bool last = first + kChunkRows >= last_rowid_;
    st->bindInt(2, chunk == 0 ? std::numeric_limits<int64_t>::min() : first);
    st->bindInt(3, last ? std::numeric_limits<int64_t>::max() : first + kChunkRows);
    tallyRows(*st, tally);
  }
}

void VisitReader::readWhole(Database& db, VisitTally& tally) {
  auto st = db.prepare(query("visits"));
  st->bindText(0, from_);
  st->bindText(1, after_to_);
  tallyRows(*st, tally);
}

}  // namespace hc::store::internal
