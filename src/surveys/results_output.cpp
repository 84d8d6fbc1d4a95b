#include "surveys/results_output.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <iomanip>
#include <sstream>

#include "surveys/excess_responses.h"

namespace hc::surveys {
namespace {

Poco::Dynamic::Var orNull(const std::optional<double>& v) { return v ? Poco::Dynamic::Var(*v) : Poco::Dynamic::Var(); }

std::string figure(const std::optional<double>& v, bool suppressed, int decimals) {
  if (suppressed) return "suppressed";
  if (!v) return "-";
  std::ostringstream s;
  s << std::fixed << std::setprecision(decimals) << *v;
  return s.str();
}

// A comment's later lines indented under its first, so that one comment
// never reads as two (or as a line of the report itself).
std::string continuationIndented(const std::string& text, const std::string& indent) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace

void writeResultsText(const SurveyResults& results, std::ostream& out) {
  const SurveyRun& run = results.run;
  out << run.title << " - " << run.run_id << " (" << run.period_from.iso() << " to " << run.period_to.iso() << ")\n";
  for (const ScopeResults& s : results.scopes) {
    out << "\n" << s.scope << (s.service.empty() ? "" : " (" + s.service + ")") << ": " << s.responses
        << " response(s)";
    if (s.response_rate) out << ", response rate " << figure(s.response_rate, false, 0) << "% of " << s.staff_in_post;
    out << (s.suppressed ? " - fewer than the minimum group size: results suppressed\n" : "\n");
    if (s.more_responses_than_staff)
      out << "  " << kMoreResponsesThanStaff
          << (s.awaiting_review ? " (not rated until reviewed: healthcheck survey review " + run.run_id + " --team " +
                                      s.scope + ")\n"
                                : " (reviewed: rated)\n");
    for (const auto& [area, v] : s.area_scores) out << "  area " << area << ": " << figure(v, s.suppressed, 1) << "\n";
    for (const auto& [group, v] : s.group_means) out << "  scale " << group << ": " << figure(v, s.suppressed, 2) << "\n";
    for (const QuestionResult& q : s.questions) {
      out << "  " << std::left << std::setw(10) << q.question_id << std::right;
      if (q.suppressed) {
        out << "suppressed\n";
        continue;
      }
      for (size_t i = 0; i < 5; ++i) out << std::setw(6) << q.counts[i];
      out << "   score " << figure(q.score, false, 1) << "\n";
    }
    for (const auto& c : s.comments) out << "  comment: " << continuationIndented(c, "           ") << "\n";
  }
}

void writeResultsJson(const SurveyResults& results, std::ostream& out) {
  Poco::JSON::Object root, run;
  run.set("id", results.run.run_id);
  run.set("survey", results.run.survey_id);
  run.set("period", results.run.period_label);
  run.set("from", results.run.period_from.iso());
  run.set("to", results.run.period_to.iso());
  root.set("run", run);
  Poco::JSON::Array scopes;
  for (const ScopeResults& s : results.scopes) {
    Poco::JSON::Object o, areas, groups;
    o.set("scope", s.scope);
    o.set("service", s.service);
    o.set("responses", s.responses);
    o.set("staff_in_post", s.staff_in_post);
    o.set("response_rate", orNull(s.response_rate));
    o.set("suppressed", s.suppressed);
    if (s.more_responses_than_staff) {
      o.set("more_responses_than_staff", kMoreResponsesThanStaff);
      o.set("awaiting_review", s.awaiting_review);
    }
    for (const auto& [a, v] : s.area_scores) areas.set(a, orNull(v));
    for (const auto& [g, v] : s.group_means) groups.set(g, orNull(v));
    o.set("areas", areas);
    o.set("groups", groups);
    Poco::JSON::Array questions;
    for (const QuestionResult& q : s.questions) {
      Poco::JSON::Object qo;
      Poco::JSON::Array counts;
      qo.set("id", q.question_id);
      qo.set("suppressed", q.suppressed);
      qo.set("answered", q.suppressed ? Poco::Dynamic::Var() : Poco::Dynamic::Var(q.answered));
      if (!q.suppressed)
        for (int64_t n : q.counts) counts.add(n);
      qo.set("counts", q.suppressed ? Poco::Dynamic::Var() : Poco::Dynamic::Var(counts));
      qo.set("score", orNull(q.score));
      questions.add(qo);
    }
    o.set("questions", questions);
    if (s.comments_shown) {
      Poco::JSON::Array comments;
      for (const auto& c : s.comments) comments.add(c);
      o.set("comments", comments);
    }
    scopes.add(o);
  }
  root.set("scopes", scopes);
  root.stringify(out, 2);
  out << "\n";
}

}  // namespace hc::surveys
