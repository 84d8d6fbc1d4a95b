#include "web/http/static_files.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace hc::web::http {
namespace {

// Our additions to the Design System's styles: the council's name where
// GOV.UK has its logo; the signed-in sections and Sign out in the header
// (wrapping on a phone); and reflow (WCAG 1.4.10): nothing wider than the
// viewport at 320 CSS px, long words broken, wide tables scrolling in
// their own box (dashboard_format.h's scrollRegion) rather than the page.
const char* const kAppCss =
    ".app-council-name{display:inline-block;font-weight:700;font-size:1.5rem;line-height:1.25;"
    "color:#fff;margin-right:10px;overflow-wrap:anywhere}\n"
    ".govuk-header__service-name{font-weight:400}\n"
    ".app-progress{margin-bottom:20px}\n"
    ".hc-nav{clear:both;padding-top:10px}\n"
    ".hc-nav__list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 20px;"
    "align-items:center}\n"
    ".hc-nav__item{margin:0;font-size:1rem;line-height:1.5}\n"
    ".hc-nav__link:link,.hc-nav__link:visited{color:#fff;font-weight:700;text-decoration:none}\n"
    ".hc-nav__link:hover{text-decoration:underline;text-decoration-thickness:3px}\n"
    ".hc-nav__link[aria-current=page]{border-bottom:4px solid #1d70b8;color:#fff}\n"
    ".hc-nav__link:focus{color:#0b0c0c;background:#fd0;outline:3px solid transparent;box-shadow:0 -2px #fd0,"
    "0 4px #0b0c0c;text-decoration:none}\n"
    ".hc-nav__signout{margin-left:auto}\n"
    ".hc-nav__signout form{margin:0}\n"
    ".hc-nav__button{font:inherit;font-weight:700;color:#0b0c0c;background:#fff;border:2px solid #fff;"
    "padding:2px 10px;cursor:pointer}\n"
    ".hc-nav__button:focus{background:#fd0;border-color:#fd0;outline:3px solid #0b0c0c}\n"
    "html,body{max-width:100%}\n"
    ".govuk-width-container{overflow-wrap:break-word}\n"
    "main img,main svg{max-width:100%;height:auto}\n"
    ".govuk-summary-list__value,.govuk-summary-list__key{overflow-wrap:anywhere}\n"
    ".app-scroll{overflow-x:auto;max-width:100%;margin-bottom:20px}\n"
    ".app-scroll:focus{outline:3px solid #fd0}\n"
    ".app-scroll .govuk-table{margin-bottom:0}\n";

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

}  // namespace

std::string StaticFiles::withoutGovukFont(const std::string& css) {
  std::string out;
  out.reserve(css.size());
  size_t at = 0;
  for (size_t face = css.find("@font-face"); face != std::string::npos; face = css.find("@font-face", at)) {
    const size_t end = css.find('}', face);
    if (end == std::string::npos) break;
    out.append(css, at, face - at);
    at = end + 1;
  }
  out.append(css, at, std::string::npos);
  replaceAll(out, "\"GDS Transport\",", "");
  replaceAll(out, "GDS Transport,", "");
  replaceAll(out, "font-family:GDS Transport", "font-family:arial,sans-serif");
  return out;
}

StaticFiles::StaticFiles(const std::string& govuk_dist) {
  const std::string path = govuk_dist + "/govuk-frontend.min.css";
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot read " + path +
                             ": install the front-end packages with scripts/install-deps (npm ci in src/web), or give "
                             "--assets");
  std::ostringstream css;
  css << in.rdbuf();
  files_["/assets/govuk-frontend.min.css"] = withoutGovukFont(css.str());
  files_["/assets/app.css"] = kAppCss;
}

std::string StaticFiles::defaultFolder() {
  const char* env = std::getenv("HEALTHCHECK_ASSETS");
  return env && *env ? env : "src/web/node_modules/govuk-frontend/dist/govuk";
}

std::optional<Response> StaticFiles::serve(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  Response r;
  r.content_type = "text/css; charset=utf-8";
  r.body = it->second;
  r.cache_control = "public, max-age=3600";
  return r;
}

}  // namespace hc::web::http
