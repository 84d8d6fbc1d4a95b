#include "ingest/annex_a/list_reader.h"

#include <cctype>
#include <filesystem>

#include "ingest/annex_a/cell_values.h"
#include "ingest/text.h"
#include "ingest/values.h"
#include "xlsx/workbook.h"

namespace hc::ingest::annex_a {
namespace {

// The columns read from each list, as headerKey() spells them.
struct ListColumns {
  int list;
  const char* start;
  const char* start_name;
  const char* end;  // list 3: the NFA answer
  const char* end_name;
};
constexpr ListColumns kLists[] = {
    {3, "date of referral", "Date of Referral", "referral nfa", "Referral NFA?"},
    {4, "continuous assessment start date", "Continuous Assessment Start Date",
     "continuous assessment date of authorisation", "Continuous Assessment Date of Authorisation"},
    {6, "cin start date", "CIN Start Date", "cin closure date", "CIN Closure Date"},
    {7, "child protection plan start date", "Child Protection Plan Start Date", "child protection plan end date",
     "Child Protection Plan End Date"},
    {8, "date started to be looked after", "Date Started to be Looked After", "date ceased to be looked after",
     "Date Ceased to be Looked After"},
};
constexpr size_t kHeaderSearchRows = 10;

bool isIdentifier(const std::string& s) {
  // "annexa-" + id + "-YYYYMMDD" (an allocation) fits the contract's 64.
  if (s.empty() || s.size() > 48) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

class ListSheet {
 public:
  ListSheet(const ListColumns& spec, xlsx::SheetReader& sheet, Date extracted, DiagnosticList& out, Lists& lists)
      : spec_(spec), sheet_(sheet), extracted_(extracted), out_(out), lists_(lists) {}

  void read() {
    xlsx::Row row;
    size_t searched = 0;
    while (!found_header_ && searched++ < kHeaderSearchRows && sheet_.next(row)) findHeader(row);
    if (!found_header_) {
      fatal(sheet_.error().empty() ? "no header row: none of the first 10 rows holds a cell reading "
                                     "\"Child Unique ID\""
                                   : sheet_.error());
      return;
    }
    if (!lists_.usable) return;
    while (sheet_.next(row)) readRow(row);
    if (!sheet_.error().empty()) fatal(sheet_.error());
  }

 private:
  enum Field { kChild, kStart, kEnd, kTeam, kWorker, kFields };

  void fatal(const std::string& why) {
    out_.add(Diagnostic{sheet_.sheetName(), 0, "", why + "; the workbook is not imported"});
    lists_.usable = false;
  }

  void findHeader(const xlsx::Row& row) {
    const char* keys[kFields] = {"child unique id", spec_.start, spec_.end, "allocated team", "allocated worker"};
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (headerKey(xlsx::displayText(row.at(c))) == keys[kChild]) found_header_ = true;
    }
    if (!found_header_) return;
    for (int f = 0; f < kFields; ++f) field_[f] = -1;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const std::string key = headerKey(xlsx::displayText(row.at(c)));
      for (int f = 0; f < kFields; ++f)
        if (key == keys[f] && field_[f] < 0) field_[f] = static_cast<int>(c);
    }
    const char* names[kFields] = {"Child Unique ID", spec_.start_name, spec_.end_name, "Allocated Team",
                                  "Allocated Worker"};
    for (int f = 0; f < kFields; ++f) {
      names_[f] = names[f];
      if (field_[f] < 0) {
        out_.add(Diagnostic{sheet_.sheetName() + "!" + std::to_string(row.number), 0, names[f],
                            "the header row has no such column; the workbook is not imported"});
        lists_.usable = false;
      }
    }
  }

  std::string at(int f, int64_t row) const { return xlsx::cellReference(sheet_.sheetName(), field_[f], row); }

  void error(int f, int64_t row, const std::string& reason) {
    out_.add(Diagnostic{at(f, row), 0, names_[f], reason});
    if (row_ok_) reason_ = at(f, row) + ": " + names_[f] + ": " + reason;
    row_ok_ = false;
  }

  // The cell's value when it is not missing; a formula without a cached
  // value counts as missing, with a warning.
  const xlsx::Cell* present(const xlsx::Row& row, int f) {
    const xlsx::Cell& cell = row.at(static_cast<size_t>(field_[f]));
    if (cell.formula_without_value)
      out_.add(Diagnostic{at(f, row.number), 0, names_[f],
                          "a formula with no saved result (open and save the workbook in Excel); read as missing",
                          false});
    return isMissing(cell) ? nullptr : &cell;
  }

  std::optional<Date> date(const xlsx::Row& row, int f) {
    const xlsx::Cell* cell = present(row, f);
    if (!cell) return std::nullopt;
    const auto d = dateOf(*cell);
    if (!d) {
      error(f, row.number, ingest::quoted(xlsx::displayText(*cell)) +
                               " is not a date (a date cell, or text as dd/mm/yyyy or yyyy-mm-dd)");
    } else if (*d > extracted_) {
      error(f, row.number, d->iso() + " is after the extract date " + extracted_.iso());
    }
    return d;
  }

