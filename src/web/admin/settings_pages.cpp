#include "web/admin/settings_pages.h"

#include <sstream>

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "html/element.h"
#include "national/council_setting.h"
#include "store/figure_settings_table.h"
#include "web/admin/admin_page.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;

namespace {

// "Set by admin on 2026-12-07", or where an unset value comes from.
std::string provenance(store::Database& db, const char* setting, const char* otherwise) {
  const auto stored = store::readSetting(db, setting);
  if (!stored) return otherwise;
  return "Set by " + stored->changed_by + " on " + stored->changed_at.substr(0, 10);
}

// The message under a field and in the error summary, in the field's own words.
std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::vector<govuk::FieldError> summaryOf(const std::map<std::string, std::string>& errors,
                                         const std::vector<std::string>& order) {
  std::vector<govuk::FieldError> out;
  for (const std::string& field : order)
    if (auto it = errors.find(field); it != errors.end()) out.push_back({field, it->second});
  return out;
}

}  // namespace

SettingsPages::SettingsPages(http::DatabasePool& pool, view::PageLayout& layout, const http::CsrfProtection& csrf,
                             load::FigureSettings fallback)
    : pool_(pool), layout_(layout), csrf_(csrf), fallback_(fallback), thresholds_(pool, layout, csrf, fallback) {}

void SettingsPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/settings", [this](http::Request& r) { return home(r); }, kAdmin);
  router.get("/admin/settings/council", [this](http::Request& r) { return councilForm(r, {}, {}); }, kAdmin);
  router.post("/admin/settings/council", [this](http::Request& r) { return saveCouncil(r); }, kAdmin);
  router.get("/admin/settings/figures", [this](http::Request& r) { return figuresForm(r, {}, {}); }, kAdmin);
  router.post("/admin/settings/figures", [this](http::Request& r) { return saveFigures(r); }, kAdmin);
  thresholds_.addRoutes(router);
}

http::Response SettingsPages::home(http::Request& request) {
  auto db = pool_.acquire();
  const national::Council council = national::loadCouncil(*db);
  const load::FigureSettings settings = load::loadFigureSettings(*db, fallback_);
  Html main = govuk::heading("Admin", "Settings");
  const std::string& saved = request.query.count("saved") ? request.query.at("saved") : "";
  if (saved == "council")
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The council's name and DfE code are saved");
  else if (saved == "figures" || saved == "thresholds")
    main += govuk::notificationBanner(
        govuk::BannerKind::kSuccess, saved == "figures" ? "The figures' settings are saved" : "The thresholds are saved",
        govuk::para("The dashboard, the reports and healthcheck metrics use them from now on: the overview "
                    "recomputes on its next page, as after an import."));
  main += govuk::headingM("The council");
  const std::string authority = council.authority ? council.authority->la_name + " (" +
                                                        council.authority->new_la_code + ", " +
                                                        council.authority->old_la_code + ")"
                                                  : "Not set: the comparison with other councils needs it";
  main += govuk::summaryList({
      {"Name", Html::text(council.name.empty() ? std::string(national::kUnnamedCouncil) + " (not set)" : council.name),
       "/admin/settings/council", "the council's name", "change-council"},
      {"DfE local authority", Html::text(authority), "/admin/settings/council", "the DfE local authority", ""},
  });
  main += govuk::headingM("The figures");
  main += govuk::summaryList({
      {"Thresholds",
       Html::text(provenance(*db, load::setting::kThresholds, "The shipped limits (reports/thresholds.csv)")),
       "/admin/settings/thresholds", "the thresholds", "change-thresholds"},
      {"Minimum group size",
       Html::text(std::to_string(settings.min_group_size) + " people. " +
                  provenance(*db, load::setting::kMinGroupSize, "The default.")),
       "/admin/settings/figures", "the minimum group size", "change-figures"},
      {"Caseload limit",
       Html::text(shownNumber(settings.caseload_limit) + " cases per FTE. " +
                  provenance(*db, load::setting::kCaseloadLimit, "The default.")),
       "/admin/settings/figures", "the caseload limit", ""},
  });
  main += govuk::para("Every change is kept in the " +
                      govuk::link("/admin/audit?kind=" + std::string(access::audit_action::kSettingsChange),
                                  "audit log") +
                      ", naming who made it and what it was before.");
  http::Response response;
  renderAdminPage(layout_, csrf_, request, response, "Settings", std::move(main), view::section::kSettings,
                  {{"Settings", ""}});
  return response;
}

