#include "ingest/annex_a/annex_a_import.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>

#include "ingest/annex_a/allocation_history.h"
#include "ingest/annex_a/cell_values.h"
#include "ingest/annex_a/directory.h"
#include "ingest/annex_a/list_reader.h"
#include "ingest/file_kinds.h"
#include "ingest/import_log.h"
#include "ingest/rejects_file.h"
#include "ingest/row_writer.h"
#include "ingest/values.h"
#include "store/schema.h"

namespace hc::ingest::annex_a {
namespace {

// A child ready to store.
struct Planned {
  std::string child;
  ChildCase c;
  std::string team;  // as the workbook names it
  std::string staff_id;
  int64_t row = 0;
};

// A name the workbook uses that matches nothing stored, for one message.
struct Unknown {
  std::string name;  // as first written
  std::string first_cell;
  std::vector<std::string> children;
};

Value text(std::string_view s) {
  Value v;
  v.kind = s.empty() ? Value::Kind::kNull : Value::Kind::kText;
  v.chars = s;
  return v;
}

Value date(const std::optional<Date>& d, std::string& storage) {
  Value v;
  if (!d) return v;
  storage = d->iso();
  v.kind = Value::Kind::kDate;
  v.chars = storage;
  v.number = d->days();
  return v;
}

class AnnexAImport {
 public:
  AnnexAImport(store::Database& db, const std::string& path, const Options& options)
      : db_(db), path_(path), options_(options), diagnostics_(options.max_messages) {
    report_.file.path = path;
    report_.file.kind = "annex_a";
  }

  Report run() {
    store::migrate(db_);
    lists_ = readLists(path_, options_.extracted, diagnostics_);
    report_.file.rows_read = lists_.rows_read;
    if (!lists_.usable) return finish(FileOutcome::kRejected);
    Directory directory(db_, options_.extracted);
    plan(directory);
    reportUnknown(unknown_teams_, "Allocated Team", "team (by team_id or name)",
                  options_.create_teams_service.empty() ? "; import teams.csv first, or give --create-teams SERVICE"
                                                        : "");
    reportUnknown(unknown_workers_, "Allocated Worker", "staff member (by the name column of staff.csv)", "");
    report_.rejected_children = static_cast<int64_t>(lists_.invalid_children.size());
    for (const auto& [child, rows] : lists_.rows_of_child)
      if (lists_.invalid_children.count(child)) report_.file.rejected += static_cast<int64_t>(rows.size());
    report_.file.rejected += static_cast<int64_t>(lists_.invalid_orphans.size());
    if (!writeRejects()) return finish(FileOutcome::kRejected);
    if (report_.file.rejected > 0 && !options_.skip_invalid) return finish(FileOutcome::kRejected);
    try {
      store::Transaction transaction(db_);
      const int64_t import_id = beginImport(db_, path_, "annex_a", options_.extracted, options_.actor);
      store(directory, import_id);
      finishImport(db_, import_id,
                   {report_.file.rows_read, report_.file.inserted, report_.file.replaced, report_.file.rejected},
                   report_.file.rejected ? "stored_with_rejects" : "stored");
      if (!options_.check_only) transaction.commit();  // else rolled back: nothing stored
    } catch (const store::DatabaseError& e) {
      diagnostics_.add(Diagnostic{file(), 0, "", std::string("database error: ") + e.what() +
                                                     "; the workbook is not imported"});
      return finish(FileOutcome::kRejected);
    }
    return finish(report_.file.rejected ? FileOutcome::kStoredWithRejects : FileOutcome::kStored);
  }

 private:
  std::string file() const { return std::filesystem::path(path_).filename().string(); }

  void invalidate(const std::string& child, const std::string& reason) {
    if (lists_.invalid_children.insert(child).second) child_reason_[child] = reason;
  }

  void plan(const Directory& directory) {
    for (const auto& [child, indexes] : lists_.rows_of_child) {
      if (lists_.invalid_children.count(child)) continue;
      std::vector<Episode> rows;
      for (size_t i : indexes) rows.push_back(lists_.rows[i].episode);
      Planned p{child, summariseChild(rows, options_.extracted), "", "", 0};
      const Episode& basis = rows[static_cast<size_t>(p.c.basis)];
      p.team = basis.team;
      p.row = basis.row;
      if (p.team.empty()) {
        diagnostics_.add(Diagnostic{basis.team_cell, 0, "Allocated Team", "missing"});
        invalidate(child, basis.team_cell + ": Allocated Team: missing");
        continue;
      }
      if (!directory.teamId(p.team)) {
        Unknown& u = unknown_teams_[nameKey(p.team)];
        if (u.children.empty()) u = Unknown{p.team, basis.team_cell, {}};
        u.children.push_back(child);
      }
      if (!p.c.worker.empty()) {
        if (const auto staff = directory.staffId(p.c.worker)) {
          p.staff_id = *staff;
        } else {
          Unknown& u = unknown_workers_[nameKey(p.c.worker)];
          if (u.children.empty()) u = Unknown{p.c.worker, basis.worker_cell, {}};
          u.children.push_back(child);
        }
      }
      planned_.push_back(std::move(p));
    }
  }

