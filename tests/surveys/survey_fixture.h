// A fresh migrated database per test with three teams (T1, T2 in children's
// services, T3 in adults') and staff in post, the shipped survey
// definitions, and helpers to open a run and store complete responses.
#ifndef HC_TESTS_SURVEYS_SURVEY_FIXTURE_H_
#define HC_TESTS_SURVEYS_SURVEY_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"
#include "surveys/response_store.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_runs.h"

namespace hc::surveys {

class SurveyTest : public ::testing::Test {
 protected:
  SurveyTest() : catalogue_(std::string(HC_SOURCE_DIR) + "/surveys") {
    store::migrate(db());
    exec("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')");
    exec("INSERT INTO teams (team_id, name, service) VALUES ('T2', 'Team two', 'children')");
    exec("INSERT INTO teams (team_id, name, service) VALUES ('T3', 'Team three', 'adults')");
    addStaff("T1", 20);
    addStaff("T2", 8);
  }

  store::Database& db() { return test_db_.db(); }
  const SurveyDefinition& healthCheck() const { return catalogue_.get("health-check"); }
  const SurveyDefinition& hse() const { return catalogue_.get("hse-indicator-tool"); }

  void exec(const std::string& sql) { db().prepare(sql)->execute(); }

  void addStaff(const std::string& team, int n) {
    auto st = db().prepare(
        "INSERT INTO staff (staff_id, team_id, role, employment, fte, start_date) VALUES (?, ?, 'social_worker', "
        "'permanent', 1, '2020-01-01')");
    for (int i = 0; i < n; ++i) {
      st->bindText(0, team + "-S" + std::to_string(i));
      st->bindText(1, team);
      st->execute();
    }
  }

  int64_t count(const std::string& sql) {
    auto st = db().prepare(sql);
    int64_t n = -1;
    while (st->step()) n = st->getInt(0);
    return n;
  }

  SurveyRun openRun(const std::vector<std::string>& teams = {"T1", "T2", "T3"}) {
    return SurveyRuns(db()).open(healthCheck(), "2025-Q3", Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30),
                                 teams);
  }

  // Every scale question answered `value` (text questions: `comment`).
  Answers allAnswers(const std::string& value, const std::string& comment = "") {
    Answers a;
    for (const Question* q : healthCheck().questions())
      if (q->kind == Question::Kind::kScale) a[q->id] = value;
      else if (!comment.empty()) a[q->id] = comment;
    return a;
  }

  std::vector<std::string> idsOf(const SurveyDefinition& s) {
    std::vector<std::string> ids;
    for (const Question* q : s.questions()) ids.push_back(q->id);
    return ids;
  }

  // Issues a link for `team`, answers everything and submits it.
  SubmitOutcome respond(const std::string& run_id, const std::string& team, const Answers& answers) {
    const std::string token = SurveyRuns(db()).invite(run_id, team, 1).front();
    ResponseStore store(db());
    const Link link = store.resolve(token);
    store.saveDraft(link, idsOf(healthCheck()), answers);
    return store.submit(link, healthCheck());
  }

  // Stores a response under a chosen id, as the form or an import would
  // under a random one: the id decides the order the database returns it in.
  void storeResponse(const std::string& run_id, const std::string& team, const std::string& response_id,
                     const Answers& answers) {
    auto r = db().prepare("INSERT INTO survey_responses (response_id, run_id, team_id) VALUES (?, ?, ?)");
    r->bindText(0, response_id);
    r->bindText(1, run_id);
    r->bindText(2, team);
    r->execute();
    auto a = db().prepare("INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)");
    for (const auto& [question, value] : answers) {
      a->bindText(0, response_id);
      a->bindText(1, question);
      a->bindInt(2, std::stoi(value));
      a->execute();
    }
  }

  // T1 and T2 each give the same six responses, whose tools scores are
  // 25k/6 for k = 23, 23, 11, 20, 16, 15 (mean exactly 75, the green
  // limit) and every other answer 3. T1's ids put them in that order, T2's
  // in the reverse; added in those orders their tools scores sum to 450
  // and to 449.99999999999994, giving 75 and 74.99999999999999.
  void storeTwoTeamsInOppositeOrders(const std::string& run_id) {
    const std::vector<int> totals{23, 23, 11, 20, 16, 15};
    for (size_t i = 0; i < totals.size(); ++i) {
      Answers a = allAnswers("3");
      int left = totals[i];
      for (const char* q : {"tl1", "tl2", "tl3", "tl4", "tl5", "tl6"}) {  // none reversed
        const int step = std::min(left, 4);
        a[q] = std::to_string(1 + step);
        left -= step;
      }
      storeResponse(run_id, "T1", responseId(10 + i), a);
      storeResponse(run_id, "T2", responseId(29 - i), a);
    }
  }

  // A response id (32 characters, like the random ones) that sorts by n.
  static std::string responseId(size_t n) {
    const std::string digits = std::to_string(n);
    return std::string(32 - digits.size(), '0') + digits;
  }

  testing::TestDatabase test_db_;
  SurveyCatalogue catalogue_;
};

}  // namespace hc::surveys

#endif  // HC_TESTS_SURVEYS_SURVEY_FIXTURE_H_