  void readRow(const xlsx::Row& row) {
    bool blank = true;
    for (const xlsx::Cell& c : row.cells) blank = blank && isMissing(c) && !c.formula_without_value;
    if (blank) return;
    ++lists_.rows_read;
    row_ok_ = true;
    ListRow out;
    Episode& e = out.episode;
    e.list = spec_.list;
    e.row = row.number;
    e.team_cell = at(kTeam, row.number);
    e.worker_cell = at(kWorker, row.number);
    if (const xlsx::Cell* id = present(row, kChild)) {
      out.child = foldSpaces(xlsx::displayText(*id));
      if (!isIdentifier(out.child)) {
        error(kChild, row.number, ingest::quoted(out.child) + " is not an identifier (up to 48 letters, digits, . _ -)");
      }
    } else {
      error(kChild, row.number, "missing");
    }
    const std::optional<Date> start = date(row, kStart);
    if (start) e.start = *start;
    else if (row_ok_) error(kStart, row.number, "missing");
    if (spec_.list == 3) {
      if (const xlsx::Cell* nfa = present(row, kEnd)) {
        const auto yes = codedAnswer(xlsx::displayText(*nfa));
        if (!yes) error(kEnd, row.number, ingest::quoted(xlsx::displayText(*nfa)) + " is not a yes or no answer");
        else if (*yes && start) e.end = start;
      }
    } else {
      e.end = date(row, kEnd);
      if (e.end && start && *e.end < *start)
        error(kEnd, row.number, e.end->iso() + " is before " + names_[kStart] + " " + start->iso());
    }
    if (const xlsx::Cell* team = present(row, kTeam)) e.team = foldSpaces(xlsx::displayText(*team));
    if (const xlsx::Cell* worker = present(row, kWorker)) e.worker = foldSpaces(xlsx::displayText(*worker));

    out.raw = sheet_.sheetName();
    out.raw += ',';
    appendCsvField(out.raw, std::to_string(row.number));
    for (int f : {kChild, kStart, kEnd, kTeam, kWorker}) {
      out.raw += ',';
      appendCsvField(out.raw, xlsx::displayText(row.at(static_cast<size_t>(field_[f]))));
    }
    if (!row_ok_) out.reason = reason_;
    const size_t index = lists_.rows.size();
    if (!out.child.empty()) {
      lists_.rows_of_child[out.child].push_back(index);
      if (!row_ok_) lists_.invalid_children.insert(out.child);
    } else {
      lists_.invalid_orphans.push_back(index);
    }
    lists_.rows.push_back(std::move(out));
  }

  const ListColumns& spec_;
  xlsx::SheetReader& sheet_;
  Date extracted_;
  DiagnosticList& out_;
  Lists& lists_;
  bool found_header_ = false;
  bool row_ok_ = true;
  std::string reason_;
  int field_[kFields] = {-1, -1, -1, -1, -1};
  std::string names_[kFields];
};

}  // namespace

int listNumber(const std::string& sheet_name) {
  const std::string key = headerKey(sheet_name);
  if (key.compare(0, 4, "list") != 0) return 0;
  size_t i = 4;
  while (i < key.size() && key[i] == ' ') ++i;
  int n = 0;
  size_t digits = 0;
  while (i < key.size() && std::isdigit(static_cast<unsigned char>(key[i])) && digits < 3) {
    n = n * 10 + (key[i++] - '0');
    ++digits;
  }
  if (digits == 0 || (i < key.size() && key[i] != ' ')) return 0;
  return n;
}

Lists readLists(const std::string& path, Date extracted, DiagnosticList& out) {
  Lists lists;
  xlsx::Workbook book(path);
  const std::string file = std::filesystem::path(path).filename().string();
  if (!book.error().empty()) {
    out.add(Diagnostic{file, 0, "", book.error() + "; the workbook is not imported"});
    lists.usable = false;
    return lists;
  }
  bool seen[9] = {};
  for (size_t s = 0; s < book.sheetNames().size() && lists.usable; ++s) {
    const std::string& name = book.sheetNames()[s];
    const int n = listNumber(name);
    const ListColumns* spec = nullptr;
    for (const ListColumns& l : kLists)
      if (l.list == n) spec = &l;
    if (!spec || seen[n]) {
      out.add(Diagnostic{name, 0, "",
                         spec ? "a second sheet for list " + std::to_string(n) + "; ignored"
                              : "not one of the lists the health check reads (3, 4, 6, 7, 8); ignored",
                         false});
      continue;
    }
    seen[n] = true;
    auto sheet = book.openSheet(s);
    ListSheet(*spec, *sheet, extracted, out, lists).read();
  }
  if (lists.usable && lists.rows.empty()) {
    out.add(Diagnostic{file, 0, "", "no rows in lists 3, 4, 6, 7 or 8; nothing to import"});
    lists.usable = false;
  }
  return lists;
}

}  // namespace hc::ingest::annex_a