  // One message per unknown name, with how many children it holds.
  void reportUnknown(std::map<std::string, Unknown>& unknown, const std::string& column, const std::string& noun,
                     const std::string& hint) {
    const bool create = column == "Allocated Team" && !options_.create_teams_service.empty();
    for (const auto& [key, u] : unknown) {
      if (create) continue;
      const std::string reason = ingest::quoted(u.name) + " is not a known " + noun + " (" +
                                 std::to_string(u.children.size()) + " child" +
                                 (u.children.size() == 1 ? "" : "ren") + ")" + hint;
      diagnostics_.add(Diagnostic{u.first_cell, 0, column, reason});
      for (const std::string& child : u.children) invalidate(child, u.first_cell + ": " + column + ": " + reason);
    }
  }

  bool writeRejects() {
    const std::string where = rejectsPathFor(options_.rejects_path, path_, options_.skip_invalid, 1);
    if (where.empty() || report_.file.rejected == 0) return true;
    RejectsFile rejects(where, kRejectsHeader, false);
    auto add = [&](const ListRow& row, const std::string& fallback) {
      return rejects.add(row.raw, row.reason.empty() ? fallback : row.reason);
    };
    bool ok = true;
    for (const std::string& child : lists_.invalid_children) {
      // A row without a problem of its own carries the child's first.
      std::string reason = child_reason_.count(child) ? child_reason_[child] : "";
      for (size_t i : lists_.rows_of_child[child])
        if (reason.empty()) reason = lists_.rows[i].reason;
      for (size_t i : lists_.rows_of_child[child]) ok = ok && add(lists_.rows[i], reason);
    }
    for (size_t i : lists_.invalid_orphans) ok = ok && add(lists_.rows[i], "invalid");
    ok = ok && rejects.close();
    if (!ok) {
      diagnostics_.add(Diagnostic{file(), 0, "", rejects.error() + "; the workbook is not imported"});
      return false;
    }
    report_.file.rejects_path = rejects.path();
    return true;
  }

  void store(Directory& directory, int64_t import_id) {
    if (!options_.create_teams_service.empty()) createTeams(directory, import_id);
    const auto cases = RowWriter::create(db_, *findFileKind("cases"), import_id);
    AllocationHistory history(db_, import_id, options_.extracted);
    std::string case_id, team_id, referral, assessed, closed;
    for (const Planned& p : planned_) {
      if (lists_.invalid_children.count(p.child)) continue;
      case_id = "annexa-" + p.child;
      team_id = *directory.teamId(p.team);
      const std::vector<Value> values = {text(case_id), text(team_id), date(p.c.referral_date, referral),
                                         date(p.c.assessment_completed_date, assessed),
                                         date(p.c.closed_date, closed)};
      int64_t earlier = 0;
      cases->write(values, p.row, earlier);
      ++report_.children;
    }
    cases->finish();  // allocations reference the cases
    for (const Planned& p : planned_) {
      if (!lists_.invalid_children.count(p.child))
        history.record("annexa-" + p.child, p.staff_id, p.c.allocated_from, p.row);
    }
    history.finish();
    report_.file.inserted = cases->inserted();
    report_.file.replaced = cases->replaced();
    report_.allocations_started = history.started();
    report_.allocations_ended = history.ended();
  }

  void createTeams(Directory& directory, int64_t import_id) {
    const auto teams = RowWriter::create(db_, *findFileKind("teams"), import_id);
    for (const auto& [key, u] : unknown_teams_) {
      const std::string& name = u.name;
      const std::string team_id = directory.newTeamId(name);
      Value locality;
      const std::vector<Value> values = {text(team_id), text(name), text(options_.create_teams_service), locality};
      int64_t earlier = 0;
      teams->write(values, 0, earlier);
      directory.addTeam(team_id, name);
      diagnostics_.add(Diagnostic{u.first_cell, 0, "Allocated Team",
                                  "created team " + team_id + " for " + ingest::quoted(name), false});
      ++report_.teams_created;
    }
    teams->finish();
  }

  Report finish(FileOutcome outcome) {
    report_.file.outcome = outcome;
    if (outcome == FileOutcome::kRejected) {
      report_.file.inserted = report_.file.replaced = report_.children = 0;
      report_.allocations_started = report_.allocations_ended = report_.teams_created = 0;
    }
    report_.file.warnings = diagnostics_.warnings();
    report_.file.messages = diagnostics_.kept();
    report_.file.messages_not_shown = diagnostics_.notKept();
    report_.file.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    return report_;
  }

  store::Database& db_;
  const std::string path_;
  const Options& options_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  DiagnosticList diagnostics_;
  Lists lists_;
  std::vector<Planned> planned_;
  std::map<std::string, Unknown> unknown_teams_, unknown_workers_;
  std::map<std::string, std::string> child_reason_;
  Report report_;
};

}  // namespace

Report importAnnexA(store::Database& db, const std::string& path, const Options& options) {
  return AnnexAImport(db, path, options).run();
}

}  // namespace hc::ingest::annex_a
