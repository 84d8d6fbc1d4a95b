#include "web/http/static_files.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace hc::web::http {
namespace {

// Our additions to the Design System's styles: the council's name where
// GOV.UK has its logo.
const char* const kAppCss =
    ".app-council-name{display:inline-block;font-weight:700;font-size:1.5rem;line-height:1.25;"
    "color:#fff;margin-right:10px}\n"
    ".govuk-header__service-name{font-weight:400}\n"
    ".app-progress{margin-bottom:20px}\n";

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
