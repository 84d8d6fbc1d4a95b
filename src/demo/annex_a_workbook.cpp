#include "demo/annex_a_workbook.h"

#include <xlsxwriter.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

namespace hc::demo {
namespace {

using Table = std::vector<std::map<std::string, std::string>>;

// One line of the demo's own files: quoted fields (team names hold
// commas) without line breaks.
std::vector<std::string> splitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

// The demo's own files, header first.
Table readCsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  Table rows;
  std::string line;
  std::vector<std::string> header;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::vector<std::string> fields = splitCsvLine(line);
    if (header.empty()) {
      header = fields;
      continue;
    }
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size(); ++i) row[header[i]] = i < fields.size() ? fields[i] : "";
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<Date> dateIn(const std::string& text) { return Date::parse(text); }

lxw_datetime excelDate(Date d) {
  return lxw_datetime{d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()), 0, 0, 0};
}

class Sheet {
 public:
  Sheet(lxw_workbook* book, const char* name, lxw_format* date) : sheet_(workbook_add_worksheet(book, name)), date_(date) {}
  void text(const std::string& s) { worksheet_write_string(sheet_, row_, col_++, s.c_str(), nullptr); }
  void date(std::optional<Date> d) {
    if (d) {
      lxw_datetime when = excelDate(*d);
      worksheet_write_datetime(sheet_, row_, col_, &when, date_);
    }
    ++col_;
  }
  void blank() { ++col_; }
  void formulaNA() { worksheet_write_formula_str(sheet_, row_, col_++, "=NA()", nullptr, "#N/A"); }
  void next() {
    ++row_;
    col_ = 0;
  }

 private:
  lxw_worksheet* sheet_;
  lxw_format* date_;
  lxw_row_t row_ = 0;
  lxw_col_t col_ = 0;
};

const char* const kFirst[] = {"Sam", "Priya", "Alex", "Jordan", "Ayesha", "Tom", "Grace", "Mohammed", "Ella", "Ravi"};
const char* const kLast[] = {"Jones", "Patel", "Brown", "Taylor", "Khan", "Smith", "Walsh", "Okafor", "Hughes", "Lee"};

}  // namespace

std::string staffName(const std::string& staff_id) {
  uint64_t h = 1469598103934665603ull;
  for (char c : staff_id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  // The id in the name keeps names unique however many staff there are.
  return std::string(kFirst[h % 10]) + " " + kLast[(h / 10) % 10] + " " + staff_id;
}

void addStaffNames(const std::string& dir) {
  const std::string path = dir + "/staff.csv";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::string line, out;
  bool header = true;
  while (std::getline(in, line)) {
    if (header && line.find(",name") != std::string::npos) return;  // named already
    out += line + "," + (header ? std::string("name") : staffName(line.substr(0, line.find(',')))) + "\n";
    header = false;
  }
  in.close();
  std::ofstream(path, std::ios::trunc) << out;
}

int64_t writeAnnexA(const std::string& dir, Date extracted, const std::string& xlsx_path) {
  std::map<std::string, std::string> team_name;  // children's teams only
  for (const auto& t : readCsv(dir + "/teams.csv"))
    if (t.at("service") == "children") team_name[t.at("team_id")] = t.at("name");
  std::map<std::string, std::pair<Date, std::optional<Date>>> in_post;
  for (const auto& s : readCsv(dir + "/staff.csv"))
    in_post[s.at("staff_id")] = {*dateIn(s.at("start_date")), dateIn(s.at("end_date"))};
  // The worker holding each case on the extract date, if in post then.
  std::map<std::string, std::string> worker_of;
  for (const auto& a : readCsv(dir + "/allocations.csv")) {
    const Date start = *dateIn(a.at("start_date"));
    const auto end = dateIn(a.at("end_date"));
    const auto post = in_post.find(a.at("staff_id"));
    if (start <= extracted && (!end || extracted < *end) && post != in_post.end() &&
        post->second.first <= extracted && (!post->second.second || extracted <= *post->second.second))
      worker_of[a.at("case_id")] = a.at("staff_id");
  }

  lxw_workbook* book = workbook_new(xlsx_path.c_str());
  if (!book) throw std::runtime_error("cannot write " + xlsx_path);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd/mm/yyyy");
  Sheet list3(book, "List 3 - Referrals", date), list4(book, "List 4", date), list6(book, "List 6", date);
  // A title row above list 3's header; header variants in its header.
  list3.text("Annex A List 3: referrals, extracted " + extracted.iso());
  list3.next();
  for (const char* h : {"Child Unique ID", "Date of referral ", "Referral NFA ?", "Allocated Team", "Allocated Worker"})
    list3.text(h);
  list3.next();
  for (const char* h : {"Child Unique ID", "Continuous Assessment Start Date",
                        "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker"})
    list4.text(h);
  list4.next();
  for (const char* h : {"Child Unique ID", "CIN Start Date", "CIN Closure Date", "Allocated Team", "Allocated Worker"})
    list6.text(h);
  list6.next();

  int64_t children = 0;
  for (const auto& c : readCsv(dir + "/cases.csv")) {
    const auto team = team_name.find(c.at("team_id"));
    const Date referral = *dateIn(c.at("referral_date"));
    if (team == team_name.end() || referral > extracted) continue;
    const auto assessed = dateIn(c.at("assessment_completed_date"));
    auto closed = dateIn(c.at("closed_date"));
    if (closed && *closed > extracted) closed.reset();  // not yet closed on the extract date
    const std::string child = c.at("case_id");
    const auto worker = worker_of.find(child);
    std::string name = worker == worker_of.end() ? "Unallocated" : staffName(worker->second);
    ++children;
    // The quirks: the first child's worker written with a non-breaking
    // space, the second's referral as text, the third's list 3 worker #N/A.
    if (children == 1 && name != "Unallocated") name.replace(name.find(' '), 1, "\xC2\xA0");
    list3.text(child);
    if (children == 2) list3.text(referral.iso().substr(8, 2) + "/" + referral.iso().substr(5, 2) + "/" +
                                  referral.iso().substr(0, 4));
    else list3.date(referral);
    list3.text("b) No");
    list3.text(team->second);
    if (children == 3) list3.formulaNA();
    else list3.text(name);
    list3.next();
    if (assessed) {
      list4.text(child);
      list4.date(referral);
      list4.date(assessed);
      list4.text(team->second);
      list4.text(name);
      list4.next();
    }
    list6.text(child);
    list6.date(assessed && (!closed || *assessed <= *closed) ? *assessed : referral);
    list6.date(closed);
    list6.text(team->second);
    list6.text(name);
    list6.next();
  }
  if (workbook_close(book) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + xlsx_path);
  return children;
}

}  // namespace hc::demo
