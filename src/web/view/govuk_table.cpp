#include "web/view/govuk_table.h"

#include "html/element.h"

namespace hc::web::view::govuk {

using html::el;
using html::Element;

Html table(const Table& t) {
  Element table = el("table");
  table.cls("govuk-table").cls(t.extra_class);
  if (!t.id.empty()) table.id(t.id);
  if (t.caption_size != CaptionSize::kNone || !t.caption.empty()) {
    Element caption = el("caption");
    caption.cls("govuk-table__caption");
    switch (t.caption_size) {
      case CaptionSize::kSmall: caption.cls("govuk-table__caption--s"); break;
      case CaptionSize::kMedium: caption.cls("govuk-table__caption--m"); break;
      case CaptionSize::kLarge: caption.cls("govuk-table__caption--l"); break;
      case CaptionSize::kNone: break;
    }
    if (!t.caption_id.empty()) caption.id(t.caption_id);
    table.text("\n").add(caption.text(t.caption));
  }
  Element head_row = el("tr");
  head_row.cls("govuk-table__row");
  for (const auto& c : t.columns) {
    Element th = el("th");
    th.attr("scope", "col").cls("govuk-table__header").clsIf("govuk-table__header--numeric", c.numeric);
    if (c.heading_html.empty()) th.text(c.heading);
    else th.add(c.heading_html);
    head_row.add(th);
  }
  table.text("\n").add(el("thead").cls("govuk-table__head").add(head_row));
  Element body = el("tbody");
  body.cls("govuk-table__body");
  for (size_t row = 0; row < t.rows.size(); ++row) {
    const auto& r = t.rows[row];
    Element tr = el("tr");
    tr.cls("govuk-table__row");
    if (row < t.row_ids.size() && !t.row_ids[row].empty()) tr.id(t.row_ids[row]);
    for (size_t i = 0; i < r.size(); ++i) {
      const bool numeric = i < t.columns.size() && t.columns[i].numeric;
      if (i == 0 && t.first_cell_is_header) {
        tr.add(el("th").attr("scope", "row").cls("govuk-table__header").add(r[i]));
      } else {
        tr.add(el("td").cls("govuk-table__cell").clsIf("govuk-table__cell--numeric", numeric).add(r[i]));
      }
    }
    body.text("\n").add(tr);
  }
  table.text("\n").add(body.text("\n"));
  return table.text("\n").html() + "\n";
}

}  // namespace hc::web::view::govuk
