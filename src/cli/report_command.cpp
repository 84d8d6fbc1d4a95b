// healthcheck report: the elected members' report (HTML, and PDF through a
// headless Chromium) and the analysts' workbook (XLSX) for a period.
#include <cstdio>
#include <fstream>
#include <optional>
#include <ostream>

#include "access/audit_events.h"
#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/figure_options.h"
#include "core/utc_clock.h"
#include "load/figure_loader.h"
#include "load/report_model_loader.h"
#include "load/thresholds_file.h"
#include "load/trend_loader.h"
#include "national/council_setting.h"
#include "reports/members/members_report.h"
#include "reports/pdf_printer.h"
#include "reports/workbook/workbook_writer.h"
#include "store/database.h"
#include "surveys/survey_catalogue.h"

namespace hc::cli {
namespace {

// The workbook's trend: two years of quarters, or eight months or years.
constexpr int kTrendPeriods = 8;

void writeTextFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path);
}


// The audit row of one file written (access/audit_events.h).
void auditExport(const std::string& db_url, const char* what, const std::string& path, const metrics::Period& period) {
  access::auditReportExport(*store::openDatabase(db_url), access::cliActor(), what, period.label + " to " + path);
}

}  // namespace

int runReport(const std::vector<std::string>& args, Context& context) {
  if (isReportMailCommand(args)) return runReportMail(args, context);
  namespace po = boost::program_options;
  std::string period_text, members_path, xlsx_path, pdf_path, thresholds_path, written_text;
  std::string surveys_folder = context.surveys_folder;
  reports::ReportCover cover;
  metrics::HealthCheckOptions options;
  po::options_description desc("Options");
  desc.add_options()
      ("period", po::value<std::string>(&period_text)->required(),
       "2025-07 (month), 2025-Q3 (quarter), 2025 (year), 2025/26 (financial year) or csww-2025 (census year)")
      ("members", po::value<std::string>(&members_path),
       "write the elected members' report, a printable HTML page, to FILE.html (published figures)")
      ("pdf", po::value<std::string>(&pdf_path),
       "also print the members' report to FILE.pdf (needs Chromium: the chromium package)")
      ("xlsx", po::value<std::string>(&xlsx_path),
       "write the analysts' workbook to FILE.xlsx (unsuppressed figures, trend over the last 8 periods)")
      ("written", po::value<std::string>(&written_text),
       "the date the report is written, YYYY-MM-DD (default: today): shown on the cover, and actions due "
       "before it are overdue")
      ("meeting", po::value<std::string>(&cover.meeting),
       "the meeting the members' report goes to, for its cover: \"Corporate Parenting Panel, 14 January 2027\"")
      ("author", po::value<std::string>(&cover.author),
       "who wrote the members' report, for its cover: \"Jo Smith, Head of Quality Assurance\"")
      ("contact", po::value<std::string>(&cover.contact),
       "whom members contact about it, for its cover: an email address or telephone number")
      ("surveys", po::value<std::string>(&surveys_folder),
       "folder of survey definitions, for the workbook's question wording (default: surveys, or "
       "$HEALTHCHECK_SURVEYS)");
  load::FigureSettings given;
  addFigureOptions(desc, &thresholds_path, &given);
  po::variables_map vm;
  if (!parseCommandOptions(
          args, "healthcheck [--db URL] report --period P [--members FILE.html] [--pdf FILE.pdf] [--xlsx FILE.xlsx]",
          "Writes the health-check reports for a period; give at least one output.\n\n"
          "The members' report (--members, --pdf) is for elected members and the public:\n"
          "it always uses published figures, with the small-numbers rule applied\n"
          "(figures about fewer than --min-group people are not published).\n\n"
          "The workbook (--xlsx) is for analysts and directors and is NOT for\n"
          "publication: its figures are unsuppressed, except staff survey scores from\n"
          "fewer than --min-group responses, which are never shown. A note on its\n"
          "sheets says so.\n\n"
          "Where a staff survey ran in the period, the members' report has a \"What\n"
          "staff told us\" page (response rates and the survey's area scores, never\n"
          "comments) and the workbook a \"Staff survey\" sheet (per team: responses,\n"
          "response rate, area scores and each question's answers), both suppressed\n"
          "below --min-group responses.\n\n"
          "The members' report by email: healthcheck report subscribe --help and\n"
          "healthcheck report send-now --help.",
          desc, {}, vm, context)) {
    return kOk;
  }
  if (members_path.empty() && xlsx_path.empty() && pdf_path.empty()) {
    throw UsageError("give at least one output: --members FILE.html, --pdf FILE.pdf or --xlsx FILE.xlsx");
  }
  std::string error;
  const auto period = metrics::Period::parse(period_text, &error);
  if (!period) throw UsageError("--period: " + error);
  const std::optional<Date> written =
      written_text.empty() ? std::optional<Date>(utcToday()) : Date::parse(written_text);
  if (!written) throw UsageError("--written: '" + written_text + "' is not a date (expected YYYY-MM-DD)");
  // The database's settings, as the dashboard shows them, under this command's own.
  const load::FigureSettings settings = figureSettings(context.db_url, vm, thresholds_path, given);
  options = settings.applyTo(options);
  const metrics::Thresholds& thresholds = settings.thresholds;
  // Checked before the database work, which can take a while.
  std::string chromium;
  if (!pdf_path.empty()) {
    chromium = reports::findChromium();
    if (chromium.empty()) {
      context.err << "healthcheck report: --pdf needs Chromium (chromium, chromium-browser or google-chrome on "
                     "PATH); install the chromium package, or print the --members HTML from a browser.\n";
      return kFailed;
    }
  }

  // The stored council setting (healthcheck council set --name ...) names
  // the council on the cover, in headers and as the council scope.
  const std::string council = national::councilName(*store::openDatabase(context.db_url));
  options.council_name = council;
  const load::TrendWindow window =
      load::TrendWindow::load(context.db_url, *period, xlsx_path.empty() ? 1 : kTrendPeriods, options);
  const bool members = !members_path.empty() || !pdf_path.empty();
  metrics::HealthCheckOptions published_options = options;
  published_options.published = true;
  metrics::HealthCheck published;
  if (members) published = window.compute(*period, thresholds, published_options);
  std::vector<metrics::HealthCheck> trend;
  if (!xlsx_path.empty()) trend = window.computeTrend(thresholds, options);
  const metrics::HealthCheck& latest = members ? published : trend.back();
  if (!latest.has_data) {
    context.err << "No records fall in or before " << period->label << " (" << period->from.iso() << " to "
                << period->to.iso() << "): there is nothing to report. Import data first, or choose another period.\n";
    return kFailed;
  }

  // Survey definitions give the workbook its question wording. Without
  // them (the default folder absent) questions are named by id: a report
  // should not fail for want of wording; a folder given explicitly must load.
  std::optional<surveys::SurveyCatalogue> catalogue;
  try {
    catalogue.emplace(surveys_folder);
  } catch (const surveys::SurveyDefinitionError&) {
    if (vm.count("surveys")) throw;
  }
  const surveys::SurveyCatalogue* wording = catalogue ? &*catalogue : nullptr;

  // Both outputs state the DfE's figures for the census year matching the
  // period, where imported (healthcheck benchmarks import), the survey
  // results and the actions agreed: the report model comes from the same
  // loader as the dashboard's (src/load), so that the report and the pages
  // agree.
  const load::FigureLoader figures(context.db_url, thresholds, options);
  const load::ReportModelLoader report_models(figures, context.db_url, wording);
  if (members) {
    reports::ReportModel model = report_models.load(published, load::ReportViewer{}, written);
    model.cover = reports::cleanCover(cover);
    const std::string html = reports::members::membersReportHtml(model).str();
    if (!members_path.empty()) {
      writeTextFile(members_path, html);
      context.out << "Wrote the members' report for " << period->label << " to " << members_path << "\n";
      auditExport(context.db_url, "members report", members_path, *period);
    }
    if (!pdf_path.empty()) {
      // Chromium prints a file: the --members one, or a temporary copy.
      std::string html_path = members_path;
      std::string temporary;
      if (html_path.empty()) {
        temporary = pdf_path + ".tmp.html";
        writeTextFile(temporary, html);
        html_path = temporary;
      }
      try {
        reports::printToPdf(chromium, html_path, pdf_path);
      } catch (...) {
        if (!temporary.empty()) std::remove(temporary.c_str());
        throw;
      }
      if (!temporary.empty()) std::remove(temporary.c_str());
      context.out << "Wrote the members' report for " << period->label << " to " << pdf_path << "\n";
      auditExport(context.db_url, "members report", pdf_path, *period);
    }
  }
  if (!xlsx_path.empty()) {
    load::ReportViewer analyst;
    analyst.published = false;  // the workbook holds the figures as computed
    const reports::ReportModel model = report_models.load(trend.back(), analyst, written, trend);
    reports::workbook::writeWorkbook(model, xlsx_path);
    auditExport(context.db_url, "workbook", xlsx_path, *period);
    context.out << "Wrote the workbook for " << period->label << " (trend " << trend.front().period.label << " to "
                << period->label << ") to " << xlsx_path << "\n";
  }
  return kOk;
}

}  // namespace hc::cli
