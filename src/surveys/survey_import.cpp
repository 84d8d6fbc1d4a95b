#include "surveys/survey_import.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <set>

#include "ingest/csv_reader.h"
#include "ingest/header.h"
#include "ingest/import_log.h"
#include "ingest/rejects_file.h"
#include "ingest/row_validator.h"
#include "store/schema.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

using ingest::Diagnostic;
using ingest::FileOutcome;

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

class ResponseWriter {
 public:
  ResponseWriter(store::Database& db, const SurveyDefinition& survey, SurveyRuns& runs, std::string run_id)
      : survey_(survey), runs_(runs), run_id_(std::move(run_id)),
        response_(db.prepare("INSERT INTO survey_responses (response_id, run_id, team_id) VALUES (?, ?, ?)")),
        answer_(db.prepare("INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)")),
        comment_(db.prepare(
            "INSERT INTO survey_comments (comment_id, run_id, team_id, question_id, body) VALUES (?, ?, ?, ?, ?)")) {}

  // values[0] is team_id, then one per question in form order.
  void write(const std::vector<ingest::Value>& values) {
    const std::string team(values[0].text());
    if (teams_.insert(team).second) runs_.addTeam(run_id_, team);
    const std::string id = newToken();
    response_->bindText(0, id);
    response_->bindText(1, run_id_);
    response_->bindText(2, team);
    response_->execute();
    const auto questions = survey_.questions();
    for (size_t i = 0; i < questions.size(); ++i) {
      const ingest::Value& v = values[i + 1];
      if (v.kind == ingest::Value::Kind::kNull) continue;
      if (questions[i]->kind == Question::Kind::kScale) {
        answer_->bindText(0, id);
        answer_->bindText(1, questions[i]->id);
        answer_->bindInt(2, v.number);
        answer_->execute();
      } else {
        comment_->bindText(0, newToken());
        comment_->bindText(1, run_id_);
        comment_->bindText(2, team);
        comment_->bindText(3, questions[i]->id);
        comment_->bindText(4, v.text().substr(0, questions[i]->max_length));
        comment_->execute();
      }
    }
  }

 private:
  const SurveyDefinition& survey_;
  SurveyRuns& runs_;
  std::string run_id_;
  std::set<std::string> teams_;
  std::unique_ptr<store::Statement> response_, answer_, comment_;
};

}  // namespace

ingest::FileReport importSurveyResponses(store::Database& db, const std::string& path,
                                         const SurveyImportTarget& target, const ingest::ImportOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const SurveyDefinition& survey = *target.survey;
  const std::string file = std::filesystem::path(path).filename().string();
  ingest::FileReport report;
  report.path = path;
  report.kind = "survey_responses";
  ingest::DiagnosticList diagnostics(options.max_messages);
  auto finish = [&](FileOutcome outcome) {
    report.outcome = outcome;
    if (outcome == FileOutcome::kRejected) report.inserted = 0;
    report.warnings = diagnostics.warnings();
    report.messages = diagnostics.kept();
    report.messages_not_shown = diagnostics.notKept();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
  };
  auto fail = [&](int64_t line, const std::string& why) {
    diagnostics.add(Diagnostic{file, line, "", why + "; the file is not imported"});
  };

  store::migrate(db);
  const ingest::FileKind kind = kindFor(survey);
  ingest::CsvReader reader(path);
  ingest::CsvRecord record;
  if (!reader.next(record)) {
    fail(reader.errorLine(), reader.error().empty() ? "the file is empty: there is no header row" : reader.error());
    return finish(FileOutcome::kRejected);
  }
  const ingest::Header header(kind, record, file, diagnostics);
  if (!header.usable()) return finish(FileOutcome::kRejected);
  std::optional<ingest::RejectsFile> rejects;
  const std::string rejects_path = ingest::rejectsPathFor(options.rejects_path, path, options.skip_invalid, 1);
  if (!rejects_path.empty()) rejects.emplace(rejects_path, std::string(record.raw), reader.hadByteOrderMark());

  try {
    store::Transaction tx(db);
    SurveyRuns runs(db);
    const SurveyRun run = runs.openForImport(survey, target.period_label, target.from, target.to);
    const int64_t import_id = ingest::beginImport(db, path, report.kind);
    deleteRunResponses(db, run.run_id);
    ingest::RowValidator validator(db, kind, header, file);
    ResponseWriter writer(db, survey, runs, run.run_id);
    std::vector<Diagnostic> findings;
    while (reader.next(record)) {
      ++report.rows_read;
      bool ok = false;
      if (header.repeatedBy(record)) {
        findings = {Diagnostic{file, record.line, "", "this line repeats the header: the export looks pasted twice"}};
      } else {
        ok = validator.check(record, findings);
      }
      for (const Diagnostic& d : findings) diagnostics.add(d);
      if (ok) {
        writer.write(validator.values());
        ++report.inserted;
        continue;
      }
      ++report.rejected;
      if (!rejects) continue;
      std::string reason;
      for (const Diagnostic& d : findings)
        if (d.is_error) reason += (reason.empty() ? "" : "; ") + (d.column.empty() ? "" : d.column + ": ") + d.reason;
      if (!rejects->add(record.raw, reason)) {
        fail(0, rejects->error());
        return finish(FileOutcome::kRejected);
      }
    }
    if (!reader.error().empty()) {
      fail(reader.errorLine(), reader.error());
      return finish(FileOutcome::kRejected);
    }
    if (rejects && !rejects->close()) {
      fail(0, rejects->error());
      return finish(FileOutcome::kRejected);
    }
    if (rejects && rejects->rows() > 0) report.rejects_path = rejects->path();
    if (report.rejected > 0 && !options.skip_invalid) return finish(FileOutcome::kRejected);
    ingest::finishImport(db, import_id, {report.rows_read, report.inserted, 0, report.rejected},
                         report.rejected ? "stored_with_rejects" : "stored");
    tx.commit();
    return finish(report.rejected ? FileOutcome::kStoredWithRejects : FileOutcome::kStored);
  } catch (const store::DatabaseError& e) {
    fail(record.line, std::string("database error: ") + e.what());
    return finish(FileOutcome::kRejected);
  }
}

}  // namespace hc::surveys
