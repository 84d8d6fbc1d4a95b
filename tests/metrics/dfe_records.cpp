#include "metrics/dfe_records.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace hc::testing::dfe {
namespace {

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line
// breaks (la_name does: "Kingston upon Hull, City of").
std::vector<std::vector<std::string>> parseCsv(const std::string& text, std::vector<int>* lines) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  int line = 1;
  int row_line = 1;
  size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // byte-order mark
  auto endRow = [&] {
    row.push_back(field);
    field.clear();
    if (!(row.size() == 1 && row[0].empty())) {  // skip blank lines
      rows.push_back(row);
      lines->push_back(row_line);
    }
    row.clear();
    row_line = line;
  };
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\r') {
      // CRLF: the '\n' ends the row.
    } else if (c == '\n') {
      ++line;
      endRow();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) endRow();
  return rows;
}

std::string trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// "36186.3" -> 361863; "13" -> 130; anything else (a marker, a negative,
// a second decimal place) -> nullopt.
std::optional<int64_t> parseTenths(const std::string& text) {
  size_t i = 0;
  int64_t whole = 0;
  int digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    whole = whole * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 15) return std::nullopt;
  int64_t tenth = 0;
  if (i < text.size()) {
    if (text[i] != '.' || i + 2 != text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 1])))
      return std::nullopt;
    tenth = text[i + 1] - '0';
  }
  return whole * 10 + tenth;
}

Figure figure(const std::string& text) { return Figure{text, parseTenths(text)}; }

// "P0000042": fixed width keeps ids sortable and within the contract's 64.
std::string makeId(const char* prefix, size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%07zu", prefix, n);
  return buf;
}

// Adds people whose FTEs sum to exactly `tenths`/10: whole-time people and
// one part-time remainder, since an FTE must lie in (0, 1].
void addStaff(Dataset& d, const char* prefix, Employment employment, Role role, int64_t tenths,
              Date start, std::optional<Date> end, std::vector<size_t>* added) {
  size_t n = 0;
  while (tenths > 0) {
    const int64_t t = std::min<int64_t>(tenths, 10);
    Staff s;
    s.staff_id = makeId(prefix, ++n);
    s.team_id = kTeamId;
    s.role = role;
    s.employment = employment;
    s.fte = static_cast<double>(t) / 10.0;
    s.start_date = start;
    s.end_date = end;
    if (added) added->push_back(d.staff.size());
    d.staff.push_back(std::move(s));
    tenths -= t;
  }
}

int64_t fteTenths(const Staff& s) { return static_cast<int64_t>(s.fte * 10.0 + 0.5); }

}  // namespace

std::vector<IndicatorRow> readIndicators(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  std::vector<int> lines;
  const auto rows = parseCsv(buf.str(), &lines);
  if (rows.empty()) throw std::runtime_error(path + ": empty file");

  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) {
    std::string h = trim(rows[0][i]);
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
    col.emplace(h, i);
  }
  auto index = [&](const char* name) {
    auto it = col.find(name);
    if (it == col.end()) throw std::runtime_error(path + ": no column " + name);
    return it->second;
  };
  const size_t c_period = index("time_period"), c_level = index("geographic_level"),
               c_country = index("country_name"), c_country_code = index("country_code"),
               c_region = index("region_name"), c_region_code = index("region_code"),
               c_la = index("la_name"), c_la_code = index("new_la_code"),
               c_inpost = index("inpost_fte"), c_agency = index("agency_fte"),
               c_leavers = index("leavers_fte"), c_vacancy = index("vacancy_fte"),
               c_holders = index("case_holders_fte"), c_cases = index("cases"),
               c_wdl = index("working_days_lost_fte"), c_vac_rate = index("vacancy_rate_fte"),
               c_agency_rate = index("agency_rate_fte"), c_turnover = index("turnover_rate_fte"),
               c_caseload = index("caseload_fte"), c_absence = index("absence_rate_fte");

  std::vector<IndicatorRow> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& f = rows[r];
    auto at = [&](size_t c) { return c < f.size() ? trim(f[c]) : std::string(); };
    IndicatorRow row;
    row.line = lines[r];
    row.time_period = at(c_period);
    row.level = at(c_level);
    if (!at(c_la).empty()) {
      row.name = at(c_la);
      row.code = at(c_la_code);
    } else if (!at(c_region).empty()) {
      row.name = at(c_region);
      row.code = at(c_region_code);
    } else {
      row.name = at(c_country);
      row.code = at(c_country_code);
    }
    row.inpost_fte = figure(at(c_inpost));
    row.agency_fte = figure(at(c_agency));
    row.leavers_fte = figure(at(c_leavers));
    row.vacancy_fte = figure(at(c_vacancy));
    row.case_holders_fte = figure(at(c_holders));
    row.cases = figure(at(c_cases));
    row.working_days_lost_fte = figure(at(c_wdl));
    row.vacancy_rate_fte = figure(at(c_vac_rate));
    row.agency_rate_fte = figure(at(c_agency_rate));
    row.turnover_rate_fte = figure(at(c_turnover));
    row.caseload_fte = figure(at(c_caseload));
    row.absence_rate_fte = figure(at(c_absence));
    out.push_back(std::move(row));
  }
  return out;
}

