// The data contract (shared/spec/data-contract.md) as data: every file kind
// with its table, columns, types, ranges, enumerations, references, key and
// cross-column rules, in dependency order. One generic validator and writer
// work from this table, so a contract change is an edit here only.
//
// Thread-safety: the table is built once, immutable, and safe to share.
#ifndef HC_INGEST_FILE_KINDS_H_
#define HC_INGEST_FILE_KINDS_H_

#include <optional>
#include <string_view>
#include <vector>

namespace hc::ingest {

enum class ValueType { kId, kText, kDate, kDateTime, kDecimal, kInteger, kBool, kEnum };

struct Column {
  std::string_view name;
  ValueType type = ValueType::kText;
  bool required = false;
  std::optional<double> min, max;  // kDecimal, kInteger: inclusive bounds...
  bool min_exclusive = false;      // ...except a minimum marked exclusive (fte > 0)
  std::vector<std::string_view> values;  // kEnum: the contract's spellings
  std::string_view default_value;        // stored when the field is empty
  std::string_view references;           // kId: the kind whose key it names ("teams")
  // kDate, kDateTime: a start or event date, the day something began or
  // happened (not an end date, nor a holiday): after the import's extract
  // date it is a warning (data-contract.md "Extract dates").
  bool happened = false;
};

// A rule between two columns of one row, checked once both are valid.
struct Rule {
  enum class Kind {
    kNotBefore,     // error: date `column` is before date `other`
    kRequiredWhen,  // error: `column` empty while `other` is `value`
    kOnlyWhen,      // warning: `column` given while `other` is not `value`; not stored
    kDiffersFrom,   // warning: `column` equals `other`
  };
  Kind kind;
  std::string_view column;  // the column a finding names
  std::string_view other;
  std::string_view value = {};
};

struct FileKind {
  std::string_view name;  // the file's stem and the table's name: "visits"
  std::string_view noun;  // what one key names, for "'S9' is not a known staff member"
  std::vector<Column> columns;  // the key's columns first
  size_t key_columns = 1;
  std::vector<Rule> rules;

  // Index into columns; -1 when absent. Exact (contract) spelling.
  int columnIndex(std::string_view column) const;
};

// Every kind, in an order where each comes after the kinds it references.
const std::vector<FileKind>& fileKinds();

// The kind named `name` (any case), e.g. "Visits"; nullptr when none is.
const FileKind* findFileKind(std::string_view name);

// Position of a kind in fileKinds(), for sorting files into load order.
size_t loadOrder(const FileKind& kind);

}  // namespace hc::ingest

#endif  // HC_INGEST_FILE_KINDS_H_
