// PageLayout: the page template every HTML page shares, following the
// GOV.UK Design System's template (skip link, header, width container,
// <main id="main-content">, footer) with the council's name where GOV.UK
// puts its own: the crown, the GOV.UK name and the GDS Transport font are
// GOV.UK's alone and are not used (static_files.h strips the font).
//
// Thread-safety: safe to share; the council's name may be changed (the
// settings page) while pages render.
#ifndef HC_WEB_VIEW_PAGE_LAYOUT_H_
#define HC_WEB_VIEW_PAGE_LAYOUT_H_

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "web/view/site_header.h"

namespace hc::web::view {

struct Page {
  std::string title;         // <title> and usually the <h1>; plain text
  html::Html main;           // the contents of <main>
  std::string back_link;     // href of a "Back" link above <main>; "" for none
  bool has_errors = false;   // prefixes the title with "Error: " as GOV.UK asks
  // Signed-in pages: the sections and Sign out in the header, and the
  // breadcrumbs below it (site_header.h). Public pages have neither.
  std::optional<SiteHeader> header;
  std::vector<Crumb> breadcrumbs;
  // A page that follows work in progress (an import): reloaded every so
  // many seconds by the browser itself (<meta http-equiv="refresh">, no
  // script); 0: never.
  int refresh_seconds = 0;
};

class PageLayout {
 public:
  PageLayout(std::string council_name, std::string service_name);

  // The whole document, lang="en".
  std::string render(const Page& page) const;
  std::string councilName() const;
  // A council renamed at /admin/settings: every page from now on.
  void setCouncilName(std::string name);

 private:
  mutable std::mutex mutex_;  // guards council_name_
  std::string council_name_;
  std::string service_name_;
};

}  // namespace hc::web::view

#endif  // HC_WEB_VIEW_PAGE_LAYOUT_H_
