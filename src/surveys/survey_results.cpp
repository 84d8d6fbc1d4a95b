#include "surveys/survey_results.h"

#include "surveys/excess_responses.h"

#include <algorithm>

#include "surveys/answer_text.h"
#include "surveys/survey_scores.h"

namespace hc::surveys {
namespace {

struct RunQuestion {
  std::string id, kind, area, group;
  bool reverse = false;
};

// A mean of answers or answer scores (multiples of 25): whole numbers,
// which doubles add exactly in any order.
struct Mean {
  double sum = 0;
  int64_t n = 0;
  void add(double v) { sum += v, ++n; }
  std::optional<double> value() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};

// A mean over responses of their own means: fractions such as 100/3, which
// doubles round, so a running sum would depend on the order the responses
// were read in, and that follows their random ids. Summed in ascending
// order, the same responses give the same figure bit for bit.
struct MeanOfMeans {
  std::vector<double> values;
  void add(double v) { values.push_back(v); }
  std::optional<double> value() const {
    if (values.empty()) return std::nullopt;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (double v : sorted) sum += v;
    return sum / static_cast<double>(sorted.size());
  }
};

// Sums for one scope, before suppression.
struct Tally {
  int64_t responses = 0;
  std::map<std::string, MeanOfMeans> areas, groups;
  std::map<std::string, std::array<int64_t, 5>> counts;
  std::map<std::string, Mean> scores;
  std::vector<std::string> comments;
};

// Folds one response's answers into a scope's tally: area and group means
// are per response first (metrics.md), then over responses.
void addResponse(Tally& t, const std::vector<std::pair<const RunQuestion*, int>>& answers) {
  ++t.responses;
  std::map<std::string, Mean> areas, groups;
  for (const auto& [q, v] : answers) {
    ++t.counts[q->id][static_cast<size_t>(v - 1)];
    t.scores[q->id].add(answerScore(v, q->reverse));
    if (!q->area.empty()) areas[q->area].add(answerScore(v, q->reverse));
    if (!q->group.empty()) groups[q->group].add(orientedAnswer(v, q->reverse));
  }
  for (const auto& [a, m] : areas) t.areas[a].add(*m.value());
  for (const auto& [g, m] : groups) t.groups[g].add(*m.value());
}

ScopeResults build(const std::string& scope, const Tally& t, const std::vector<RunQuestion>& questions,
                   const ResultsOptions& options) {
  ScopeResults r;
  r.scope = scope;
  r.responses = t.responses;
  r.suppressed = t.responses < options.min_group_size;
  for (const auto& q : questions) {
    if (!q.area.empty()) r.area_scores[q.area];
    if (!q.group.empty()) r.group_means[q.group];
    if (q.kind != "scale") continue;
    QuestionResult qr;
    qr.question_id = q.id;
    auto c = t.counts.find(q.id);
    int64_t answered = 0;
    if (c != t.counts.end())
      for (int64_t n : c->second) answered += n;
    qr.suppressed = r.suppressed || answered < options.min_group_size;
    if (!qr.suppressed) {
      qr.answered = answered;
      qr.counts = c->second;
      qr.score = t.scores.at(q.id).value();
    }
    r.questions.push_back(qr);
  }
  if (!r.suppressed) {
    for (auto& [a, v] : r.area_scores)
      if (auto it = t.areas.find(a); it != t.areas.end()) v = it->second.value();
    for (auto& [g, v] : r.group_means)
      if (auto it = t.groups.find(g); it != t.groups.end()) v = it->second.value();
  }
  r.comments_shown = !options.published && !r.suppressed && t.responses >= options.min_comment_group;
  if (r.comments_shown) r.comments = t.comments;
  return r;
}

void suppress(ScopeResults& r) {
  r.suppressed = true;
  for (auto& [a, v] : r.area_scores) v.reset();
  for (auto& [g, v] : r.group_means) v.reset();
  for (auto& q : r.questions) q = QuestionResult{q.question_id, 0, {}, std::nullopt, true};
  r.comments.clear();
  r.comments_shown = false;
}

}  // namespace

SurveyResults loadSurveyResults(store::Database& db, const std::string& run_id, const ResultsOptions& options) {
  SurveyRuns runs(db);
  SurveyResults results;
  results.run = runs.get(run_id);

  std::vector<RunQuestion> questions;
  std::map<std::string, size_t> index;
  auto qs = db.prepare(
      "SELECT question_id, kind, area, grp, reverse FROM survey_run_questions WHERE run_id = ? ORDER BY position");
  qs->bindText(0, run_id);
  while (qs->step()) {
    index[qs->getText(0)] = questions.size();
    questions.push_back({qs->getText(0), qs->getText(1), qs->isNull(2) ? "" : qs->getText(2),
                         qs->isNull(3) ? "" : qs->getText(3), qs->getInt(4) != 0});
  }

  std::map<std::string, Tally> teams;
  Tally council;
  for (const auto& t : runs.teams(run_id)) teams[t];
  auto rs = db.prepare(
      "SELECT r.response_id, r.team_id, a.question_id, a.value FROM survey_responses r "
      "LEFT JOIN survey_answers a ON a.response_id = r.response_id WHERE r.run_id = ? ORDER BY r.response_id");
  rs->bindText(0, run_id);
  std::string current, team;
  std::vector<std::pair<const RunQuestion*, int>> answers;
  auto flush = [&]() {
    if (current.empty()) return;
    addResponse(teams[team], answers);
    addResponse(council, answers);
    answers.clear();
  };
  while (rs->step()) {
    if (rs->getText(0) != current) {
      flush();
      current = rs->getText(0);
      team = rs->getText(1);
    }
    if (rs->isNull(2)) continue;
    auto it = index.find(rs->getText(2));
    if (it != index.end()) answers.emplace_back(&questions[it->second], static_cast<int>(rs->getInt(3)));
  }
  flush();
  auto cs = db.prepare("SELECT team_id, body FROM survey_comments WHERE run_id = ? ORDER BY comment_id");
  cs->bindText(0, run_id);
  while (cs->step()) {
    // Cleaned as they leave the store: stored before the form cleaned
    // them, a comment may hold a terminal's escape sequences.
    const std::string body = cleanAnswer(cs->getText(1));
    teams[cs->getText(0)].comments.push_back(body);
    council.comments.push_back(body);
  }

  std::map<std::string, TeamStatus> status;
  int64_t council_staff = 0;
  for (const TeamStatus& s : runs.status(run_id)) status[s.team_id] = s, council_staff += s.staff_in_post;
  std::map<std::string, std::string> services;
  auto ts = db.prepare("SELECT team_id, service FROM teams");
  while (ts->step()) services[ts->getText(0)] = ts->getText(1);

  auto withRate = [](ScopeResults r, int64_t in_post) {
    r.staff_in_post = in_post;
    if (in_post > 0) r.response_rate = 100.0 * r.responses / in_post;
    return r;
  };
  results.scopes.push_back(withRate(build("council", council, questions, options), council_staff));
  for (const auto& [id, tally] : teams) {
    ScopeResults r = withRate(build(id, tally, questions, options), status[id].staff_in_post);
    r.service = services[id];
    r.more_responses_than_staff = moreResponsesThanStaff(r.responses, r.staff_in_post);
    r.awaiting_review = r.more_responses_than_staff && status[id].reviewed_responses < r.responses;
    results.scopes.push_back(std::move(r));
  }

  // Secondary suppression per service: one suppressed team alone could be
  // recovered from the service's total, so the next-smallest goes too.
  std::map<std::string, std::vector<ScopeResults*>> by_service;
  for (size_t i = 1; i < results.scopes.size(); ++i) by_service[results.scopes[i].service].push_back(&results.scopes[i]);
  for (auto& [service, members] : by_service) {
    // A team with no responses hides nothing, so it does not count.
    if (std::count_if(members.begin(), members.end(), [](auto* r) { return r->suppressed && r->responses > 0; }) != 1)
      continue;
    ScopeResults* next = nullptr;
    for (ScopeResults* r : members)
      if (!r->suppressed && (!next || r->responses < next->responses)) next = r;
    if (next) suppress(*next);
  }
  return results;
}

}  // namespace hc::surveys