http::Response SettingsPages::councilForm(http::Request& request, const Fields& values, const Fields& errors) {
  national::Council council;
  {
    auto db = pool_.acquire();
    council = national::loadCouncil(*db);
  }
  const std::string name = values.count("name") ? fieldOf(values, "name") : council.name;
  const std::string now = council.authority ? council.authority->la_name + ", " + council.authority->old_la_code
                                            : "none is set";
  http::Response response;
  response.status = errors.empty() ? 200 : 400;
  Html main = govuk::errorSummary(summaryOf(errors, {"name", "la"}));
  main += govuk::heading("Settings", "The council");
  Html fields = govuk::textInput({"name", "Council name", "As it appears in page headers, reports and the survey form.",
                                  name, fieldOf(errors, "name"), "text", "organization", "", "", false,
                                  govuk::LabelSize::kSmall});
  fields += govuk::textInput({"la", "DfE local authority code",
                              "The DfE's new code (E06000005) or old three-digit code (841), found in the imported DfE "
                              "indicators. Leave it blank to keep the one set (" + now + ").",
                              fieldOf(values, "la"), fieldOf(errors, "la"), "text", "off", "govuk-input--width-10", "",
                              true, govuk::LabelSize::kSmall});
  fields += govuk::button("Save the council");
  main += postForm(csrf_, request, response, "/admin/settings/council", fields);
  main += govuk::para(govuk::link("/admin/settings", "Back to the settings without saving"));
  renderAdminPage(layout_, csrf_, request, response, "The council", std::move(main), view::section::kSettings,
                  {{"Settings", "/admin/settings"}, {"The council", ""}}, !errors.empty());
  return response;
}

http::Response SettingsPages::saveCouncil(http::Request& request) {
  const Fields values{{"name", request.field("name")}, {"la", request.field("la")}};
  Fields errors;
  const std::string& name = values.at("name");
  if (auto reason = national::councilNameProblem(name))
    errors["name"] = *reason == "it is empty" ? "Enter the council's name"
                                              : "The council's name " + reason->substr(reason->find(' ') + 1);
  auto db = pool_.acquire();
  std::optional<national::Authority> authority;
  std::string la = values.at("la");
  la.erase(0, la.find_first_not_of(" \t"));
  la.erase(la.find_last_not_of(" \t") + 1);
  if (!la.empty()) {
    std::string error;
    authority = national::findAuthority(*db, la, &error);
    if (!authority) errors["la"] = capitalised(error);
  }
  if (!errors.empty()) return councilForm(request, values, errors);  // nothing stored: the name waits for a good code
  {
    auto writer = db.writeLock();
    load::saveCouncil(*db, name, authority, actorOf(request));
  }
  layout_.setCouncilName(name);  // every page's header from the next one
  return http::Response::redirect("/admin/settings?saved=council");
}

http::Response SettingsPages::figuresForm(http::Request& request, const Fields& values, const Fields& errors) {
  load::FigureSettings settings;
  {
    auto db = pool_.acquire();
    settings = load::loadFigureSettings(*db, fallback_);
  }
  const std::string group = values.count("min_group_size") ? fieldOf(values, "min_group_size")
                                                           : std::to_string(settings.min_group_size);
  const std::string limit =
      values.count("caseload_limit") ? fieldOf(values, "caseload_limit") : shownNumber(settings.caseload_limit);
  http::Response response;
  response.status = errors.empty() ? 200 : 400;
  Html main = govuk::errorSummary(summaryOf(errors, {"min_group_size", "caseload_limit"}));
  main += govuk::heading("Settings", "Minimum group size and caseload limit");
  Html fields = govuk::textInput(
      {"min_group_size", "Minimum group size (people)",
       "The smallest group whose figures are shown: fewer people or survey responses than this and a people-based "
       "figure is suppressed. 5 is the default.",
       group, fieldOf(errors, "min_group_size"), "text", "off", "govuk-input--width-4", "numeric", true,
       govuk::LabelSize::kSmall});
  fields += govuk::textInput(
      {"caseload_limit", "Caseload limit (cases per FTE)",
       "A worker with more cases per full-time equivalent counts in \"caseload over limit\". 20 is the default.",
       limit, fieldOf(errors, "caseload_limit"), "text", "off", "govuk-input--width-4", "decimal", true,
       govuk::LabelSize::kSmall});
  fields += govuk::button("Save");
  main += postForm(csrf_, request, response, "/admin/settings/figures", fields);
  main += govuk::para(govuk::link("/admin/settings", "Back to the settings without saving"));
  renderAdminPage(layout_, csrf_, request, response, "Minimum group size and caseload limit", std::move(main),
                  view::section::kSettings, {{"Settings", "/admin/settings"}, {"Group size and caseload", ""}},
                  !errors.empty());
  return response;
}

http::Response SettingsPages::saveFigures(http::Request& request) {
  const Fields values{{"min_group_size", request.field("min_group_size")},
                      {"caseload_limit", request.field("caseload_limit")}};
  Fields errors;
  std::string reason;
  const std::optional<int> group = load::parseMinGroupSize(values.at("min_group_size"), &reason);
  if (!group) errors["min_group_size"] = "Minimum group size: " + reason;
  const std::optional<double> limit = load::parseCaseloadLimit(values.at("caseload_limit"), &reason);
  if (!limit) errors["caseload_limit"] = "Caseload limit: " + reason;
  if (!errors.empty()) return figuresForm(request, values, errors);  // neither saved: nothing half-done
  auto db = pool_.acquire();
  {
    // Both were checked first; each is stored with its own audit row.
    auto writer = db.writeLock();
    load::saveMinGroupSize(*db, *group, actorOf(request));
    load::saveCaseloadLimit(*db, *limit, actorOf(request));
  }
  return http::Response::redirect("/admin/settings?saved=figures");
}

}  // namespace hc::web::admin
