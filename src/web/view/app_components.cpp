#include "web/view/app_components.h"

#include "html/element.h"

namespace hc::web::view::app {

using html::el;

Html stylesheetLink() {
  return el("link").attr("rel", "stylesheet").attr("href", "/dashboard/dashboard.css").html() + "\n";
}

Html statusTag(const std::string& text, const std::string& status) {
  return el("strong").cls("hc-tag hc-status--" + status).text(text);
}

Html scrollRegion(const std::string& caption_id, const Html& table) {
  // The hint shows on narrow screens only (the stylesheet), where the
  // table is wider than the box; its first column stays put as it scrolls.
  Html out = el("p").cls("hc-scroll-hint govuk-body-s").attr("aria-hidden", "true")
                 .text("Scroll the table sideways to see every column \u2192").html() + "\n";
  out += el("div").cls("hc-scroll").attr("role", "region").attr("tabindex", "0").attr("aria-labelledby", caption_id)
             .text("\n").add(table);
  return out + "\n";
}

}  // namespace hc::web::view::app
