// The GOV.UK table as an Html builder: a caption, a header row, body rows
// whose first cell may be a row header, and numeric columns right-aligned
// as the Design System asks (govuk-table__cell--numeric), so that figures
// line up.
//
//   govuk::Table t{"Teams needing attention", {{"Team"}, {"Vacancy rate", true}}};
//   t.rows.push_back({Html::text("Duty North"), Html::text("12.5%")});
//   out += govuk::table(t);
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_GOVUK_TABLE_H_
#define HC_WEB_VIEW_GOVUK_TABLE_H_

#include <string>
#include <vector>

#include "html/html.h"

namespace hc::web::view::govuk {

using html::Html;

struct Column {
  std::string heading;
  bool numeric = false;
  Html heading_html = {};  // used instead of `heading` when not empty
};

enum class CaptionSize { kSmall, kMedium, kLarge, kNone };

struct Table {
  std::string caption;
  std::vector<Column> columns;
  std::vector<std::vector<Html>> rows;  // one Html per column
  std::vector<std::string> row_ids;     // the id of each body row, for links to it; "" or none past the end: no id
  CaptionSize caption_size = CaptionSize::kMedium;
  bool first_cell_is_header = false;    // the first cell of each row is <th scope="row">
  std::string id;                       // the table's id, "" for none
  std::string caption_id;               // the caption's id (aria-labelledby of a chart), "" for none
  std::string extra_class;              // "app-table--compact", or ""
};

Html table(const Table& table);

}  // namespace hc::web::view::govuk

#endif  // HC_WEB_VIEW_GOVUK_TABLE_H_
