#include "national/indicators_import.h"

#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/header.h"
#include "ingest/import_run.h"
#include "ingest/text.h"
#include "ingest/values.h"
#include "national/joint_codes.h"
#include "national/published_measures.h"
#include "national/published_value.h"

namespace hc::national {
namespace {

// The file's identifying columns, before the measures.
enum Ident { kTimePeriod, kLevel, kCountryCode, kCountryName, kRegionCode, kRegionName, kOldLaCode,
             kNewLaCode, kLaName, kIdentCount };
const char* const kIdentNames[kIdentCount] = {"time_period", "geographic_level", "country_code", "country_name",
                                              "region_code", "region_name",      "old_la_code",  "new_la_code",
                                              "la_name"};

// The layout as an ingest::FileKind, so the importer's Header maps the
// header row (any order, any case; unknown columns are warnings). Values
// are read here, not by the contract's validator: they have their own rules.
const ingest::FileKind& indicatorsKind() {
  static const ingest::FileKind kind = [] {
    ingest::FileKind k;
    k.name = "dfe_indicators";
    k.noun = "indicator row";
    for (const char* n : kIdentNames) {
      ingest::Column c;
      c.name = n;
      c.required = true;
      k.columns.push_back(c);
    }
    ingest::Column time_identifier;  // always "Reporting year"; read, not needed
    time_identifier.name = "time_identifier";
    k.columns.push_back(time_identifier);
    for (const auto& m : measureColumns()) {
      ingest::Column c;
      c.name = m.name;
      c.type = ingest::ValueType::kDecimal;
      c.required = m.required;
      k.columns.push_back(c);
    }
    return k;
  }();
  return kind;
}
constexpr size_t kFirstMeasure = kIdentCount + 1;
constexpr size_t kMaxNameBytes = 255;  // the widths of the table's columns
constexpr size_t kMaxCodeBytes = 64;

// "E10000002"-style area codes: a capital letter and eight digits.
bool isAreaCode(std::string_view s) {
  if (s.size() != 9 || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  for (size_t i = 1; i < s.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}
bool isDigits(std::string_view s, size_t count) {
  if (s.size() != count) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// One valid row, ready to store.
struct Row {
  int year = 0;
  std::string level, area_code, area_name, region_code, region_name, old_la_code, new_la_code;
  std::vector<std::optional<double>> measures;  // measureColumns() order
};

// Reads one row's values by the file's own rules; the import skeleton has
// checked its shape (row_shape.h) already.
class RowReader {
 public:
  RowReader(const ingest::Header& header, const std::string& file) : header_(header), file_(file) {}

  // The row, or nullopt after adding to `findings` why it is invalid.
  std::optional<Row> read(const ingest::CsvRecord& record, std::vector<ingest::Diagnostic>& findings) {
    record_ = &record;
    findings_ = &findings;
    ok_ = true;
    Row row;
    const std::string_view period = field(kTimePeriod);
    if (!isDigits(period, 4))
      error(kIdentNames[kTimePeriod], ingest::quoted(period) + " is not a census year (expected YYYY, e.g. 2025)");
    else
      row.year = std::stoi(std::string(period));

    const std::string_view level = field(kLevel);
    Ident code = kCountryCode, name = kCountryName;
    if (ingest::equalsIgnoreCase(level, "National")) {
      row.level = "National";
    } else if (ingest::equalsIgnoreCase(level, "Regional")) {
      row.level = "Regional";
      code = kRegionCode;
      name = kRegionName;
    } else if (ingest::equalsIgnoreCase(level, "Local authority")) {
      row.level = "Local authority";
      code = kNewLaCode;
      name = kLaName;
      // Authorities sharing children's services are published jointly:
      // "314 / 318", "E09000021 / E09000027".
      const std::vector<std::string> old_codes = jointCodes(field(kOldLaCode));
      const std::vector<std::string> new_codes = jointCodes(field(kNewLaCode));
      bool codes_ok = true;
      for (const auto& c : old_codes) codes_ok = codes_ok && isDigits(c, 3);
      if (!codes_ok || old_codes.empty() || field(kOldLaCode).size() > kMaxCodeBytes)
        error(kIdentNames[kOldLaCode], ingest::quoted(field(kOldLaCode)) +
                                           " is not a three-digit local authority code (or codes joined by ' / ')");
      else if (!new_codes.empty() && old_codes.size() != new_codes.size())
        error(kIdentNames[kNewLaCode], "names " + std::to_string(new_codes.size()) + " authorities, old_la_code " +
                                           std::to_string(old_codes.size()));
    } else {
      error(kIdentNames[kLevel], ingest::quoted(level) + " is not National, Regional or Local authority");
    }
    if (!row.level.empty()) {
      bool code_ok = true;
      for (const auto& c : jointCodes(field(code))) code_ok = code_ok && isAreaCode(c);
      if (!code_ok || field(code).empty() || field(code).size() > kMaxCodeBytes)
        error(kIdentNames[code], ingest::quoted(field(code)) + " is not an area code (expected e.g. E10000002) for a " +
                                     row.level + " row");
      if (field(name).empty()) error(kIdentNames[name], "required for a " + row.level + " row");
    }
    for (Ident text : {kCountryName, kRegionName, kLaName}) {  // the columns hold 255 characters
      if (field(text).size() > kMaxNameBytes)
        error(kIdentNames[text], "longer than " + std::to_string(kMaxNameBytes) + " characters");
    }
    row.area_code = field(code);
    row.area_name = field(name);
    row.region_code = field(kRegionCode);
    row.region_name = field(kRegionName);
    row.old_la_code = field(kOldLaCode);
    row.new_la_code = field(kNewLaCode);

    const auto& columns = measureColumns();
    row.measures.resize(columns.size());
    for (size_t m = 0; m < columns.size(); ++m) {
      std::string reason;
      if (!readPublishedFigure(field(kFirstMeasure + m), row.measures[m], reason))
        error(std::string(columns[m].name), reason);
    }
    if (!ok_) return std::nullopt;
    return row;
  }

 private:
  std::string_view field(size_t column) const {
    const int f = header_.fieldOf(column);
    return f < 0 || static_cast<size_t>(f) >= record_->fields.size() ? std::string_view()
                                                                     : ingest::trim(record_->fields[f]);
  }
  void error(const std::string& column, const std::string& reason) {
    findings_->push_back(ingest::Diagnostic{file_, record_->line, column, reason, true});
    ok_ = false;
  }

  const ingest::Header& header_;
  const std::string& file_;
  const ingest::CsvRecord* record_ = nullptr;
  std::vector<ingest::Diagnostic>* findings_ = nullptr;
  bool ok_ = true;
};

// Writes the rows of one import: removes each year's stored rows the first
// time the file mentions the year, remembering their keys to tell
// replaced rows from new ones.
class RowWriter {
 public:
  RowWriter(store::Database& db, int64_t import_id) : db_(db), import_id_(import_id) {
    std::string columns = "time_period, geographic_level, area_code, area_name, region_code, region_name, "
                          "old_la_code, new_la_code";
    std::string marks = "?, ?, ?, ?, ?, ?, ?, ?";
    for (const auto& m : measureColumns()) {
      columns += ", " + std::string(m.name);  // fixed names from our own table, never from the file
      marks += ", ?";
    }
    insert_ = db.prepare("INSERT INTO national_indicators (" + columns + ", import_id, source_line) VALUES (" +
                         marks + ", ?, ?)");
    keys_ = db.prepare("SELECT geographic_level, area_code FROM national_indicators WHERE time_period = ?");
    remove_ = db.prepare("DELETE FROM national_indicators WHERE time_period = ?");
  }

  // True when the row replaced a stored one.
  bool write(const Row& row, int64_t line) {
    if (cleared_.insert(row.year).second) {
      keys_->bindInt(0, row.year);
      while (keys_->step()) old_keys_.emplace(row.year, keys_->getText(0), keys_->getText(1));
      remove_->bindInt(0, row.year);
      remove_->execute();
    }
    int i = 0;
    insert_->bindInt(i++, row.year);
    for (const std::string* s : {&row.level, &row.area_code, &row.area_name, &row.region_code, &row.region_name,
                                 &row.old_la_code, &row.new_la_code}) {
      if (s->empty()) insert_->bindNull(i++); else insert_->bindText(i++, *s);
    }
    for (const auto& m : row.measures) {
      if (m) insert_->bindDouble(i++, *m); else insert_->bindNull(i++);
    }
    insert_->bindInt(i++, import_id_);
    insert_->bindInt(i++, line);
    insert_->execute();
    return old_keys_.count({row.year, row.level, row.area_code}) > 0;
  }

 private:
  store::Database& db_;
  int64_t import_id_;
  std::unique_ptr<store::Statement> insert_, keys_, remove_;
  std::set<int> cleared_;
  std::set<std::tuple<int, std::string, std::string>> old_keys_;
};

// The indicators' rows: read by RowReader, a key given twice rejected,
// stored by RowWriter.
class IndicatorRows : public ingest::RowImport {
 public:
  bool readHeader(const ingest::CsvRecord& header, const std::string& file,
                  ingest::DiagnosticList& diagnostics) override {
    file_ = file;
    header_.emplace(indicatorsKind(), header, file, diagnostics);
    reader_.emplace(*header_, file_);
    return header_->usable();
  }

  void begin(store::Database& db, int64_t import_id) override { writer_.emplace(db, import_id); }

  bool store(ingest::CheckedRow& checked, ingest::FileReport& report) override {
    const ingest::CsvRecord& record = checked.record;
    std::vector<ingest::Diagnostic>& findings = checked.findings;
    const std::optional<Row> row = reader_->read(record, findings);
    if (!row) return false;
    const auto [first, fresh] = line_of_.emplace(std::make_tuple(row->year, row->level, row->area_code), record.line);
    if (!fresh) {
      findings.push_back(ingest::Diagnostic{file_, record.line, "",
                                            "repeats the row on line " + std::to_string(first->second) +
                                                " (same time_period, geographic_level and area code)"});
      return false;
    }
    if (writer_->write(*row, record.line)) ++report.replaced; else ++report.inserted;
    return true;
  }

 private:
  std::string file_;
  std::optional<ingest::Header> header_;
  std::optional<RowReader> reader_;
  std::optional<RowWriter> writer_;
  std::map<std::tuple<int, std::string, std::string>, int64_t> line_of_;  // key -> first line
};

}  // namespace

ingest::FileReport importIndicators(store::Database& db, const std::string& path,
                                    const ingest::ImportOptions& options) {
  IndicatorRows rows;
  return ingest::importCsvFile(db, rows, ingest::ImportRules{path, "dfe_indicators", options});
}

}  // namespace hc::national
