// What the workbook's sheets share: formats, checked writes, words.
#include <algorithm>
#include <stdexcept>

#include "core/clean_text.h"
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
  f.date = workbook_add_format(wb);
  format_set_num_format(f.date, "yyyy-mm-dd");
  format_set_align(f.date, LXW_ALIGN_LEFT);
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

double rowHeight(const std::string& text, double width) {
  // Bold text runs about a tenth wider than the width's "characters".
  const double usable = width > 2 ? width - 1 : 1;
  size_t lines = 1;
  double used = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const double word = 1.1 * double(end - start);
    if (used > 0 && used + 1 + word > usable) {
      ++lines;
      used = word;
    } else {
      used += (used > 0 ? 1 : 0) + word;
    }
    start = end + 1;
  }
  return 15.0 * double(lines);
}

void writeHeaders(lxw_worksheet* ws, lxw_row_t row, lxw_col_t first_col, const std::vector<std::string>& texts,
                  const std::vector<double>& widths, lxw_format* format) {
  double height = 15;
  for (size_t i = 0; i < texts.size(); ++i) {
    height = std::max(height, rowHeight(texts[i], i < widths.size() ? widths[i] : 8.43));
  }
  check(worksheet_set_row(ws, row, height, nullptr), "setting a header row's height");
  for (size_t i = 0; i < texts.size(); ++i) writeText(ws, row, first_col + lxw_col_t(i), texts[i], format);
}

void printSetup(lxw_worksheet* ws, lxw_row_t header_first, lxw_row_t header_last,
                std::optional<lxw_col_t> scope_last) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  worksheet_fit_to_pages(ws, 1, 0);  // as wide as one page, as many pages long as it takes
  check(worksheet_repeat_rows(ws, header_first, header_last), "repeating the header rows");
  if (scope_last) check(worksheet_repeat_columns(ws, 0, *scope_last), "repeating the scope columns");
  // &A the sheet's name, &P the page, &N the pages.
  check(worksheet_set_footer(ws, "&L&A&RPage &P of &N"), "setting the footer");
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
  if (model.published && !model.shown_as_computed.empty()) {
    std::string own;
    for (const std::string& name : model.shown_as_computed) own += (own.empty() ? "" : ", ") + name;
    return "Not for publication: " + own + " as computed; every other figure resting on fewer than " + group +
           " people is suppressed, with others where needed so that none can be worked out (blank, rated "
           "\"Suppressed\").";
  }
  if (model.published) {
    return "Published figures: figures resting on fewer than " + group +
           " people are suppressed, with others where needed so that none can be worked out (blank, rated "
           "\"Suppressed\").";
  }
  return "For analysts and directors, not for publication: figures are NOT suppressed for small numbers, except "
         "staff survey scores from fewer than " + group +
         " responses, which are never shown (rated \"Suppressed\"). Use the members' report for published "
         "figures.";
}

std::string periodTitle(const ReportModel& model) {
  // "2026-Q3 (1 July to 30 September 2026)"; callers never wrap it again.
  return model.period.label + " (" + periodPhrase(model.period) + ")";
}

std::string areaSheetName(const metrics::AreaInfo& area) {
  std::string name(area.id);
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

}  // namespace hc::reports::workbook
