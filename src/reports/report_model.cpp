#include "reports/report_model.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "metrics/status.h"
#include "core/clean_text.h"

namespace hc::reports {
namespace {

using metrics::Level;

const metrics::MetricInfo& metricInfo(const std::string& id) {
  const metrics::MetricInfo* info = metrics::findMetric(id);
  if (!info) throw std::invalid_argument("report: unknown metric id '" + id + "'");
  return *info;
}

// The position of area `id` in the catalogue's areas().
size_t areaIndex(const std::string& id) {
  const auto& all = metrics::areas();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].id == id) return i;
  throw std::invalid_argument("report: unknown area id '" + id + "'");
}

// Every area and metric of the catalogue, empty, so that writers can rely on
// fixed positions: areas[int(Area)], and metrics in catalogue order.
std::vector<AreaFigures> emptyAreas() {
  std::vector<AreaFigures> areas;
  for (const metrics::AreaInfo& a : metrics::areas()) {
    AreaFigures area;
    area.info = &a;
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (m.area != a.area) continue;
      MetricFigure f;
      f.info = &m;
      area.metrics.push_back(f);
    }
    areas.push_back(std::move(area));
  }
  return areas;
}

MetricFigure* findFigure(std::vector<AreaFigures>& areas, const metrics::MetricInfo& m) {
  for (MetricFigure& f : areas[size_t(m.area)].metrics)
    if (f.info == &m) return &f;
  return nullptr;
}

ScopeFigures resolveScope(const metrics::ScopeResult& s, const metrics::Thresholds& thresholds) {
  ScopeFigures scope;
  scope.level = s.level;
  scope.id = cleanText(s.id);
  scope.name = cleanText(s.name);
  scope.service = cleanText(s.service);
  scope.locality = cleanText(s.locality);
  scope.areas = emptyAreas();
  scope.score = s.score;
  scope.rank = s.rank;
  scope.ranked_score = s.ranked_score;
  for (const metrics::AreaResult& a : s.areas) {
    AreaFigures& area = scope.areas[areaIndex(a.id)];
    area.status = a.status;
    area.score = a.score;
    area.measures = a.measures;
    area.red_measures = a.red_measures;
    area.withheld = a.withheld;
    for (const metrics::MetricResult& r : a.metrics) {
      const metrics::MetricInfo& info = metricInfo(r.id);
      MetricFigure& f = *findFigure(scope.areas, info);
      f.value = r.value;
      f.previous = r.previous;
      f.change = r.change;
      f.n = r.n;
      f.status = r.status;
      f.suppressed = r.suppressed;
      // Belt and braces: a suppressed figure never carries a number on.
      if (f.suppressed) f.value = f.previous = f.change = std::nullopt;
    }
  }
  // Last period's area status, scored by the engine's own rules
  // (scoreHealthCheck) from the previous values rated with these limits.
  metrics::HealthCheck last;
  metrics::ScopeResult& before = last.scopes.emplace_back();
  for (const AreaFigures& area : scope.areas) {
    metrics::AreaResult& a = before.areas.emplace_back();
    a.id = std::string(area.info->id);
    for (const MetricFigure& f : area.metrics) {
      if (!f.previous) continue;
      metrics::MetricResult& m = a.metrics.emplace_back();
      m.id = std::string(f.info->id);
      m.value = f.previous;
      m.status = metrics::rate(f.info->metric, *f.previous, thresholds);
    }
  }
  metrics::scoreHealthCheck(last);
  for (size_t i = 0; i < scope.areas.size(); ++i) scope.areas[i].previous_status = before.areas[i].status;
  return scope;
}

