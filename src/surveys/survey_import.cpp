#include "surveys/survey_import.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/checked_rows.h"
#include "ingest/row_source.h"
#include "store/schema.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

// The survey's columns as a file kind, so the importer's generic header and
// row checks apply unchanged. Views point into `survey`, which outlives it.
ingest::FileKind kindFor(const SurveyDefinition& survey) {
  ingest::FileKind kind;
  kind.name = "survey_responses";
  kind.noun = "survey response";
  ingest::Column team;
  team.name = "team_id";
  team.type = ingest::ValueType::kId;
  team.required = true;
  team.references = "teams";
  kind.columns.push_back(team);
  for (const Question* q : survey.questions()) {
    ingest::Column c;
    c.name = q->id;
    if (q->kind == Question::Kind::kScale) {
      c.type = ingest::ValueType::kInteger;
      c.min = 1;
      c.max = 5;
    }
    kind.columns.push_back(c);
  }
  return kind;
}

void deleteRunResponses(store::Database& db, const std::string& run_id) {
  for (const char* sql : {"DELETE FROM survey_answers WHERE response_id IN "
                          "(SELECT response_id FROM survey_responses WHERE run_id = ?)",
                          "DELETE FROM survey_responses WHERE run_id = ?", "DELETE FROM survey_comments WHERE run_id = ?"}) {
    auto st = db.prepare(sql);
    st->bindText(0, run_id);
    st->execute();
  }
}

// Writes a file's responses at its end, in the order of their keys. The
// keys are random (anonymity: survey_responses in 0002), so written in file
// order each answer would land on a page of its own in a table of millions,
// and an import of the eighth quarter took half as long again as the first;
// in key order each page is read and written once.
class ResponseWriter {
 public:
  ResponseWriter(store::Database& db, const SurveyDefinition& survey, SurveyRuns& runs, std::string run_id)
      : survey_(survey), runs_(runs), run_id_(std::move(run_id)),
        response_(db.prepare("INSERT INTO survey_responses (response_id, run_id, team_id) VALUES (?, ?, ?)")),
        answer_(db.prepare("INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)")),
        comment_(db.prepare(
            "INSERT INTO survey_comments (comment_id, run_id, team_id, question_id, body) VALUES (?, ?, ?, ?, ?)")) {}

  // values[0] is team_id, then one per question in form order.
  void add(const std::vector<ingest::Value>& values) {
    const std::string team(values[0].text());
    if (teams_.insert(team).second) runs_.addTeam(run_id_, team);
    Response response{newToken(), team, {}};
    const auto questions = survey_.questions();
    for (size_t i = 0; i < questions.size(); ++i) {
      const ingest::Value& v = values[i + 1];
      if (v.kind == ingest::Value::Kind::kNull) continue;
      if (questions[i]->kind == Question::Kind::kScale) {
        response.answers.push_back({questions[i]->id, v.number});
      } else {
        comments_.push_back(Comment{newToken(), team, questions[i]->id,
                                    std::string(v.text().substr(0, questions[i]->max_length))});
      }
    }
    std::sort(response.answers.begin(), response.answers.end());
    responses_.push_back(std::move(response));
  }

  // Writes what add() was given, each table in its key's order.
  void write() {
    std::sort(responses_.begin(), responses_.end(),
              [](const Response& a, const Response& b) { return a.id < b.id; });
    for (const Response& r : responses_) {
      response_->bindText(0, r.id);
      response_->bindText(1, run_id_);
      response_->bindText(2, r.team);
      response_->execute();
    }
    for (const Response& r : responses_) {
      for (const auto& [question, value] : r.answers) {
        answer_->bindText(0, r.id);
        answer_->bindText(1, question);
        answer_->bindInt(2, value);
        answer_->execute();
      }
    }
    std::sort(comments_.begin(), comments_.end(), [](const Comment& a, const Comment& b) { return a.id < b.id; });
    for (const Comment& c : comments_) {
      comment_->bindText(0, c.id);
      comment_->bindText(1, run_id_);
      comment_->bindText(2, c.team);
      comment_->bindText(3, c.question);
      comment_->bindText(4, c.body);
      comment_->execute();
    }
    responses_.clear();
    comments_.clear();
  }

 private:
  struct Response {
    std::string id, team;
    std::vector<std::pair<std::string_view, int64_t>> answers;  // question id (the survey's), value
  };
  struct Comment {
    std::string id, team;
    std::string_view question;
    std::string body;
  };

  const SurveyDefinition& survey_;
  SurveyRuns& runs_;
  std::string run_id_;
  std::set<std::string> teams_;
  std::vector<Response> responses_;
  std::vector<Comment> comments_;
  std::unique_ptr<store::Statement> response_, answer_, comment_;
};

// A run's imported responses are the file's: the run is opened (or made)
// and emptied inside the import's transaction, then every valid row added.
class ResponseRows : public ingest::CheckedRows {
 public:
  ResponseRows(const ingest::FileKind& kind, const SurveyDefinition& survey, const SurveyImportTarget& target)
      : CheckedRows(kind), survey_(survey), target_(target) {}

 protected:
  void prepare(store::Database& db, int64_t import_id) override {
    runs_.emplace(db);
    const SurveyRun run = runs_->openForImport(survey_, target_.period_label, target_.from, target_.to);
    deleteRunResponses(db, run.run_id);
    writer_.emplace(db, survey_, *runs_, run.run_id);
  }

  bool storeValues(const std::vector<ingest::Value>& values, int64_t line, std::vector<ingest::Diagnostic>& findings,
                   ingest::FileReport& report) override {
    writer_->add(values);
    ++report.inserted;
    return true;
  }

  void end(ingest::FileReport&) override { writer_->write(); }

 private:
  const SurveyDefinition& survey_;
  const SurveyImportTarget& target_;
  std::optional<SurveyRuns> runs_;
  std::optional<ResponseWriter> writer_;
};

}  // namespace

ingest::FileReport importSurveyResponses(store::Database& db, const std::string& path,
                                         const SurveyImportTarget& target, const ingest::ImportOptions& options) {
  store::migrate(db);
  const ingest::FileKind kind = kindFor(*target.survey);
  ingest::CsvRowSource source(path);
  ResponseRows rows(kind, *target.survey, target);
  return ingest::runImport(db, source, rows, ingest::ImportRules{path, "survey_responses", options});
}

}  // namespace hc::surveys
