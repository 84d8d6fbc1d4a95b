// StaticFiles: the stylesheets the pages use, read once at start and served
// from memory: govuk-frontend's compiled CSS exactly as npm installs it
// (src/web/node_modules/govuk-frontend/dist/govuk, no build step) less its
// @font-face rules and "GDS Transport" family, which only GOV.UK may use,
// so text falls back to Arial as the Design System intends; and our own
// small app.css. Nothing else is served: no fonts, no crown images, no
// scripts.
//
// Thread-safety: immutable after construction; safe to share.
#ifndef HC_WEB_HTTP_STATIC_FILES_H_
#define HC_WEB_HTTP_STATIC_FILES_H_

#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "web/http/response.h"

namespace hc::web::http {

class StaticFiles {
 public:
  // `govuk_dist` is the folder holding govuk-frontend.min.css. Throws
  // std::runtime_error (saying to run scripts/install-deps) when missing.
  explicit StaticFiles(const std::string& govuk_dist);

  // The folder used when none is given: $HEALTHCHECK_ASSETS, else
  // src/web/node_modules/govuk-frontend/dist/govuk under the current folder.
  static std::string defaultFolder();

  // The file for a URL path ("/assets/app.css"); nullopt when not ours.
  std::optional<Response> serve(const std::string& path) const;

  // govuk-frontend CSS with the GOV.UK-only font removed (exposed for tests).
  static std::string withoutGovukFont(const std::string& css);

 private:
  std::map<std::string, std::string> files_;  // URL path -> CSS
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_STATIC_FILES_H_
