#include "ingest/visit_summaries.h"

#include <optional>
#include <stdexcept>
#include <string>

#include "store/visit_months.h"

namespace hc::ingest {
namespace {

int columnOf(const FileKind& kind, std::string_view name) {
  const int c = kind.columnIndex(name);
  if (c < 0) throw std::logic_error("visits have no column " + std::string(name));
  return c;
}

// "YYYY-MM..." (both engines' date-time text, and the importer's stamp) as
// a year and month; false for anything else, which no import stores.
bool yearMonth(std::string_view text, int& year, unsigned& month) {
  if (text.size() < 7 || text[4] != '-') return false;
  for (const size_t i : {0, 1, 2, 3, 5, 6})
    if (text[i] < '0' || text[i] > '9') return false;
  year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  month = unsigned((text[5] - '0') * 10 + (text[6] - '0'));
  return month >= 1 && month <= 12;
}

std::optional<int64_t> optional(const Value& v) {
  if (v.kind == Value::Kind::kNull) return std::nullopt;
  return v.number;
}

}  // namespace

std::unique_ptr<VisitSummaries> VisitSummaries::forKind(const FileKind& kind) {
  if (kind.name != "visits") return nullptr;
  return std::unique_ptr<VisitSummaries>(new VisitSummaries(kind));
}

VisitSummaries::VisitSummaries(const FileKind& kind)
    : staff_id_(columnOf(kind, "staff_id")), scheduled_start_(columnOf(kind, "scheduled_start")),
      planned_(columnOf(kind, "planned_minutes")), status_(columnOf(kind, "status")),
      actual_(columnOf(kind, "actual_minutes")), travel_(columnOf(kind, "travel_minutes")) {}

void VisitSummaries::stored(const std::vector<Value>& values) {
  int year = 0;
  unsigned month = 0;
  const auto status = parseVisitStatus(values[status_].text());
  // The validator has checked both; a failure here is a programming error.
  if (!yearMonth(values[scheduled_start_].text(), year, month) || !status)
    throw std::logic_error("an unchecked visit reached the summaries");
  changes_.add(values[staff_id_].text(), year, month, *status, values[planned_].number, optional(values[actual_]),
               optional(values[travel_]));
}

void VisitSummaries::replaced(store::Statement& row, int first) {
  int year = 0;
  unsigned month = 0;
  const std::string when = row.getText(first + scheduled_start_);
  const std::string status_text = row.getText(first + status_);
  const auto status = parseVisitStatus(status_text);
  if (!yearMonth(when, year, month) || !status)
    throw store::DatabaseError(store::DatabaseError::Kind::kOther,
                               "visits: the stored visit being replaced has scheduled_start '" + when +
                                   "' and status '" + status_text + "', which cannot be summed (edited by hand?)");
  auto read = [&](int column) -> std::optional<int64_t> {
    if (row.isNull(first + column)) return std::nullopt;
    return row.getInt(first + column);
  };
  changes_.remove(row.getText(first + staff_id_), year, month, *status, row.getInt(first + planned_), read(actual_),
                  read(travel_));
}

void VisitSummaries::write(store::Database& db) { store::addVisitMonths(db, changes_.summaries()); }

}  // namespace hc::ingest