std::optional<Inputs> completeInputs(const IndicatorRow& row, std::string* missing) {
  std::string why;
  auto need = [&](const char* name, const Figure& f) -> int64_t {
    if (f.tenths) return *f.tenths;
    why += (why.empty() ? "" : ", ") + std::string(name) + "='" + f.text + "'";
    return 0;
  };
  Inputs in;
  in.inpost_t = need("inpost_fte", row.inpost_fte);
  in.agency_t = need("agency_fte", row.agency_fte);
  in.leavers_t = need("leavers_fte", row.leavers_fte);
  in.vacancy_t = need("vacancy_fte", row.vacancy_fte);
  in.case_holders_t = need("case_holders_fte", row.case_holders_fte);
  const int64_t cases_t = need("cases", row.cases);
  in.working_days_lost_t = need("working_days_lost_fte", row.working_days_lost_fte);
  if (row.cases.tenths && cases_t % 10 != 0) why += (why.empty() ? "" : ", ") + std::string("cases not whole");
  in.cases = cases_t / 10;
  if (!why.empty()) {
    if (missing) *missing = why;
    return std::nullopt;
  }
  return in;
}

std::vector<Holiday> englandAndWalesBankHolidays() {
  const std::pair<const char*, const char*> days[] = {
      {"2023-12-25", "Christmas Day"},    {"2023-12-26", "Boxing Day"},
      {"2024-01-01", "New Year's Day"},   {"2024-03-29", "Good Friday"},
      {"2024-04-01", "Easter Monday"},    {"2024-05-06", "Early May bank holiday"},
      {"2024-05-27", "Spring bank holiday"}, {"2024-08-26", "Summer bank holiday"},
      {"2024-12-25", "Christmas Day"},    {"2024-12-26", "Boxing Day"},
      {"2025-01-01", "New Year's Day"},   {"2025-04-18", "Good Friday"},
      {"2025-04-21", "Easter Monday"},    {"2025-05-05", "Early May bank holiday"},
      {"2025-05-26", "Spring bank holiday"}, {"2025-08-25", "Summer bank holiday"},
  };
  std::vector<Holiday> out;
  for (const auto& [date, name] : days) out.push_back(Holiday{*Date::parse(date), name});
  return out;
}

int workingDays(Date from, Date to, const std::vector<Holiday>& holidays) {
  int n = 0;
  for (Date d = from; d <= to; d = d.plusDays(1)) {
    if (d.isWeekend()) continue;
    const bool holiday =
        std::any_of(holidays.begin(), holidays.end(), [&](const Holiday& h) { return h.date == d; });
    if (!holiday) ++n;
  }
  return n;
}

