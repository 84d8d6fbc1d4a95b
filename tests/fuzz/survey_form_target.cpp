#include <memory>

#include "fuzz_targets.h"
#include "scratch_dir.h"
#include "store/database.h"
#include "store/schema.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"
#include "web/web_app.h"
#include "web/http/request_decoding.h"
#include "web/http/web_server.h"

namespace hc::fuzz {
namespace {

struct SurveySetup {
  std::unique_ptr<web::WebApp> app;
  std::string token;
  size_t sections = 1;
  static constexpr const char* kCookie = "0123456789abcdef0123456789abcdef";

  SurveySetup() {
    const std::string dir = scratchDir("survey");
    const std::string url = "sqlite:" + dir + "/fuzz.db";
    auto db = store::openDatabase(url);
    store::migrate(*db);
    db->prepare("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')")->execute();
    web::WebAppOptions options;
    options.db_url = url;
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    app = std::make_unique<web::WebApp>(options);
    const auto& survey = app->catalogue().get("health-check");
    sections = survey.sections.size();
    surveys::SurveyRuns runs(*db);
    const std::string run = runs.open(survey, "2025-Q3", Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30),
                                      {"T1"}).run_id;
    token = runs.invite(run, "T1", 1).front();
  }
};

}  // namespace

void surveyForm(const uint8_t* data, size_t size) {
  static SurveySetup setup;
  if (size == 0) return;
  const web::http::WebServerOptions limits;  // the server's own limits
  std::string body(reinterpret_cast<const char*>(data + 1), size - 1);
  if (body.size() > limits.max_body_bytes) return;  // the server answers 413 before reading it
  // The body decoded as the server decodes it (request_decoding.h), so the
  // fuzzer reaches the handler through the server's own form parser.
  web::http::RequestHead head;
  head.method = "POST";
  head.target = "/s/" + setup.token + "/" + std::to_string(1 + data[0] % setup.sections);
  head.fields = {{"Host", "x"}, {"Content-Type", "application/x-www-form-urlencoded"}};
  head.content_length = body.size();
  web::http::FormLimits form_limits;
  form_limits.max_fields = limits.max_fields;
  form_limits.max_field_bytes = limits.max_field_bytes;
  web::http::Request request;
  if (web::http::decodeRequest(head, body, form_limits, request)) return;  // refused before any handler
  request.cookies[web::http::CsrfProtection::kCookie] = SurveySetup::kCookie;
  // A valid token for the link, so the fuzzed fields reach the handler.
  request.form["csrf"] = setup.app->csrf().tokenFor(SurveySetup::kCookie, surveys::tokenHash(setup.token));
  const web::http::Response response = setup.app->handle(request);
  if (response.status >= 500) __builtin_trap();  // a form must never make the server fail
}

}  // namespace hc::fuzz
