// Everything the metrics engine reads, gathered from its three sources: the
// stored records (store), the staff survey scores (surveys) and the bank
// holidays that ship with the program (core) plus any imported. The one
// place that knows this, so the metrics command, the reports and the
// dashboard all compute from the same data.
//
// Thread-safety: uses the caller's Database (and, inside loadDataset, a
// second connection of its own).
#ifndef HC_LOAD_METRICS_DATA_H_
#define HC_LOAD_METRICS_DATA_H_

#include "core/date.h"
#include "core/records.h"
#include "store/database.h"

namespace hc::load {

// Every record that can affect a period lying within [from, to].
Dataset loadMetricsData(store::Database& db, Date from, Date to);

}  // namespace hc::load

#endif  // HC_LOAD_METRICS_DATA_H_
