// RowValidator: checks one data record of a file against its kind, as the
// contract says: each column's type, range, enumeration and reference, and
// the rules between columns. Valid rows leave their values ready to store
// in values(). The record's shape (quoting, UTF-8, field count) is the
// import skeleton's to check first (row_shape.h).
//
// Findings are values (Diagnostics), not exceptions: bad data is expected.
//
// Thread-safety: one thread; uses the Database for reference lookups.
#ifndef HC_INGEST_ROW_VALIDATOR_H_
#define HC_INGEST_ROW_VALIDATOR_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"
#include "ingest/file_kinds.h"
#include "ingest/header.h"
#include "ingest/known_keys.h"
#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

class RowValidator {
 public:
  // `extracted`: the import's extract date; a start or event date after
  // it (Column::happened) is a warning.
  // `checked`: a check-only import's keys of earlier files (checked_keys.h).
  RowValidator(store::Database& db, const FileKind& kind, const Header& header, std::string file,
               std::optional<Date> extracted = std::nullopt, const CheckedKeys* checked = nullptr);

  // Checks `record` (whose shape RowShape accepted), replacing `findings`
  // with what it finds, warnings included. True when the row may be
  // stored: no finding is an error.
  bool check(const CsvRecord& record, std::vector<Diagnostic>& findings);

  // The row's values, one per kind column, after a successful check().
  const std::vector<Value>& values() const { return values_; }

 private:
  struct ColumnCheck {
    int field = -1;                // -1: the file has no such column
    std::string_view references;   // noun of the referenced kind
    KnownKeys* known = nullptr;
  };
  struct BoundRule {
    Rule rule;
    size_t column, other;
  };

  void checkRules(std::vector<Diagnostic>& findings);
  void checkAgainstExtract(const Column& col, const Value& value, std::vector<Diagnostic>& findings);
  void add(std::vector<Diagnostic>& findings, std::string_view column, std::string reason, bool is_error = true);

  const FileKind& kind_;
  std::string file_;
  std::optional<Date> extracted_;
  int64_t line_ = 0;
  std::vector<ColumnCheck> columns_;
  std::vector<BoundRule> rules_;
  std::vector<std::unique_ptr<KnownKeys>> known_;  // one per referenced kind
  std::vector<Value> values_;
  std::vector<bool> valid_;  // per column: parsed (or empty) without error
  std::string reason_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_VALIDATOR_H_