Dataset synthesiseDataset(const Inputs& in, Date from, Date to, const std::vector<Holiday>& holidays) {
  if (in.case_holders_t > in.inpost_t + in.agency_t)
    throw std::invalid_argument("case holders exceed the staff in post");
  Dataset d;
  d.holidays = holidays;
  d.teams.push_back(Team{kTeamId, "DfE figures", Service::kChildren, ""});

  // Establishment on D = in post + vacancies, so that
  // vacancy_fte = max(0, establishment - inpost_fte) is the published vacancy.
  const Date long_ago = Date::fromCivil(2019, 4, 1);
  d.establishments.push_back(
      Establishment{kTeamId, long_ago, static_cast<double>(in.inpost_t + in.vacancy_t) / 10.0});

  // Case holders are drawn from the staff in post on D, permanent first and
  // then agency, so that they add nothing to inpost_fte or agency_fte.
  const int64_t holders_perm_t = std::min(in.case_holders_t, in.inpost_t);
  const int64_t holders_agency_t = in.case_holders_t - holders_perm_t;
  std::vector<size_t> holders, permanent;
  addStaff(d, "PC", Employment::kPermanent, Role::kSocialWorker, holders_perm_t, long_ago, std::nullopt,
           &holders);
  permanent = holders;
  addStaff(d, "PN", Employment::kPermanent, Role::kTeamManager, in.inpost_t - holders_perm_t, long_ago,
           std::nullopt, &permanent);
  const Date agency_start = to.plusMonths(-6);
  addStaff(d, "AC", Employment::kAgency, Role::kSocialWorker, holders_agency_t, agency_start, std::nullopt,
           &holders);
  addStaff(d, "AN", Employment::kAgency, Role::kSocialWorker, in.agency_t - holders_agency_t, agency_start,
           std::nullopt, nullptr);

  // Permanent leavers: whole-time people and a remainder, their last days
  // the 15th of each month of the 12 months ending D in turn. Never D
  // itself: a person whose last day is D is still in post on D, and would
  // count in inpost_fte as well as among the leavers.
  {
    std::vector<size_t> leavers;
    addStaff(d, "L", Employment::kPermanent, Role::kSocialWorker, in.leavers_t, long_ago, std::nullopt,
             &leavers);
    const Date first_month = to.plusDays(1).plusMonths(-12);
    for (size_t k = 0; k < leavers.size(); ++k)
      d.staff[leavers[k]].end_date = first_month.plusMonths(static_cast<int>(k % 12)).plusDays(14);
  }

  // `cases` open cases, each allocated to a case holder in turn; every case
  // holder gets at least one, or the caseload denominator would shrink.
  if (in.cases < static_cast<int64_t>(holders.size()))
    throw std::invalid_argument("fewer cases than case-holding people");
  const Date referred = to.plusMonths(-3);
  d.cases.reserve(static_cast<size_t>(in.cases));
  d.allocations.reserve(static_cast<size_t>(in.cases));
  for (int64_t c = 0; c < in.cases; ++c) {
    Case kase;
    kase.case_id = makeId("C", static_cast<size_t>(c) + 1);
    kase.team_id = kTeamId;
    kase.referral_date = referred;
    Allocation a;
    a.allocation_id = makeId("A", static_cast<size_t>(c) + 1);
    a.case_id = kase.case_id;
    a.staff_id = d.staff[holders[static_cast<size_t>(c) % holders.size()]].staff_id;
    a.start_date = referred;
    d.cases.push_back(std::move(kase));
    d.allocations.push_back(std::move(a));
  }

  // FTE-days lost: shared among the permanent staff in post in proportion to
  // their FTE (the last tenths one each), as absences lying wholly in the
  // period with working_days_lost given, so each counts in full. Reasons
  // alternate, since sickness and stress both count as sickness absence.
  if (in.working_days_lost_t > 0) {
    if (in.inpost_t == 0) throw std::invalid_argument("days lost without permanent staff");
    std::vector<int64_t> share(permanent.size());
    int64_t given = 0;
    for (size_t k = 0; k < permanent.size(); ++k) {
      share[k] = in.working_days_lost_t * fteTenths(d.staff[permanent[k]]) / in.inpost_t;
      given += share[k];
    }
    for (size_t k = 0; given < in.working_days_lost_t; k = (k + 1) % permanent.size()) {
      ++share[k];
      ++given;
    }
    const Date start = from.plusMonths(3);  // 1 January for the census year
    const Date end = start.plusMonths(3).plusDays(-1);
    size_t n = 0;
    for (size_t k = 0; k < permanent.size(); ++k) {
      if (share[k] == 0) continue;
      Absence a;
      a.absence_id = makeId("S", ++n);
      a.staff_id = d.staff[permanent[k]].staff_id;
      a.start_date = start;
      a.end_date = end;
      a.reason = n % 2 ? AbsenceReason::kSickness : AbsenceReason::kStress;
      a.working_days_lost = static_cast<double>(share[k]) / 10.0;
      d.absences.push_back(std::move(a));
    }
  }
  return d;
}

}  // namespace hc::testing::dfe
