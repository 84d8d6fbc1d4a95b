// ThresholdPreview: what a change of thresholds would do before it is
// saved (the settings page's "Check the change"): which team area ratings
// of the latest complete quarter would change colour. The figures are
// loaded once (stored or computed, load/trend_loader.h) and the health
// check assembled twice, with the thresholds in force and the proposed,
// unpublished, as a director's overview shows them.
//
// Example:
//   ThresholdPreview p = previewThresholds(db, loadFigureSettings(db), proposed);
//   p.changes.size() == 3;  // three team area ratings change colour
//   p.teams() == {"Duty North", "Hospital discharge"};
//
// Thread-safety: uses the caller's Database on the caller's thread.
#ifndef HC_LOAD_THRESHOLD_PREVIEW_H_
#define HC_LOAD_THRESHOLD_PREVIEW_H_

#include <optional>
#include <string>
#include <vector>

#include "load/figure_settings.h"
#include "metrics/health_check.h"
#include "metrics/period.h"
#include "metrics/thresholds.h"
#include "store/database.h"

namespace hc::load {

struct RatingChange {
  std::string team_id;
  std::string team_name;
  std::string area_id;  // "workload"
  metrics::Status before = metrics::Status::kNone;
  metrics::Status after = metrics::Status::kNone;
};

struct ThresholdPreview {
  std::optional<metrics::Period> period;  // nullopt: no records, nothing to compare
  int team_ratings = 0;                   // team area ratings compared (rated areas of the teams)
  std::vector<RatingChange> changes;      // by team (the health check's order), then area
  // The names of the teams with a change, each once, in order.
  std::vector<std::string> teams() const;
};

// The change from `current` (the settings in force) to `proposed` over
// the latest complete quarter's teams. Throws DatabaseError.
ThresholdPreview previewThresholds(store::Database& db, const FigureSettings& current,
                                   const metrics::Thresholds& proposed);

}  // namespace hc::load

#endif  // HC_LOAD_THRESHOLD_PREVIEW_H_
