#include "national/neighbours_import.h"

#include <cctype>
#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"
#include "ingest/import_log.h"
#include "ingest/text.h"
#include "ingest/values.h"
#include "national/import_report.h"
#include "store/schema.h"

namespace hc::national {
namespace {

constexpr int kMaxNeighbours = 10;

bool isLaCode(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Where each value is in a row, from the header.
struct Layout {
  int code = -1, name = -1;
  std::vector<int> neighbour, closeness;  // per rank 1..10 (index 0..9); -1: absent
};

std::optional<Layout> readLayout(const ingest::CsvRecord& header, const std::string& file,
                                 ingest::DiagnosticList& diagnostics) {
  Layout layout;
  layout.neighbour.assign(kMaxNeighbours, -1);
  layout.closeness.assign(kMaxNeighbours, -1);
  for (size_t f = 0; f < header.fields.size(); ++f) {
    const std::string_view name = ingest::trim(header.fields[f]);
    const int i = static_cast<int>(f);
    if (ingest::equalsIgnoreCase(name, "LA num") || ingest::equalsIgnoreCase(name, "LA number")) {
      if (layout.code < 0) layout.code = i;  // the DfE gives the code twice; the first one counts
    } else if (ingest::equalsIgnoreCase(name, "LA Name")) {
      layout.name = i;
    }
    for (int k = 1; k <= kMaxNeighbours; ++k) {
      if (!ingest::equalsIgnoreCase(name, "SN" + std::to_string(k))) continue;
      layout.neighbour[k - 1] = i;
      if (f + 1 < header.fields.size() && ingest::equalsIgnoreCase(ingest::trim(header.fields[f + 1]), "SNP"))
        layout.closeness[k - 1] = i + 1;
    }
  }
  bool usable = true;
  auto missing = [&](const char* column) {
    diagnostics.add({file, header.line, column, "required column is missing; the file is not imported"});
    usable = false;
  };
  if (layout.code < 0) missing("LA num");
  if (layout.name < 0) missing("LA Name");
  if (layout.neighbour[0] < 0) missing("SN1");
  if (!usable) return std::nullopt;
  return layout;
}

struct Group {
  std::string code, name;
  std::vector<std::pair<std::string, std::string>> neighbours;  // code, closeness; closest first
};

}  // namespace

ingest::FileReport importNeighbours(store::Database& db, const std::string& path, size_t max_messages) {
  const auto started = std::chrono::steady_clock::now();
  store::migrate(db);
  ingest::FileReport report = startReport(path, "dfe_neighbours");
  const std::string file = baseName(path);
  ingest::DiagnosticList diagnostics(max_messages);
  auto finish = [&]() -> ingest::FileReport {
    finishReport(report, diagnostics);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
  };

  ingest::CsvReader reader(path);
  ingest::CsvRecord record;
  if (!reader.error().empty() || !reader.next(record)) {
    diagnostics.add({file, reader.errorLine(), "", reader.error().empty() ? "the file is empty" : reader.error()});
    return finish();
  }
  const std::optional<Layout> layout = readLayout(record, file, diagnostics);
  if (!layout) return finish();

  // The groups are few (about 150): read and check them all, then replace
  // the stored set in one go.
  std::vector<std::pair<Group, int64_t>> groups;
  std::map<std::string, int64_t> line_of;
  while (reader.next(record)) {
    auto field = [&](int i) {
      return i < 0 || static_cast<size_t>(i) >= record.fields.size() ? std::string_view()
                                                                     : ingest::trim(record.fields[i]);
    };
    bool ok = true;
    auto error = [&](const std::string& column, const std::string& reason) {
      diagnostics.add({file, record.line, column, reason});
      ok = false;
    };
    bool any_neighbour = false;
    for (int i : layout->neighbour) any_neighbour = any_neighbour || !field(i).empty();
    if (field(layout->code).empty() && !any_neighbour) {
      diagnostics.add({file, record.line, "", "section heading " + ingest::quoted(field(layout->name)) +
                                                  " skipped; the rows after it are read as usual", false});
      continue;
    }
    ++report.rows_read;
    if (record.problem != ingest::CsvRecord::Problem::kNone) error("", "malformed quoting");
    Group group;
    group.code = field(layout->code);
    group.name = field(layout->name);
    if (!isLaCode(group.code)) error("LA num", ingest::quoted(group.code) + " is not a three-digit local authority code");
    if (group.name.empty()) error("LA Name", "required");
    if (group.name.size() > 255) error("LA Name", "longer than 255 characters");
    for (int k = 0; k < kMaxNeighbours; ++k) {
      const std::string_view n = field(layout->neighbour[k]);
      const std::string column = "SN" + std::to_string(k + 1);
      if (n.empty()) continue;  // fewer than ten neighbours
      if (!isLaCode(n)) {
        error(column, ingest::quoted(n) + " is not a three-digit local authority code");
      } else if (n == group.code) {
        error(column, "names the authority itself");
      } else {
        group.neighbours.emplace_back(std::string(n), std::string(field(layout->closeness[k])));
      }
    }
    if (ok && group.neighbours.empty()) error("SN1", "the authority has no neighbours");
    if (isLaCode(group.code)) {  // a repeat is reported even when the first listing was invalid
      const auto [it, fresh] = line_of.emplace(group.code, record.line);
      if (!fresh) error("LA num", "authority " + group.code + " is listed again (first on line " +
                                      std::to_string(it->second) + ")");
    }
    if (!ok) {
      ++report.rejected;
      continue;
    }
    groups.emplace_back(std::move(group), record.line);
  }
  if (!reader.error().empty()) diagnostics.add({file, reader.errorLine(), "", reader.error()});
  if (report.rejected > 0 || !reader.error().empty()) return finish();

  store::Transaction tx(db);
  const int64_t import_id = ingest::beginImport(db, path, "dfe_neighbours");
  auto count = db.prepare("SELECT COUNT(DISTINCT old_la_code) FROM statistical_neighbours");
  while (count->step()) report.replaced = count->getInt(0);
  db.prepare("DELETE FROM statistical_neighbours")->execute();
  auto insert = db.prepare(
      "INSERT INTO statistical_neighbours (old_la_code, la_name, neighbour_rank, neighbour_code, closeness, "
      "import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const auto& [group, line] : groups) {
    for (size_t r = 0; r < group.neighbours.size(); ++r) {
      insert->bindText(0, group.code);
      insert->bindText(1, group.name);
      insert->bindInt(2, static_cast<int64_t>(r + 1));
      insert->bindText(3, group.neighbours[r].first);
      if (group.neighbours[r].second.empty()) insert->bindNull(4); else insert->bindText(4, group.neighbours[r].second);
      insert->bindInt(5, import_id);
      insert->bindInt(6, line);
      insert->execute();
    }
    ++report.inserted;
  }
  ingest::finishImport(db, import_id, {report.rows_read, report.inserted, report.replaced, 0}, "stored");
  tx.commit();
  report.outcome = ingest::FileOutcome::kStored;
  return finish();
}

}  // namespace hc::national
