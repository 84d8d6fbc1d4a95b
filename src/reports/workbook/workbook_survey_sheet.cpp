// A "Staff survey" sheet per survey run of the period: one row per scope
// (the council, then each team) with responses, staff in post, response
// rate and the area scores, then for each scale question the share of
// those answering who gave each point of its scale. Suppressed scopes and
// questions are blank cells, with the reason in the Note column; comments
// are never written.
#include <algorithm>
#include <stdexcept>

#include "reports/figure_phrases.h"
#include "reports/workbook/workbook_sheets.h"
#include "surveys/excess_responses.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kGroupRow = 2;      // a question's wording over its five columns
constexpr lxw_row_t kHeaderRow = 3;
constexpr lxw_col_t kFirstArea = 8;     // Level .. Note, then the area scores
constexpr lxw_col_t kPerQuestion = 5;   // answers 1..5

std::string areaTitle(const std::string& area_id) { return metrics::areaLabel(area_id) + " (score 0-100)"; }

void writeRunSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model, const surveys::SurveyResults& run,
                   const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw std::runtime_error("xlsx: cannot add the " + name + " sheet");
  const surveys::PeriodSurveys& data = model.surveys;
  const std::vector<std::string> areas = surveys::scoredAreas(run);
  const std::vector<surveys::QuestionResult>& questions =
      run.scopes.empty() ? std::vector<surveys::QuestionResult>{} : run.scopes.front().questions;
  const lxw_col_t first_question = kFirstArea + lxw_col_t(areas.size());
  const lxw_col_t last_col = first_question + lxw_col_t(questions.size()) * kPerQuestion - 1;

  check(worksheet_set_column(ws, 0, 1, 10, nullptr), "setting widths");
  check(worksheet_set_column(ws, 2, 2, 30, nullptr), "setting widths");
  check(worksheet_set_column(ws, 3, 6, 12, nullptr), "setting widths");
  check(worksheet_set_column(ws, 7, 7, 40, nullptr), "setting widths");
  check(worksheet_set_column(ws, kFirstArea, std::max(last_col, kFirstArea), 14, nullptr), "setting widths");

  // The run's own period when it differs from the workbook's; said once.
  writeText(ws, 0, 0,
            run.run.title + ": " +
                (run.run.period_label == model.period.label ? periodTitle(model) : run.run.period_label),
            f.title);
  writeText(ws, 1, 0,
            "Response rate = responses / staff in post on the last day of the survey's period. Shares are "
            "percentages of those answering each question. Blank cells: fewer than " +
                std::to_string(data.min_group_size) +
                " responses (or hidden so that a smaller team's answers cannot be worked out); see Note. Staff's "
                "written comments are never included.",
            f.note);
  double group_height = 15;
  for (const surveys::QuestionResult& q : questions)
    group_height = std::max(group_height, rowHeight(data.wordingOf(run.run, q.question_id).text + " [" +
                                                        q.question_id + "]", 14.0 * kPerQuestion));
  check(worksheet_set_row(ws, kGroupRow, group_height, nullptr), "setting a header row's height");
  for (size_t i = 0; i < questions.size(); ++i) {
    const lxw_col_t c = first_question + lxw_col_t(i) * kPerQuestion;
    const std::string text = data.wordingOf(run.run, questions[i].question_id).text + " [" +
                             questions[i].question_id + "]";
    // The survey definition's wording, not staff's answers.
    check(worksheet_merge_range(ws, kGroupRow, c, kGroupRow, c + kPerQuestion - 1, text.c_str(), f.header),
          "writing a question header");
  }
  std::vector<std::string> headers = {"Level", "Scope id", "Name", "Service", "Responses", "Staff in post",
                                      "Response rate (%)", "Note"};
  std::vector<double> widths = {10, 10, 30, 12, 12, 12, 12, 40};
  for (const std::string& area : areas) {
    headers.push_back(areaTitle(area));
    widths.push_back(14);
  }
  for (const surveys::QuestionResult& q : questions) {
    const surveys::QuestionWording w = data.wordingOf(run.run, q.question_id);
    for (lxw_col_t k = 0; k < kPerQuestion; ++k) {
      headers.push_back(w.labels[k] + " (%)");
      widths.push_back(14);
    }
  }
  writeHeaders(ws, kHeaderRow, 0, headers, widths, f.header);

  lxw_row_t row = kHeaderRow + 1;
  for (const surveys::ScopeResults& s : run.scopes) {
    const bool council = s.scope == "council";
    writeText(ws, row, 0, council ? "Council" : "Team", nullptr);
    writeText(ws, row, 1, s.scope, nullptr);
    writeText(ws, row, 2, data.nameOf(s.scope), nullptr);
    writeText(ws, row, 3, s.service, nullptr);
    writeNumber(ws, row, 4, double(s.responses), f.count);
    writeNumber(ws, row, 5, double(s.staff_in_post), f.count);
    writeNumber(ws, row, 6, s.response_rate, f.decimal);
    // suppressedText says "not shown" itself: "fewer than 5 responses: not shown".
    std::string note = s.suppressed ? capitalised(surveys::suppressedText(s, data.min_group_size)) : "";
    bool question_hidden = false;
    for (size_t i = 0; i < areas.size(); ++i) {
      auto it = s.area_scores.find(areas[i]);
      writeNumber(ws, row, kFirstArea + lxw_col_t(i), it == s.area_scores.end() ? std::nullopt : it->second,
                  f.decimal);
    }
    for (size_t i = 0; i < s.questions.size() && i < questions.size(); ++i) {
      const surveys::QuestionResult& q = s.questions[i];
      question_hidden = question_hidden || (q.suppressed && !s.suppressed);
      if (q.suppressed || q.answered == 0) continue;
      for (lxw_col_t k = 0; k < kPerQuestion; ++k)
        writeNumber(ws, row, first_question + lxw_col_t(i) * kPerQuestion + k,
                    100.0 * double(q.counts[k]) / double(q.answered), f.decimal);
    }
    if (question_hidden)
      note = "Questions answered by fewer than " + std::to_string(data.min_group_size) + " people are not shown";
    if (s.more_responses_than_staff) note = capitalised(surveys::excessNote(s)) + (note.empty() ? "" : ". " + note);
    writeText(ws, row, 7, note, nullptr);
    ++row;
  }
  worksheet_freeze_panes(ws, kHeaderRow + 1, 3);
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max<lxw_row_t>(row - 1, kHeaderRow),
                             std::max(last_col, kFirstArea)),
        "adding the filter");
  printSetup(ws, kGroupRow, kHeaderRow, lxw_col_t(2));
}

}  // namespace

void writeSurveySheets(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  for (size_t i = 0; i < model.surveys.runs.size(); ++i)
    writeRunSheet(wb, f, model, model.surveys.runs[i],
                  i == 0 ? std::string("Staff survey") : "Staff survey " + std::to_string(i + 1));
}

}  // namespace hc::reports::workbook
