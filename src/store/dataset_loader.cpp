#include "store/dataset_loader.h"

#include <atomic>
#include <exception>
#include <functional>
#include <initializer_list>
#include <thread>

#include "store/internal/id_filter.h"
#include "store/internal/row_reader.h"
#include "store/sql_text.h"

namespace hc::store {
namespace {

using internal::RowReader;
using Row = RowReader;

constexpr std::string_view kQueries = "queries/load_dataset.sql";

std::string query(std::string_view name) { return internal::sqlSection(internal::sqlFile(kQueries), name); }

// Runs the named query with `params` bound in order and appends read(row)
// for each row. No reserve(): the count is unknown without a second scan,
// and growing moves the records' strings without copying them.
template <typename T, typename Read>
void load(Database& db, std::string_view name, std::initializer_list<std::string> params, std::vector<T>& out,
          Read read) {
  auto st = db.prepare(query(name));
  int index = 0;
  for (const std::string& p : params) st->bindText(index++, p);
  Row row(*st, name);
  while (st->step()) out.push_back(read(row));
}

// SQLite: a load reads each page once, so a large page cache only costs the
// page faults of filling it (a small one made a national load 5% faster and
// 100 MB smaller). The connection's own size is put back afterwards.
class ScanCache {
 public:
  explicit ScanCache(Database& db) : db_(db.dialect() == Dialect::kSqlite ? &db : nullptr) {
    if (!db_) return;
    auto st = db_->prepare(query("cache_size_sqlite"));
    if (st->step()) restore_ = st->getInt(0);
    while (st->step()) {
    }
    db_->executeScript(query("scan_cache_sqlite"));
  }
  ~ScanCache() {
    // The value is SQLite's own integer, not input: safe to put in the text.
    if (db_) try {
        db_->executeScript("PRAGMA cache_size = " + std::to_string(restore_));
      } catch (...) {  // a connection that fails here fails its next statement too
      }
  }
  ScanCache(const ScanCache&) = delete;
  ScanCache& operator=(const ScanCache&) = delete;

 private:
  Database* db_;
  int64_t restore_ = -2000;  // SQLite's default
};

Team readTeam(Row& r) { return Team{r.text(0), r.text(1), r.choice(2, parseService, "service"), r.textOrEmpty(3)}; }

}  // namespace

std::vector<Team> loadTeams(Database& db) {
  std::vector<Team> teams;
  load(db, "teams", {}, teams, readTeam);
  return teams;
}

Dataset loadDataset(Database& db, Date from, Date to) {
  const std::string f = from.iso(), t = to.iso();
  const std::string first_month = Date::fromCivil(from.year(), from.month(), 1).iso();
  const std::string year_before = from.plusDays(-365).iso();
  Dataset d;

  // Two workers, this connection and a second one (SQLite's WAL and InnoDB
  // both let two readers run at once), take the kinds below one at a time,
  // largest first, so that both cores work.
  using Task = std::function<void(Database&)>;
  const std::vector<Task> tasks = {
      [&](Database& c) {
        load(c, "cases", {t, f, f}, d.cases, [](Row& r) {
          return Case{r.text(0), r.text(1), r.date(2), r.optDate(3), r.optDate(4)};
        });
        internal::IdFilter loaded_cases(d.cases.size());
        for (const Case& k : d.cases) loaded_cases.add(k.case_id);
        auto st = c.prepare(query("allocations"));
        Row r(*st, "allocations");
        while (st->step()) {
          if (!loaded_cases.mayContain(st->getTextView(1))) continue;
          d.allocations.push_back(Allocation{r.text(0), r.text(1), r.text(2), r.date(3), r.optDate(4)});
        }
      },
      [&](Database& c) {
        load(c, "supervision", {f, t}, d.supervision, [](Row& r) {
          return Supervision{r.text(0), r.text(1), r.optText(2), r.date(3), r.integer(4),
                             r.choice(5, parseSupervisionKind, "kind")};
        });
      },
      [&](Database& c) {
        load(c, "feedback", {f, t}, d.feedback, [](Row& r) {
          std::optional<bool> upheld;
          if (const auto u = r.optInt(4)) upheld = *u != 0;
          return Feedback{r.text(0), r.text(1), r.date(2), r.choice(3, parseFeedbackKind, "kind"), upheld,
                          r.optInt(5)};
        });
      },
      [&](Database& c) {
        load(c, "team_meetings", {f, t}, d.team_meetings,
             [](Row& r) { return TeamMeeting{r.text(0), r.text(1), r.date(2)}; });
        load(c, "care_packages", {f, t}, d.care_packages, [](Row& r) {
          return CarePackage{r.text(0), r.text(1), r.text(2), r.date(3), r.integer(4), r.real(5)};
        });
      },
      [&](Database& c) {
        load(c, "staff", {}, d.staff, [](Row& r) {
          return Staff{r.text(0), r.text(1), r.choice(2, parseRole, "role"), r.choice(3, parseEmployment, "employment"),
                       r.real(4), r.date(5), r.optDate(6),                   r.optDate(7)};
        });
        load(c, "absences", {f, t}, d.absences, [](Row& r) {
          return Absence{r.text(0), r.text(1), r.date(2), r.date(3), r.choice(4, parseAbsenceReason, "reason"),
                         r.optReal(5)};
        });
        load(c, "risk_assessments", {year_before, t}, d.risk_assessments, [](Row& r) {
          return RiskAssessment{r.text(0), r.text(1), r.date(2), r.choice(3, parseRiskAssessmentKind, "kind")};
        });
      },
      [&](Database& c) {
        load(c, "visit_months", {first_month, t}, d.visit_months, [](Row& r) {
          return VisitMonth{r.text(0),  r.date(1),    r.choice(2, parseVisitStatus, "status"), r.int64(3),
                            r.int64(4), r.int64(5), r.int64(6)};
        });
      },
      [&](Database& c) {
        load(c, "teams", {}, d.teams, readTeam);
        load(c, "establishment", {}, d.establishments,
             [](Row& r) { return Establishment{r.text(0), r.date(1), r.real(2)}; });
        load(c, "holidays", {}, d.holidays, [](Row& r) { return Holiday{r.date(0), r.textOrEmpty(1)}; });
        load(c, "transfers", {t, f}, d.transfers, [](Row& r) {
          return Transfer{r.text(0), r.text(1), r.text(2), r.text(3), r.date(4), r.optDate(5)};
        });
      },
  };
  const ScanCache scan_cache(db);
  std::atomic<size_t> next_task{0};
  std::atomic<bool> failed{false};
  auto work = [&](Database& c) {
    try {
      for (size_t k; !failed && (k = next_task.fetch_add(1)) < tasks.size();) tasks[k](c);
    } catch (...) {
      failed = true;  // the other worker stops at its next task
      throw;
    }
  };
  std::exception_ptr helper_error;
  std::thread helper([&] {
    try {
      auto other = db.openAnother();
      const ScanCache other_scan_cache(*other);
      work(*other);
    } catch (...) {
      helper_error = std::current_exception();
    }
  });
  // Should this worker throw, the helper is still joined.
  struct Join {
    std::thread& t;
    ~Join() {
      if (t.joinable()) t.join();
    }
  } join{helper};
  work(db);
  helper.join();
  if (helper_error) std::rethrow_exception(helper_error);
  return d;
}

}  // namespace hc::store
