#include "national/census_import.h"

#include <filesystem>

#include "ingest/import_log.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "national/census_dataset.h"
#include "national/census_reader.h"
#include "national/published_data.h"
#include "store/schema.h"

namespace hc::national {
namespace {

std::optional<PublishedArea> publishedFor(store::Database& db, int year, const std::string& la_code) {
  if (la_code.empty()) return std::nullopt;
  for (auto& area : loadPublishedYear(db, year))
    if (area.level == "Local authority" && area.old_la_code == la_code) return std::move(area);
  return std::nullopt;
}

void bindOptional(store::Statement& st, int i, const std::optional<double>& v) {
  if (v) st.bindDouble(i, *v); else st.bindNull(i);
}

const CensusFigure* figure(const CensusCheck& check, const std::string& id) {
  for (const auto& f : check.figures)
    if (f.id == id) return &f;
  return nullptr;
}

void saveCensus(store::Database& db, const std::string& path, const CensusReturn& census, const CensusDataset& mapped,
           const CensusCheck& check, int64_t workers_read) {
  store::Transaction tx(db);
  // The return stands as on its census date: that is its extract date
  // (data-contract.md "Extract dates").
  const int64_t import_id = ingest::beginImport(db, path, "csww_census", mapped.period.to);
  auto st = db.prepare(store::upsertSql(
      db.dialect(), "census_returns",
      {"census_year", "la_code", "reference_date", "workers", "vacancies_fte", "agency_fte", "agency_headcount",
       "our_inpost_fte", "our_agency_fte", "our_agency_headcount", "our_vacancy_rate", "our_agency_rate",
       "our_turnover_rate", "our_caseload_avg", "our_sickness_rate", "import_id"},
      {"census_year", "la_code"}));
  int i = 0;
  st->bindInt(i++, mapped.period.to.year());
  st->bindText(i++, census.la_code);  // empty when the header names none
  st->bindText(i++, mapped.period.to.iso());
  st->bindInt(i++, check.workers);
  st->bindDouble(i++, census.vacancies_fte);
  st->bindDouble(i++, census.agency_fte);
  st->bindInt(i++, census.agency_headcount);
  st->bindDouble(i++, mapped.inpost_fte);
  st->bindDouble(i++, mapped.agency_fte);
  st->bindInt(i++, mapped.agency_headcount);
  for (const char* id : {"vacancy_rate", "agency_rate", "turnover_rate", "caseload_avg", "sickness_rate"})
    bindOptional(*st, i++, figure(check, id)->ours);
  st->bindInt(i++, import_id);
  const int64_t changed = st->execute();
  ingest::finishImport(db, import_id, {workers_read, changed > 0 ? 1 : 0, 0, 0}, "stored");
  tx.commit();
}

}  // namespace

CensusImport importCensus(store::Database& db, const std::string& path, std::optional<int> year,
                          size_t max_messages) {
  store::migrate(db);
  CensusImport result;
  CensusRead read = readCensus(path, max_messages);
  result.workers_read = read.workers_read;
  result.workers_rejected = read.workers_rejected;
  result.diagnostics = std::move(read.diagnostics);
  if (!read.ok) return result;

  const std::string file = std::filesystem::path(path).filename().string();
  std::optional<CensusDataset> mapped = mapCensus(read.census, year, file, result.diagnostics);
  if (!mapped) return result;
  metrics::HealthCheckOptions options;
  options.council_name = "Census return";
  const metrics::HealthCheck health_check =
      metrics::computeHealthCheck(mapped->data, mapped->period, metrics::Thresholds::defaults(), options);
  result.check = checkCensus(read.census, *mapped, health_check,
                             publishedFor(db, mapped->period.to.year(), read.census.la_code));
  saveCensus(db, path, read.census, *mapped, *result.check, read.workers_read);
  result.stored = true;
  return result;
}

}  // namespace hc::national
