#include "national/census_check.h"

#include <cmath>
#include <cstdio>

#include "metrics/catalogue.h"
#include "national/published_measures.h"

namespace hc::national {
namespace {

std::optional<double> publishedRate(const std::optional<PublishedArea>& area, const std::string& metric_id) {
  if (!area) return std::nullopt;
  const auto& pairs = publishedEquivalents();
  for (size_t i = 0; i < pairs.size(); ++i)
    if (pairs[i].metric_id == metric_id && i < area->rates.size()) return area->rates[i];
  return std::nullopt;
}

std::string cell(const std::optional<double>& v, int decimals) {
  if (!v) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
  return buf;
}

std::string padLeft(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}
std::string padRight(const std::string& s, size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

}  // namespace

std::optional<double> councilValue(const metrics::HealthCheck& health_check, const std::string& id) {
  for (const auto& scope : health_check.scopes) {
    if (scope.level != metrics::Level::kCouncil) continue;
    for (const auto& area : scope.areas)
      for (const auto& m : area.metrics)
        if (m.id == id) return m.value;
  }
  return std::nullopt;
}

CensusCheck checkCensus(const CensusReturn& census, const CensusDataset& mapped,
                        const metrics::HealthCheck& health_check, const std::optional<PublishedArea>& published) {
  CensusCheck check;
  check.period_label = mapped.period.label;
  check.la_code = census.la_code;
  check.workers = static_cast<int64_t>(mapped.data.staff.size());
  check.absent_on_census_date = mapped.absent_on_census_date;
  const double inpost = mapped.inpost_fte;
  auto rate = [](double part, double inpost_fte) -> std::optional<double> {
    return part + inpost_fte > 0 ? std::optional<double>(100 * part / (part + inpost_fte)) : std::nullopt;
  };
  check.figures = {
      {"inpost_fte", "Permanent staff in post (FTE)", std::nullopt, inpost, std::nullopt},
      {"vacancy_fte", "Vacancies (FTE)", census.vacancies_fte, census.vacancies_fte, std::nullopt},
      {"agency_fte", "Agency workers (FTE)", census.agency_fte, mapped.agency_fte, std::nullopt},
      {"agency_headcount", "Agency workers (headcount)", static_cast<double>(census.agency_headcount),
       static_cast<double>(mapped.agency_headcount), std::nullopt},
  };
  // The return's own LA figures give two of the rates when set against the
  // in-post FTE of its worker records (the return holds no in-post total).
  for (const auto& eq : publishedEquivalents()) {
    const std::string id(eq.metric_id);
    const metrics::MetricInfo& info = *metrics::findMetric(id);
    const std::string unit(metrics::unitSuffix(info.unit));
    CensusFigure f{id, std::string(info.label) + (unit.empty() ? "" : " (" + unit + ")"), std::nullopt,
                   councilValue(health_check, id), publishedRate(published, id)};
    if (id == "vacancy_rate") f.census = rate(census.vacancies_fte, inpost);
    if (id == "agency_rate") f.census = rate(census.agency_fte, inpost);
    check.figures.push_back(std::move(f));
  }
  return check;
}

void writeCensusCheck(std::ostream& out, const CensusCheck& check) {
  out << "Census " << check.period_label << (check.la_code.empty() ? "" : ", LA " + check.la_code) << ": "
      << check.workers << " worker records used; " << check.absent_on_census_date
      << " absent on the census date\n";
  out << "Census return vs our calculation:\n";
  const size_t w0 = 32, w = 17;
  out << "  " << padRight("figure", w0) << padLeft("census return", w) << padLeft("our calculation", w)
      << padLeft("DfE published", w) << "  note\n";
  for (const auto& f : check.figures) {
    const bool count = f.id == "agency_headcount";
    const int decimals = count ? 0 : 2;
    std::string note;
    if (f.census && f.ours && std::fabs(*f.census - *f.ours) >= 0.005) note = "differs";
    if (f.published && f.ours && std::fabs(std::round(*f.ours * 10) / 10 - *f.published) >= 0.05)
      note += note.empty() ? "differs from DfE" : ", differs from DfE";
    out << "  " << padRight(f.label, w0) << padLeft(cell(f.census, decimals), w)
        << padLeft(cell(f.ours, decimals), w) << padLeft(cell(f.published, 1), w) << (note.empty() ? "" : "  " + note)
        << "\n";
  }
}

}  // namespace hc::national
