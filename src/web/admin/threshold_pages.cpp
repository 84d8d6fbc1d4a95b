#include "web/admin/threshold_pages.h"

#include <sstream>

#include "access/access_scope.h"
#include "html/element.h"
#include "metrics/catalogue.h"
#include "web/admin/admin_page.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;

namespace {

std::string statusWord(metrics::Status s) {
  std::string w = metrics::statusName(s);
  if (w.empty()) return "No rating";
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

Html statusCell(metrics::Status s) {
  const std::string name = metrics::statusName(s);
  return view::app::statusTag(statusWord(s), name.empty() ? "none" : name);
}

Html limitInput(const std::string& name, const std::string& label, const std::string& value,
                const std::string& error) {
  return govuk::textInput({name, label, "", value, error, "text", "off", "govuk-input--width-4", "decimal", true,
                           govuk::LabelSize::kVisuallyHidden});
}

// "Check the change": what changes, and whose ratings change colour.
Html previewHtml(const load::ThresholdPreview& p, const std::string& changes) {
  Html out = govuk::headingM("Check the change", "check");
  out += govuk::para("You are changing: " + changes + ".");
  if (!p.period) {
    out += govuk::para("No records have been imported yet, so no rating would change colour now.");
    return out;
  }
  const std::vector<std::string> teams = p.teams();
  out += el("p").cls("govuk-body").id("preview-count")
             .text("In " + p.period->label + ", " + std::to_string(p.changes.size()) + " of " +
                   std::to_string(p.team_ratings) + " team area ratings would change colour" +
                   (teams.empty() ? "." : ", in " + std::to_string(teams.size()) +
                                              (teams.size() == 1 ? " team." : " teams.")));
  if (p.changes.empty()) return out;
  govuk::Table t{"Team area ratings that would change colour in " + p.period->label,
                 {{"Team"}, {"Area"}, {"Now"}, {"After the change"}}};
  t.caption_size = govuk::CaptionSize::kSmall;
  t.first_cell_is_header = true;
  t.id = "preview";
  t.caption_id = "preview-caption";
  for (const load::RatingChange& c : p.changes)
    t.rows.push_back({Html::text(c.team_name), Html::text(metrics::areaLabel(c.area_id)), statusCell(c.before),
                      statusCell(c.after)});
  out += view::app::scrollRegion("preview-caption", govuk::table(t));
  return out;
}

}  // namespace

void ThresholdPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/settings/thresholds", [this](http::Request& r) { return table(r, {}, {}, std::nullopt, "", false); },
             kAdmin);
  router.post("/admin/settings/thresholds", [this](http::Request& r) { return post(r); }, kAdmin);
}

http::Response ThresholdPages::table(http::Request& request, const Fields& values, const Fields& errors,
                                     const std::optional<load::ThresholdPreview>& preview, const std::string& changes,
                                     bool unchanged) {
  metrics::Thresholds current;
  {
    auto db = pool_.acquire();
    current = load::loadFigureSettings(*db, fallback_).thresholds;
  }
  http::Response response;
  response.status = errors.empty() ? 200 : 400;
  std::vector<govuk::FieldError> summary;
  govuk::Table t{"Every metric's limits", {{"Metric"}, {"Unit"}, {"Better"}, {"Green limit"}, {"Amber limit"}}};
  t.first_cell_is_header = true;
  t.caption_id = "limits-caption";
  t.id = "limits";
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    const std::string g = greenField(m.id), a = amberField(m.id);
    const auto limits = current.limits(m.metric);
    const std::string green = values.count(g) ? fieldOf(values, g) : (limits ? shownNumber(limits->green) : "");
    const std::string amber = values.count(a) ? fieldOf(values, a) : (limits ? shownNumber(limits->amber) : "");
    for (const std::string& f : {g, a})
      if (errors.count(f)) summary.push_back({f, errors.at(f)});
    const std::string unit = m.unit == metrics::Unit::kCount   ? std::string("number")
                             : m.unit == metrics::Unit::kRatio ? std::string("ratio")
                                                               : std::string(metrics::unitSuffix(m.unit));
    t.rows.push_back({Html::text(std::string(m.label)), Html::text(unit),
                      Html::text(m.better == metrics::Better::kLower ? "Lower" : "Higher"),
                      limitInput(g, std::string(m.label) + ": green limit", green, fieldOf(errors, g)),
                      limitInput(a, std::string(m.label) + ": amber limit", amber, fieldOf(errors, a))});
  }
  Html main = govuk::errorSummary(summary);
  main += view::app::stylesheetLink();
  main += govuk::heading("Settings", "Thresholds");
  main += govuk::para(
      "A value at least as good as its green limit is green; else at least as good as its amber limit, amber; "
      "else red. Which way is better is the metric's own, so green is never worse than amber. A team's area "
      "rating follows from its metrics' colours.");
  Html form;
  if (unchanged)
    form += govuk::insetText(govuk::para("Nothing was saved: the table holds the thresholds in force."));
  if (preview) form += previewHtml(*preview, changes);
  form += view::app::scrollRegion("limits-caption", govuk::table(t));
  form += el("div").cls("govuk-button-group")
              .add(govuk::button("Check the change", preview ? govuk::ButtonKind::kSecondary : govuk::ButtonKind::kPrimary,
                                 "step", "check"))
              .add(preview ? govuk::button("Save the thresholds", govuk::ButtonKind::kPrimary, "step", "save") : Html{});
  main += postForm(csrf_, request, response, "/admin/settings/thresholds", form);
  main += govuk::para(govuk::link("/admin/settings", "Back to the settings without saving"));
  renderAdminPage(layout_, csrf_, request, response, "Thresholds", std::move(main), view::section::kSettings,
                  {{"Settings", "/admin/settings"}, {"Thresholds", ""}}, !errors.empty());
  return response;
}

http::Response ThresholdPages::post(http::Request& request) {
  auto db = pool_.acquire();
  const load::FigureSettings current = load::loadFigureSettings(*db, fallback_);
  Fields values, errors;
  metrics::Thresholds proposed = current.thresholds;
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    const std::string g = greenField(m.id), a = amberField(m.id);
    values[g] = request.field(g);
    values[a] = request.field(a);
    // The file's own check, cell by cell: a reason about the amber limit
    // marks its cell, every other the green one.
    std::vector<std::string> reasons;
    const auto limits = metrics::Thresholds::checkLimits(m, values[g], values[a], &reasons);
    for (const std::string& reason : reasons) {
      const std::string& field = reason.rfind("amber", 0) == 0 ? a : g;
      if (!errors.count(field)) errors[field] = std::string(m.label) + ": " + reason;
    }
    if (limits) proposed = proposed.with(m.metric, *limits);
  }
  if (!errors.empty()) return table(request, values, errors, std::nullopt, "", false);
  const std::string changes = load::thresholdChanges(current.thresholds, proposed);
  if (changes.empty()) return table(request, values, errors, std::nullopt, "", true);
  if (request.field("step") == "save") {
    auto writer = db.writeLock();
    load::saveThresholds(*db, proposed, actorOf(request));
    return http::Response::redirect("/admin/settings?saved=thresholds");
  }
  const load::ThresholdPreview preview = load::previewThresholds(*db, current, proposed);
  return table(request, values, errors, preview, changes, false);
}

}  // namespace hc::web::admin
