#include "web/dashboard/dashboard_format.h"

#include "reports/figure_text.h"
#include "reports/status_style.h"
#include "html/element.h"
#include "web/view/app_components.h"

namespace hc::web::dashboard {

using metrics::Status;

const char* statusKey(Status s) {
  const char* name = metrics::statusName(s);  // the one table of status names
  return *name ? name : "none";
}

std::string statusWord(Status s) { return reports::statusWord(s); }

html::Html statusTag(Status s) {
  return view::app::statusTag(statusWord(s), statusKey(s));
}

std::string figureText(const metrics::MetricInfo& info, const metrics::MetricResult& m) {
  if (m.suppressed) return "Not shown (too few to publish)";
  if (!m.value) return "No figure";
  return reports::formatValue(info.unit, *m.value);
}

const metrics::MetricResult* worstMetric(const metrics::AreaResult& area) {
  if (area.status == Status::kNone) return nullptr;
  for (const auto& m : area.metrics)
    if (m.status == area.status && m.value) return &m;
  return nullptr;
}

std::string cellText(const metrics::AreaResult& area) {
  std::string text = statusWord(area.status);
  // Green means every rated metric is green: naming one would mislead.
  if (area.status == Status::kRed || area.status == Status::kAmber) {
    if (const auto* m = worstMetric(area)) {
      if (const auto* info = metrics::findMetric(m->id)) {
        std::string label(info->label);
        if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        text += ": " + label;
      }
    }
  }
  return text;
}

std::vector<const metrics::ScopeResult*> shownScopes(const metrics::HealthCheck& hc, const DashboardQuery& q) {
  std::vector<const metrics::ScopeResult*> out;
  for (const auto& s : hc.scopes) {
    switch (s.level) {
      case metrics::Level::kCouncil: out.push_back(&s); break;
      case metrics::Level::kService:
        if (q.service.empty() || s.id == q.service) out.push_back(&s);
        break;
      case metrics::Level::kTeam:
        if (q.shows(s)) out.push_back(&s);
        break;
    }
  }
  return out;
}

const metrics::ScopeResult* findScope(const metrics::HealthCheck& hc, metrics::Level level, const std::string& id) {
  for (const auto& s : hc.scopes)
    if (s.level == level && s.id == id) return &s;
  return nullptr;
}

std::string serviceName(const metrics::HealthCheck& hc, const std::string& service_id) {
  const metrics::ScopeResult* s = findScope(hc, metrics::Level::kService, service_id);
  return s ? s->name : service_id;
}

std::string stylesheet() {
  std::string css =
      "/* The directors' dashboard: status colours from src/reports/status_style.cpp. */\n"
      // position:relative: hidden text (govuk-visually-hidden, absolutely
      // placed) inside a wide table stays in the box rather than widening the page.
      ".hc-scroll{overflow-x:auto;max-width:100%;margin-bottom:20px;position:relative;"
      // Shadows at an edge with more columns beyond it: the visual cue.
      "background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/40px 100% no-repeat local,"
      "linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/40px 100% no-repeat local,"
      "radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.3),transparent) left/14px 100% no-repeat scroll,"
      "radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),transparent) right/14px 100% no-repeat scroll}\n"
      // The breadcrumbs already separate the header from the page: the map
      // starts higher (its first rows above the fold at 1366x768).
      ".govuk-main-wrapper{padding-top:10px}\n"
      ".hc-scroll:focus{outline:3px solid #ffdd00}\n"
      ".hc-scroll table{margin-bottom:0}\n"
      // A caption as wide as its table would run out of the box on a phone:
      // it stays in view and wraps within the box's width instead.
      ".hc-scroll{container-type:inline-size}\n"
      ".hc-scroll caption{position:sticky;left:0;max-width:calc(100vw - 30px);max-width:100cqi}\n"
      ".hc-scroll tr>:first-child{position:sticky;left:0;z-index:1;background:#fff;box-shadow:2px 0 0 #b1b4b6}\n"
      ".hc-scroll-hint{display:none;margin-bottom:5px;color:#505a5f}\n"
      "@media (max-width:640px){.hc-scroll-hint{display:block}.hc-scroll tr>:first-child{max-width:40vw}}\n"
      ".hc-heatmap th,.hc-heatmap td{vertical-align:top}\n"
      ".hc-heatmap td a{display:block;padding:2px 4px}\n"
      ".hc-heatmap td a:focus{color:#0b0c0c;background:#ffdd00}\n"
      ".hc-tag{display:inline-block;padding:2px 6px;font-weight:700}\n"
      ".hc-filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 15px;margin-bottom:5px}\n"
      ".hc-filters .govuk-form-group{margin-bottom:5px}\n"
      ".hc-filters .govuk-label{margin-bottom:2px}\n"
      ".hc-filters .govuk-select{min-width:0;max-width:100%}\n"
      ".hc-filters .govuk-button{margin-bottom:5px}\n"
      ".hc-title{margin-bottom:5px}\n"
      // The period and how far the records reach, on a line of its own
      // (it wraps on a phone) and close under the heading.
      ".hc-title .govuk-caption-m{display:block;margin-top:-4px;font-size:1rem;line-height:1.25}\n"
      ".hc-attention{border-left:5px solid #d4351c;padding:0 0 0 15px;margin-bottom:10px}\n"
      ".hc-attention h2{margin-bottom:2px}\n"
      ".hc-attention__list{margin-bottom:0}\n"
      ".hc-attention__list li{margin-bottom:2px}\n"
      ".hc-attention__meta{color:#505a5f}\n"
      ".hc-legend{margin-bottom:5px}\n"
      ".hc-heatmap{font-size:1rem}\n"
      ".hc-heatmap th,.hc-heatmap td{padding:6px 8px 6px 0}\n"
      ".hc-heatmap .hc-cell{min-width:7.5em;padding:0}\n"
      ".hc-cell__status{font-weight:700}\n"
      ".hc-cell__score{font-weight:700}\n"
      ".hc-cell__reds,.hc-cell__why,.hc-cell__withheld{display:block;font-size:.875rem}\n"
      ".hc-score__ranked{display:block;font-size:.875rem;font-weight:normal}\n"
      ".hc-mark{font-size:.875rem}\n"
      ".hc-rank{display:inline-block;min-width:1.6em;font-weight:700}\n"
      ".hc-rowhead{min-width:9em}\n"
      ".hc-rowhead__service{display:block;font-weight:400;font-size:.875rem;color:#505a5f}\n"
      ".hc-score{font-weight:700;font-size:1.1875rem}\n"
      ".hc-unrated{margin:10px 0}\n"
      ".hc-charts{display:flex;flex-wrap:wrap;gap:20px}\n"
      ".hc-charts>*{flex:1 1 420px;min-width:0}\n"
      // The funnel plot keeps its own width; the ranked list beside it the rest.
      ".hc-charts>.hc-funnel{flex:0 1 340px;margin-bottom:20px}\n"
      // A funnel plot's point names itself in the readout under the plot
      // while hovered or focused (dashboard_process_chart.h).
      ".hc-point__label{display:none}\n"
      ".hc-point:hover .hc-point__label,.hc-point:focus .hc-point__label{display:inline}\n"
      ".hc-point:focus{outline:none}\n"
      ".hc-point:focus .hc-point__mark>*{fill:#ffdd00;stroke:#0b0c0c;stroke-width:3px}\n"
      ".hc-point:focus .hc-point__label rect{fill:#ffdd00}\n"
      ".hc-point:hover .hc-point__mark>*{stroke-width:2px}\n"
      // The team page's process-control charts, three across a desk.
      ".hc-spc-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(290px,100%),1fr));gap:0 20px}\n"
      ".hc-spc-grid>.hc-figure{min-width:0;max-width:340px}\n"
      // Folded measures unfolded on a phone: a narrow indent, so that their
      // charts keep 272 px (text 12 px) in a 320 px window.
      "@media (max-width:640px){section[id^=\"area-\"]>.govuk-details>.govuk-details__text{padding-left:10px;"
      "padding-right:0}}\n"
      "@media (max-width:640px){.hc-charts{display:block}.hc-attention li,.hc-legend{overflow-wrap:anywhere}}\n"
      ".hc-figure{margin:0 0 15px}\n"
      // A bar chart keeps its natural size (text 12 px or more): the wide
      // one where its 680 px fit (a 740 px window), else the narrow one,
      // never drawn under its 290 units (barChartBox). The signal charts
      // fit a phone and shrink with their box (dashboard_process_chart.h).
      ".hc-chart-box{overflow-x:auto;max-width:100%}\n"
      "svg.hc-chart{display:block;max-width:100%;height:auto}\n"
      ".hc-chart-box svg.chart{display:block;width:680px;max-width:none;height:auto}\n"
      ".hc-chart-box svg.chart--narrow{display:none;width:100%;min-width:290px;max-width:440px}\n"
      "@media (max-width:739px){.hc-chart-box svg.chart{display:none}.hc-chart-box svg.chart--narrow{display:block}}\n"
      ".hc-spark{display:block;max-width:none}\n";
  for (Status s : {Status::kRed, Status::kAmber, Status::kGreen, Status::kNone}) {
    const reports::StatusColours c = reports::statusColours(s);
    const std::string key = statusKey(s);
    const std::string fg = reports::cssColour(c.text), bg = reports::cssColour(c.background);
    css += ".hc-status--" + key + "{color:" + fg + ";background-color:" + bg + "}\n";
    css += ".hc-status--" + key + " a:link,.hc-status--" + key + " a:visited{color:" + fg + "}\n";
  }
  return css;
}

std::string membersScreenStylesheet() {
  return "@media screen and (max-width:700px){\n"
         "body{margin:0 10px;max-width:none;overflow-wrap:break-word}\n"
         "table{display:block;overflow-x:auto;max-width:100%;"
         "background:linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/40px 100% no-repeat local,"
         "radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),transparent) right/14px 100% no-repeat scroll}\n"
         "tr>:first-child{position:sticky;left:0;z-index:1;background:#fff;box-shadow:2px 0 0 #b1b4b6}\n"
         "tr>th:first-child{background:#f3f2f1}\n"
         "caption{position:sticky;left:0}\n"
         "caption::after{content:' (scroll sideways to see every column)';font-weight:normal}\n"
         "}\n";
}

html::Html barChartBox(const reports::BarChart& chart) {
  return html::el("div").cls("hc-chart-box")
             .add(reports::barChartSvg(chart) + reports::barChartSvg(chart, reports::BarChartLayout::kNarrow)) + "\n";
}

}  // namespace hc::web::dashboard
