// CheckedRows: the RowImport of rows checked against a FileKind: the
// header mapped by Header, every row checked by RowValidator (types,
// ranges, rules, references), then stored by the subclass. The contract's
// files (file_import.cpp) and survey responses (surveys/survey_import.cpp)
// are two of these; an import of another kind's rows only says where they go.
//
// Thread-safety: check() on the checking thread, the rest on the database's
// (import_run.h).
#ifndef HC_INGEST_CHECKED_ROWS_H_
#define HC_INGEST_CHECKED_ROWS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "ingest/file_kinds.h"
#include "ingest/header.h"
#include "ingest/import_run.h"
#include "ingest/row_validator.h"

namespace hc::ingest {

class CheckedRows : public RowImport {
 public:
  // `kind` outlives the import. `extracted`: the import's extract date,
  // against which RowValidator checks start and event dates.
  // `checked`: in a check-only import, where the keys of the rows stored
  // go for the later files' reference checks (checked_keys.h); else null.
  explicit CheckedRows(const FileKind& kind, std::optional<Date> extracted = std::nullopt,
                       CheckedKeys* checked = nullptr)
      : kind_(kind), extracted_(extracted), checked_(checked) {}

  bool readHeader(const CsvRecord& header, const std::string& file, DiagnosticList& diagnostics) override;
  // Opens the checks' own connection, for reference lookups.
  void beginChecks(store::Database& db) override;
  void begin(store::Database& db, int64_t import_id) override;
  bool check(CheckedRow& row) override;
  bool store(CheckedRow& row, FileReport& report) override;

 protected:
  // Prepares the subclass's writing, inside the transaction.
  virtual void prepare(store::Database& db, int64_t import_id) = 0;
  // Stores a valid row (one value per kind column, from `line`); false
  // rejects it after all, with the reason added to `findings`.
  virtual bool storeValues(const std::vector<Value>& values, int64_t line, std::vector<Diagnostic>& findings,
                           FileReport& report) = 0;

  const FileKind& kind() const { return kind_; }
  const std::string& file() const { return file_; }
  CheckedKeys* checkedKeys() const { return checked_; }

 private:
  const FileKind& kind_;
  std::optional<Date> extracted_;
  CheckedKeys* checked_;
  std::string file_;
  std::optional<Header> header_;
  std::unique_ptr<store::Database> lookups_;
  std::unique_ptr<RowValidator> validator_;  // before lookups_ goes: its statements are lookups_'s
};

}  // namespace hc::ingest

#endif  // HC_INGEST_CHECKED_ROWS_H_
