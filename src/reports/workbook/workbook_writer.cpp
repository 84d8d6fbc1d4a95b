#include "reports/workbook/workbook_writer.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

void setProperties(lxw_workbook* wb, const ReportModel& model) {
  std::string title = "Social work health check " + model.period.label;
  std::string subject = "Workforce health-check metrics for " + model.council_name + ", " +
                        workbook::periodTitle(model);
  std::string author = "healthcheck";
  std::string company = model.council_name;
  std::string category = "Social work health check";
  std::string keywords = "social work, workforce, health check, " + model.period.label;
  std::string comments = workbook::figuresNote(model);
  lxw_doc_properties p = {};
  p.title = title.data();
  p.subject = subject.data();
  p.author = author.data();
  p.company = company.data();
  p.category = category.data();
  p.keywords = keywords.data();
  p.comments = comments.data();
  workbook::check(workbook_set_properties(wb, &p), "setting document properties");
}

}  // namespace

void writeWorkbook(const ReportModel& model, const std::string& path) {
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;  // rows go to temp files as written
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) throw std::runtime_error("xlsx: cannot create a workbook for " + path);
  try {
    const workbook::Formats formats = workbook::addFormats(wb);
    setProperties(wb, model);
    workbook::writeSummarySheet(wb, formats, model);
    for (const metrics::AreaInfo& area : metrics::areas()) workbook::writeAreaSheet(wb, formats, model, area);
    workbook::writeTrendsSheet(wb, formats, model);
    workbook::writeBenchmarksSheet(wb, formats, model);
    workbook::writeSurveySheets(wb, formats, model);
    workbook::writeDictionarySheet(wb, formats, model);
  } catch (...) {
    // Closing is libxlsxwriter's only way to free a workbook; it writes the
    // half-done file, which must not be mistaken for a report.
    workbook_close(wb);
    std::remove(path.c_str());
    throw;
  }
  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error("xlsx: cannot write " + path + ": " + lxw_strerror(error));
  }
}

std::string workbookBytes(const ReportModel& model) {
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/healthcheck-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) throw std::runtime_error("xlsx: cannot create a temporary file in " + path);
  close(fd);
  struct Remover {
    const std::string& path;
    ~Remover() { std::remove(path.c_str()); }
  } remover{path};
  writeWorkbook(model, path);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw std::runtime_error("xlsx: cannot read back " + path);
  return bytes.str();
}

}  // namespace hc::reports::workbook
