#include "cli/figures_after_import.h"

#include <chrono>
#include <iomanip>
#include <ostream>

#include "load/figure_settings.h"
#include "load/stored_figures.h"

namespace hc::cli {

void storeFiguresAfterImport(store::Database& db, Context& context) {
  const auto start = std::chrono::steady_clock::now();
  try {
    // The stored settings' caseload limit, as the dashboard and the metrics
    // command use it unless told otherwise.
    const std::optional<metrics::Period> latest =
        load::storeLatestFigures(db, load::loadFigureSettings(db).applyTo(metrics::HealthCheckOptions{}));
    if (!latest) return;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    context.out << "Figures up to " << latest->label << " are ready for the dashboard and the reports ("
                << std::fixed << std::setprecision(1) << seconds << " s)\n";
  } catch (const std::exception& e) {
    context.err << "healthcheck: the figures could not be prepared for the dashboard (they will be computed "
                   "when first asked for): "
                << e.what() << "\n";
  }
}

}  // namespace hc::cli
