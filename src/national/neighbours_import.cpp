#include "national/neighbours_import.h"

#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "ingest/import_run.h"
#include "ingest/text.h"
#include "ingest/values.h"

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

// The DfE's groups, one authority a row. The file is the complete set, so
// the stored groups are removed first (begin) and each valid row's group
// stored in their place, in the import's one transaction.
class NeighbourGroups : public ingest::RowImport {
 public:
  bool readHeader(const ingest::CsvRecord& header, const std::string& file,
                  ingest::DiagnosticList& diagnostics) override {
    file_ = file;
    layout_ = readLayout(header, file, diagnostics);
    return layout_.has_value();
  }

  void begin(store::Database& db, int64_t import_id) override {
    import_id_ = import_id;
    auto count = db.prepare("SELECT COUNT(DISTINCT old_la_code) FROM statistical_neighbours");
    while (count->step()) stored_before_ = count->getInt(0);
    db.prepare("DELETE FROM statistical_neighbours")->execute();
    insert_ = db.prepare(
        "INSERT INTO statistical_neighbours (old_la_code, la_name, neighbour_rank, neighbour_code, closeness, "
        "import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  bool store(ingest::CheckedRow& row, ingest::FileReport& report) override {
    const ingest::CsvRecord& record = row.record;
    std::vector<ingest::Diagnostic>& findings = row.findings;
    record_ = &record;
    findings_ = &findings;
    bool any_neighbour = false;
    for (int i : layout_->neighbour) any_neighbour = any_neighbour || !field(i).empty();
    if (field(layout_->code).empty() && !any_neighbour) {
      findings.push_back(ingest::Diagnostic{file_, record.line, "",
                                            "section heading " + ingest::quoted(field(layout_->name)) +
                                                " skipped; the rows after it are read as usual",
                                            false});
      return true;
    }
    ok_ = true;
    const std::string code(field(layout_->code)), name(field(layout_->name));
    if (!isLaCode(code)) error("LA num", ingest::quoted(code) + " is not a three-digit local authority code");
    if (name.empty()) error("LA Name", "required");
    if (name.size() > 255) error("LA Name", "longer than 255 characters");
    std::vector<std::pair<std::string_view, std::string_view>> neighbours;  // code, closeness; closest first
    for (int k = 0; k < kMaxNeighbours; ++k) {
      const std::string_view n = field(layout_->neighbour[k]);
      const std::string column = "SN" + std::to_string(k + 1);
      if (n.empty()) continue;  // fewer than ten neighbours
      if (!isLaCode(n)) {
        error(column, ingest::quoted(n) + " is not a three-digit local authority code");
      } else if (n == code) {
        error(column, "names the authority itself");
      } else {
        neighbours.emplace_back(n, field(layout_->closeness[k]));
      }
    }
    if (ok_ && neighbours.empty()) error("SN1", "the authority has no neighbours");
    if (isLaCode(code)) {  // a repeat is reported even when the first listing was invalid
      const auto [first, fresh] = line_of_.emplace(code, record.line);
      if (!fresh)
        error("LA num", "authority " + code + " is listed again (first on line " + std::to_string(first->second) + ")");
    }
    if (!ok_) return false;
    for (size_t r = 0; r < neighbours.size(); ++r) {
      insert_->bindText(0, code);
      insert_->bindText(1, name);
      insert_->bindInt(2, static_cast<int64_t>(r + 1));
      const auto& [neighbour, closeness] = neighbours[r];
      insert_->bindText(3, std::string(neighbour));
      if (closeness.empty()) insert_->bindNull(4); else insert_->bindText(4, std::string(closeness));
      insert_->bindInt(5, import_id_);
      insert_->bindInt(6, record.line);
      insert_->execute();
    }
    ++report.inserted;
    return true;
  }

  void end(ingest::FileReport& report) override { report.replaced = stored_before_; }

 private:
  std::string_view field(int i) const {
    return i < 0 || static_cast<size_t>(i) >= record_->fields.size() ? std::string_view()
                                                                      : ingest::trim(record_->fields[i]);
  }
  void error(const std::string& column, const std::string& reason) {
    findings_->push_back(ingest::Diagnostic{file_, record_->line, column, reason});
    ok_ = false;
  }

  std::string file_;
  std::optional<Layout> layout_;
  int64_t import_id_ = 0, stored_before_ = 0;
  std::unique_ptr<store::Statement> insert_;
  std::map<std::string, int64_t> line_of_;  // code -> first line
  const ingest::CsvRecord* record_ = nullptr;
  std::vector<ingest::Diagnostic>* findings_ = nullptr;
  bool ok_ = true;
};

}  // namespace

ingest::FileReport importNeighbours(store::Database& db, const std::string& path,
                                    const ingest::ImportOptions& options) {
  NeighbourGroups groups;
  return ingest::importCsvFile(db, groups, ingest::ImportRules{path, "dfe_neighbours", options});
}

}  // namespace hc::national
