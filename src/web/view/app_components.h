// The health check's own components, beyond the GOV.UK Design System's,
// styled by the dashboard's stylesheet (/dashboard/dashboard.css, its hc-*
// classes): the link to that stylesheet, a status tag ("Overdue", "Red")
// and a scroll region that lets a wide table scroll sideways on a phone
// rather than the page.
//
//   app::stylesheetLink() + app::statusTag("Overdue", "red")
//     -> <link rel="stylesheet" href="/dashboard/dashboard.css">
//        <strong class="hc-tag hc-status--red">Overdue</strong>
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_APP_COMPONENTS_H_
#define HC_WEB_VIEW_APP_COMPONENTS_H_

#include <string>

#include "html/html.h"

namespace hc::web::view::app {

using html::Html;

// The <link> to the dashboard's stylesheet (allowed in <body>; PageLayout
// owns <head>).
Html stylesheetLink();

// A tag in a status colour: `status` is the suffix of an hc-status--*
// class ("red", "amber", "green", "none").
Html statusTag(const std::string& text, const std::string& status);

// <div class="hc-scroll" role="region" tabindex="0" aria-labelledby=...>
// around `table`, focusable so that a keyboard can scroll it, with a hint
// to scroll that the stylesheet shows on narrow screens only.
Html scrollRegion(const std::string& caption_id, const Html& table);

}  // namespace hc::web::view::app

#endif  // HC_WEB_VIEW_APP_COMPONENTS_H_
