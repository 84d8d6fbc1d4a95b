#include "store/dataset_loader.h"

#include <exception>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <thread>
#include <unordered_set>

#include "store/sql_text.h"

namespace hc::store {
namespace {

constexpr std::string_view kQueries = "queries/load_dataset.sql";

// Typed reads of the current row by column position, throwing a clear error
// for a stored value the records cannot hold.
class Row {
 public:
  Row(Statement& st, std::string_view table) : st_(st), table_(table) {}

  std::string text(int c) { return st_.getText(c); }
  std::string textOrEmpty(int c) { return st_.isNull(c) ? std::string() : st_.getText(c); }
  std::optional<std::string> optText(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return st_.getText(c);
  }
  int integer(int c) { return static_cast<int>(st_.getInt(c)); }
  std::optional<int> optInt(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return static_cast<int>(st_.getInt(c));
  }
  double real(int c) { return st_.getDouble(c); }
  std::optional<double> optReal(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return st_.getDouble(c);
  }
  Date date(int c) {
    const std::string_view s = st_.getTextView(c);
    const auto d = Date::parse(s.substr(0, 10));
    if (!d) bad("date", s);
    return *d;
  }
  std::optional<Date> optDate(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return date(c);
  }
  // MySQL returns seconds ("HH:MM:SS"), which the records do not keep.
  DateTime dateTime(int c) {
    const std::string_view s = st_.getTextView(c);
    const auto t = DateTime::parse(s.substr(0, 16));
    if (!t) bad("date-time", s);
    return *t;
  }
  template <typename E>
  E choice(int c, std::optional<E> (*parse)(std::string_view), const char* what) {
    const std::string_view s = st_.getTextView(c);
    const auto v = parse(s);
    if (!v) bad(what, s);
    return *v;
  }

 private:
  [[noreturn]] void bad(const char* what, std::string_view value) {
    throw DatabaseError(DatabaseError::Kind::kOther, "stored " + std::string(table_) + " row has an invalid " + what +
                                                         " '" + std::string(value) + "'");
  }