void buildTrend(ReportModel& model, const std::vector<metrics::HealthCheck>& history) {
  if (history.empty()) return;
  for (const metrics::HealthCheck& h : history) model.trend_periods.push_back(h.period.label);

  // value[period][scope id][metric id]: looked up once per cell below.
  std::vector<std::unordered_map<std::string, const metrics::ScopeResult*>> by_scope(history.size());
  for (size_t p = 0; p < history.size(); ++p) {
    for (const metrics::ScopeResult& s : history[p].scopes) by_scope[p][s.id] = &s;
  }
  const auto valueOf = [](const metrics::ScopeResult& s, const metrics::MetricInfo& m) {
    for (const metrics::AreaResult& a : s.areas)
      for (const metrics::MetricResult& r : a.metrics)
        if (r.id == m.id) return r.suppressed ? std::nullopt : r.value;
    return std::optional<double>();
  };

  // Every team too: the workbook's one Trends sheet filters to a team, so
  // nobody needs a workbook per period to follow one.
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    for (const ScopeFigures& scope : model.scopes) {
      TrendSeries series;
      series.level = scope.level;
      series.service = scope.service;
      series.scope_id = scope.id;
      series.scope_name = scope.name;
      series.info = &m;
      for (size_t p = 0; p < history.size(); ++p) {
        auto it = by_scope[p].find(scope.id);
        series.values.push_back(it == by_scope[p].end() ? std::nullopt : valueOf(*it->second, m));
      }
      model.trend.push_back(std::move(series));
    }
  }
}

// Actions as members read them: by area (catalogue order), then the
// soonest due first, then the oldest.
void orderActions(std::vector<Action>& actions) {
  auto areaRank = [](const std::string& id) {
    const auto& all = metrics::areas();
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i].id == id) return i;
    return all.size();
  };
  std::stable_sort(actions.begin(), actions.end(), [&](const Action& a, const Action& b) {
    const size_t ra = areaRank(a.area), rb = areaRank(b.area);
    if (ra != rb) return ra < rb;
    if (a.due != b.due) return a.due < b.due;
    return a.id < b.id;
  });
}

Action cleanAction(Action a) {
  for (std::string* text : {&a.scope_id, &a.area, &a.metric, &a.title, &a.description, &a.owner, &a.agreed_period})
    *text = cleanText(*text);
  for (ActionNote& note : a.notes) {
    note.author = cleanText(note.author);
    note.text = cleanText(note.text);
  }
  return a;
}

}  // namespace

const ScopeFigures* ReportModel::scope(const std::string& id) const {
  for (const ScopeFigures& s : scopes)
    if (s.id == id) return &s;
  return nullptr;
}

std::string ReportModel::scopeName(const std::string& id) const {
  if (id == "council") return "the whole council";
  const ScopeFigures* s = scope(id);
  return s ? s->name : id;
}

const ScopeFigures* ReportModel::council() const {
  for (const ScopeFigures& s : scopes)
    if (s.level == Level::kCouncil) return &s;
  return nullptr;
}

std::vector<const ScopeFigures*> ReportModel::services() const {
  std::vector<const ScopeFigures*> out;
  for (const ScopeFigures& s : scopes)
    if (s.level == Level::kService) out.push_back(&s);
  return out;
}

std::vector<const ScopeFigures*> ReportModel::teams() const {
  std::vector<const ScopeFigures*> out;
  for (const ScopeFigures& s : scopes)
    if (s.level == Level::kTeam) out.push_back(&s);
  return out;
}

ReportCover cleanCover(const ReportCover& cover) {
  return {cleanText(cover.meeting), cleanText(cover.author), cleanText(cover.contact)};
}

ReportModel buildReportModel(const metrics::HealthCheck& current, const ReportOptions& options,
                             const std::vector<metrics::HealthCheck>& history) {
  ReportModel model;
  model.period = current.period;
  model.council_name = cleanText(options.council_name);
  model.published = options.published;
  model.shown_as_computed = options.shown_as_computed;
  model.min_group_size = options.min_group_size;
  model.thresholds = options.thresholds;
  for (const auto& [id, benchmark] : options.national) {
    model.national[size_t(metricInfo(id).metric)] = benchmark;
  }
  model.scopes.reserve(current.scopes.size());
  for (const metrics::ScopeResult& s : current.scopes) {
    model.scopes.push_back(resolveScope(s, options.thresholds));
  }
  buildTrend(model, history);
  model.written = options.written.value_or(current.period.to);
  model.records_up_to = current.records_up_to;
  for (const Action& a : options.actions) model.actions.push_back(cleanAction(a));
  orderActions(model.actions);
  return model;
}

}  // namespace hc::reports
