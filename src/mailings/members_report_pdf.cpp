#include "mailings/members_report_pdf.h"

#include <stdexcept>

#include "load/figure_loader.h"
#include "load/figure_settings.h"
#include "load/report_model_loader.h"
#include "national/council_setting.h"
#include "reports/members/members_report.h"
#include "reports/pdf_printer.h"
#include "store/database.h"

namespace hc::mailings {

MembersReportPdf membersReportPdf(const MembersReportSource& source, const metrics::Period& period, Date written) {
  metrics::HealthCheckOptions options;
  load::FigureSettings fallback;
  fallback.min_group_size = source.min_group_size;
  load::FigureSettings settings;
  {
    auto db = store::openDatabase(source.db_url);
    settings = load::loadFigureSettings(*db, fallback);
    options.council_name = national::councilName(*db);
  }
  options = settings.applyTo(options);
  const load::FigureLoader figures(source.db_url, settings.thresholds, options);
  const metrics::HealthCheck published = figures.period(period, /*published=*/true);
  if (!published.has_data)
    return {"", "no records fall in or before " + period.label};
  const load::ReportModelLoader models(figures, source.db_url, nullptr);
  const reports::ReportModel model = models.load(published, load::ReportViewer{}, written);
  const std::string html = reports::members::membersReportHtml(model).str();  // refuses unpublished models

  std::string pdf = reports::printHtmlToPdf(source.chromium, html);
  if (pdf.empty()) throw std::runtime_error("members report PDF: Chromium wrote an empty file");
  return {std::move(pdf), ""};
}

}  // namespace hc::mailings