  Statement& st_;
  std::string_view table_;
};

// Runs the named query with `params` bound in order and appends read(row)
// for each row. No reserve(): the count is unknown without a second scan,
// and growing moves the records' strings without copying them.
template <typename T, typename Read>
void load(Database& db, std::string_view name, std::initializer_list<std::string> params, std::vector<T>& out,
          Read read) {
  auto st = db.prepare(internal::sqlSection(internal::sqlFile(kQueries), name));
  int index = 0;
  for (const std::string& p : params) st->bindText(index++, p);
  Row row(*st, name);
  while (st->step()) out.push_back(read(row));
}

Visit readVisit(Row& r) {
  return Visit{r.text(0),     r.text(1),   r.text(2),
               r.dateTime(3), r.integer(4), r.choice(5, parseVisitStatus, "status"),
               r.optInt(6),   r.optInt(7), r.choice(8, parseVisitPurpose, "purpose")};
}

// The visits of [from, after_to) whose SQLite rowid is in (first, last].
void loadVisitRange(Database& db, const std::string& from, const std::string& after_to, int64_t first,
                    int64_t last, std::vector<Visit>& out) {
  auto st = db.prepare(internal::sqlSection(internal::sqlFile(kQueries), "visits_rowid_range_sqlite"));
  st->bindText(0, from);
  st->bindText(1, after_to);
  st->bindInt(2, first);
  st->bindInt(3, last);
  Row row(*st, "visits");
  while (st->step()) out.push_back(readVisit(row));
}

// How many visits there can be, at most, to reserve room for them. The
// reserved room costs address space, not memory, until it is filled.
size_t visitsBound(Database& db) {
  const bool sqlite = db.dialect() == Dialect::kSqlite;
  auto st = db.prepare(internal::sqlSection(internal::sqlFile(kQueries),
                                            sqlite ? "visits_bound_sqlite" : "visits_bound_mysql"));
  const int64_t bound = st->step() ? st->getInt(0) : 0;
  // InnoDB's figure is an estimate that can fall short; growing then is fine.
  constexpr int64_t kMost = 100'000'000;
  return static_cast<size_t>(bound < 0 ? 0 : bound > kMost ? kMost : bound);
}

}  // namespace

Dataset loadDataset(Database& db, Date from, Date to) {
  const std::string f = from.iso(), t = to.iso();
  const std::string after_to = to.plusDays(1).iso();
  const std::string year_before = from.plusDays(-365).iso();
  Dataset d;

  // Visits are most of the rows: read them on a second connection while
  // this one reads everything else, so both cores work (SQLite's WAL and
  // InnoDB both let two readers run at once). On SQLite this connection
  // also takes the last third of the visits by rowid once it is done with
  // the rest, which evens out the two threads' work.
  const bool split = db.dialect() == Dialect::kSqlite;
  const int64_t visits_bound = static_cast<int64_t>(visitsBound(db));
  const int64_t split_at = split ? visits_bound * 2 / 3 : visits_bound;
  std::exception_ptr visits_error;
  std::thread visits_reader([&] {
    try {
      auto other = db.openAnother();
      d.visits.reserve(static_cast<size_t>(visits_bound));
      if (split) {
        loadVisitRange(*other, f, after_to, std::numeric_limits<int64_t>::min(), split_at, d.visits);
      } else {
        load(*other, "visits", {f, after_to}, d.visits, readVisit);
      }
    } catch (...) {
      visits_error = std::current_exception();
    }
  });
  // Should a read below throw, the visits reader is still joined.
  struct Join {
    std::thread& t;
    ~Join() {
      if (t.joinable()) t.join();
    }
  } join{visits_reader};

  load(db, "teams", {}, d.teams, [](Row& r) {
    return Team{r.text(0), r.text(1), r.choice(2, parseService, "service"), r.textOrEmpty(3)};
  });
  load(db, "staff", {}, d.staff, [](Row& r) {
    return Staff{r.text(0),     r.text(1),    r.choice(2, parseRole, "role"), r.choice(3, parseEmployment, "employment"),
                 r.real(4),     r.date(5),    r.optDate(6),                   r.optDate(7)};
  });
  load(db, "establishment", {}, d.establishments,
       [](Row& r) { return Establishment{r.text(0), r.date(1), r.real(2)}; });
  load(db, "holidays", {}, d.holidays, [](Row& r) { return Holiday{r.date(0), r.textOrEmpty(1)}; });
  load(db, "cases", {t, f, f}, d.cases, [](Row& r) {
    return Case{r.text(0), r.text(1), r.date(2), r.optDate(3), r.optDate(4)};
  });
  {
    std::unordered_set<std::string_view> loaded_cases;
    loaded_cases.reserve(d.cases.size());
    for (const Case& c : d.cases) loaded_cases.insert(c.case_id);
    auto st = db.prepare(internal::sqlSection(internal::sqlFile(kQueries), "allocations"));
    Row r(*st, "allocations");
    while (st->step()) {
      if (!loaded_cases.count(st->getTextView(1))) continue;
      d.allocations.push_back(Allocation{r.text(0), r.text(1), r.text(2), r.date(3), r.optDate(4)});
    }
  }
  load(db, "transfers", {t, f}, d.transfers, [](Row& r) {
    return Transfer{r.text(0), r.text(1), r.text(2), r.text(3), r.date(4), r.optDate(5)};
  });
  load(db, "supervision", {f, t}, d.supervision, [](Row& r) {
    return Supervision{r.text(0), r.text(1), r.optText(2), r.date(3), r.integer(4),
                       r.choice(5, parseSupervisionKind, "kind")};
  });
  load(db, "absences", {f, t}, d.absences, [](Row& r) {
    return Absence{r.text(0), r.text(1), r.date(2), r.date(3), r.choice(4, parseAbsenceReason, "reason"),
                   r.optReal(5)};
  });
  load(db, "team_meetings", {f, t}, d.team_meetings,
       [](Row& r) { return TeamMeeting{r.text(0), r.text(1), r.date(2)}; });
  load(db, "risk_assessments", {year_before, t}, d.risk_assessments, [](Row& r) {
    return RiskAssessment{r.text(0), r.text(1), r.date(2), r.choice(3, parseRiskAssessmentKind, "kind")};
  });
  load(db, "feedback", {f, t}, d.feedback, [](Row& r) {
    std::optional<bool> upheld;
    if (const auto u = r.optInt(4)) upheld = *u != 0;
    return Feedback{r.text(0), r.text(1), r.date(2), r.choice(3, parseFeedbackKind, "kind"), upheld, r.optInt(5)};
  });
  load(db, "care_packages", {f, t}, d.care_packages, [](Row& r) {
    return CarePackage{r.text(0), r.text(1), r.text(2), r.date(3), r.integer(4), r.real(5)};
  });
  std::vector<Visit> later_visits;
  if (split) loadVisitRange(db, f, after_to, split_at, std::numeric_limits<int64_t>::max(), later_visits);
  visits_reader.join();
  if (visits_error) std::rethrow_exception(visits_error);
  d.visits.insert(d.visits.end(), std::make_move_iterator(later_visits.begin()),
                  std::make_move_iterator(later_visits.end()));
  return d;
}

}  // namespace hc::store
