// What the workbook's sheets share: formats, checked writes, words.
#include <stdexcept>

#include "reports/clean_text.h"
#include "reports/figure_text.h"
#include "reports/status_style.h"
#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {

constexpr size_t kMaxCellText = 32767;  // Excel: characters in a cell

Formats addFormats(lxw_workbook* wb) {
  Formats f;
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.note = workbook_add_format(wb);
  format_set_italic(f.note);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xF3F2F1);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.text = workbook_add_format(wb);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.count = workbook_add_format(wb);
  format_set_num_format(f.count, "#,##0");
  f.decimal = workbook_add_format(wb);
  format_set_num_format(f.decimal, "#,##0.0");
  f.change_count = workbook_add_format(wb);
  format_set_num_format(f.change_count, "+#,##0;-#,##0;0");
  f.change_decimal = workbook_add_format(wb);
  format_set_num_format(f.change_decimal, "+#,##0.0;-#,##0.0;0.0");
  f.year = workbook_add_format(wb);
  format_set_num_format(f.year, "0");
  for (metrics::Status s : {metrics::Status::kRed, metrics::Status::kAmber, metrics::Status::kGreen}) {
    lxw_format* r = workbook_add_format(wb);
    const StatusColours colours = statusColours(s);
    format_set_bg_color(r, colours.background);
    format_set_font_color(r, colours.text);
    f.rating[int(s)] = r;
  }
  return f;
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + what + ": " + lxw_strerror(error));
}

void writeText(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
  if (text.empty()) return;
  std::string clean = cleanText(text);
  // Excel's limit is 32,767 characters a cell; one absurd team name should
  // cost its tail, not the whole workbook. Cut on a UTF-8 boundary.
  if (clean.size() > kMaxCellText) {
    size_t cut = kMaxCellText;
    while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xC0) == 0x80) --cut;
    clean.resize(cut);
  }
  // Never worksheet_write_formula: a string cell is inert whatever it says.
  check(worksheet_write_string(ws, row, col, clean.c_str(), format), "writing text");
}

void writeNumber(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format* format) {
  if (!value) return;  // an empty cell, not 0 and not "n/a": absent is absent
  check(worksheet_write_number(ws, row, col, *value, format), "writing a number");
}

void addRatingFormats(lxw_worksheet* ws, const Formats& f, lxw_row_t first_row, lxw_col_t first_col,
                      lxw_row_t last_row, lxw_col_t last_col) {
  if (last_row < first_row) return;
  for (metrics::Status s : {metrics::Status::kRed, metrics::Status::kAmber, metrics::Status::kGreen}) {
    const std::string quoted = std::string("\"") + ratingText(s) + "\"";
    lxw_conditional_format cf = {};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
    cf.value_string = const_cast<char*>(quoted.c_str());
    cf.format = f.rating[int(s)];
    check(worksheet_conditional_format_range(ws, first_row, first_col, last_row, last_col, &cf),
          "adding a conditional format");
  }
}

const char* levelWord(metrics::Level level) {
  switch (level) {
    case metrics::Level::kCouncil: return "Council";
    case metrics::Level::kService: return "Service";
    case metrics::Level::kTeam: return "Team";
  }
  return "";
}

const char* ratingText(metrics::Status status) {
  return status == metrics::Status::kNone ? "" : statusWord(status);
}

std::string figuresNote(const ReportModel& model) {
  const std::string group = std::to_string(model.min_group_size);
  if (model.published) {
    return "Published figures: figures resting on fewer than " + group +
           " people are suppressed (blank, rated \"Suppressed\").";
  }
  return "For analysts and directors, not for publication: figures are NOT suppressed for small numbers, except "
         "staff survey scores from fewer than " + group +
         " responses, which are never shown (rated \"Suppressed\"). Use the members' report for published "
         "figures.";
}

std::string periodTitle(const ReportModel& model) {
  return model.period.label + " (" + periodPhrase(model.period) + ")";
}

std::string areaSheetName(const metrics::AreaInfo& area) {
  std::string name(area.id);
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

}  // namespace hc::reports::workbook
