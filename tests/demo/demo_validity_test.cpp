// Every row the demo writes is valid by the data contract: the types and
// ranges of each column, the rules between columns, unique keys, and
// references that resolve within the same folder. (The import of a demo
// folder must have zero rejects.)
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <regex>
#include <set>

#include "core/records.h"
#include "demo/demo_folder.h"

namespace hc::demo {
namespace {

using testing::CsvTable;
using testing::DemoFolder;

enum class Kind { kId, kText, kDate, kDateTime, kInt, kDecimal, kBool, kEnum };

struct Column {
  Column(std::string name, Kind kind, bool required) : name(std::move(name)), kind(kind), required(required) {}
  std::string name;
  Kind kind;
  bool required;
  double min = 0, max = 0;  // kInt, kDecimal (max 0: none)
  bool min_exclusive = false;
  std::function<bool(std::string_view)> valid;  // kEnum
  std::string refers;                           // a file whose first column this names
};

Column plain(std::string name, Kind kind, bool required) { return Column(std::move(name), kind, required); }
Column ref(std::string name, std::string file, bool required) {
  Column c(std::move(name), Kind::kId, required);
  c.refers = std::move(file);
  return c;
}
Column number(std::string name, Kind kind, bool required, double min, double max, bool min_exclusive = false) {
  Column c(std::move(name), kind, required);
  c.min = min;
  c.max = max;
  c.min_exclusive = min_exclusive;
  return c;
}
Column choice(std::string name, bool required, std::function<bool(std::string_view)> valid) {
  Column c(std::move(name), Kind::kEnum, required);
  c.valid = std::move(valid);
  return c;
}

template <typename Parse>
std::function<bool(std::string_view)> spelled(Parse parse) {
  // The contract matches enumerations case-insensitively, but the demo
  // writes them exactly as name() spells them.
  return [parse](std::string_view s) {
    const auto v = parse(s);
    return v && name(*v) == s;
  };
}

const std::map<std::string, std::vector<Column>>& contract() {
  static const std::map<std::string, std::vector<Column>> c = {
      {"teams",
       {plain("team_id", Kind::kId, true),
        plain("name", Kind::kText, true),
        choice("service", true, spelled(parseService)),
        plain("locality", Kind::kText, false)}},
      {"staff",
       {plain("staff_id", Kind::kId, true),
        ref("team_id", "teams", true),
        choice("role", true, spelled(parseRole)),
        choice("employment", true, spelled(parseEmployment)),
        number("fte", Kind::kDecimal, true, 0, 1, true),
        plain("start_date", Kind::kDate, true),
        plain("end_date", Kind::kDate, false),
        plain("qualified_date", Kind::kDate, false)}},
      {"establishment",
       {ref("team_id", "teams", true),
        plain("effective_from", Kind::kDate, true),
        number("budgeted_fte", Kind::kDecimal, true, 0, 0)}},
      {"cases",
       {plain("case_id", Kind::kId, true),
        ref("team_id", "teams", true),
        plain("referral_date", Kind::kDate, true),
        plain("assessment_completed_date", Kind::kDate, false),
        plain("closed_date", Kind::kDate, false)}},
      {"allocations",
       {plain("allocation_id", Kind::kId, true),
        ref("case_id", "cases", true),
        ref("staff_id", "staff", true),
        plain("start_date", Kind::kDate, true),
        plain("end_date", Kind::kDate, false)}},
      {"transfers",
       {plain("transfer_id", Kind::kId, true),
        ref("case_id", "cases", true),
        ref("from_team", "teams", true),
        ref("to_team", "teams", true),
        plain("requested_date", Kind::kDate, true),
        plain("completed_date", Kind::kDate, false)}},
      {"visits",
       {plain("visit_id", Kind::kId, true),
        ref("case_id", "cases", true),
        ref("staff_id", "staff", true),
        plain("scheduled_start", Kind::kDateTime, true),
        number("planned_minutes", Kind::kInt, true, 1, 1440),
        choice("status", true, spelled(parseVisitStatus)),
        number("actual_minutes", Kind::kInt, false, 0, 1440),
        number("travel_minutes", Kind::kInt, false, 0, 1440),
        choice("purpose", false, spelled(parseVisitPurpose))}},
      {"supervision",
       {plain("session_id", Kind::kId, true),
        ref("staff_id", "staff", true),
        ref("supervisor_id", "staff", false),
        plain("date", Kind::kDate, true),
        number("duration_minutes", Kind::kInt, true, 1, 600),
        choice("kind", false, spelled(parseSupervisionKind))}},
      {"absences",
       {plain("absence_id", Kind::kId, true),
        ref("staff_id", "staff", true),
        plain("start_date", Kind::kDate, true),
        plain("end_date", Kind::kDate, true),
        choice("reason", true, spelled(parseAbsenceReason)),
        number("working_days_lost", Kind::kDecimal, false, 0, 0)}},
      {"team_meetings",
       {plain("meeting_id", Kind::kId, true),
        ref("team_id", "teams", true),
        plain("date", Kind::kDate, true)}},
      {"risk_assessments",
       {plain("assessment_id", Kind::kId, true),
        ref("staff_id", "staff", true),
        plain("completed_date", Kind::kDate, true),
        choice("kind", true, spelled(parseRiskAssessmentKind))}},
      {"feedback",
       {plain("feedback_id", Kind::kId, true),
        ref("team_id", "teams", true),
        plain("date", Kind::kDate, true),
        choice("kind", true, spelled(parseFeedbackKind)),
        plain("upheld", Kind::kBool, false),
        number("rating", Kind::kInt, false, 1, 5)}},
      {"care_packages",
       {plain("package_id", Kind::kId, true),
        ref("case_id", "cases", true),
        ref("staff_id", "staff", true),
        plain("assessed_date", Kind::kDate, true),
        number("need_band", Kind::kInt, true, 1, 4),
        number("weekly_cost", Kind::kDecimal, true, 0, 0)}},
  };
  return c;
}

std::string checkValue(const Column& c, const std::string& v) {
  static const std::regex kId("[A-Za-z0-9._-]{1,64}");
  static const std::regex kInt("-?[0-9]+");
  static const std::regex kDecimal("[0-9]+(\\.[0-9]+)?");
  static const std::regex kDateTime("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
  if (v.empty()) return c.required ? "required" : "";
  switch (c.kind) {
    case Kind::kId:
      return std::regex_match(v, kId) ? "" : "not an id";
    case Kind::kText:
      return "";
    case Kind::kDate:
      return Date::parse(v) ? "" : "not a date";
    case Kind::kDateTime:
      return std::regex_match(v, kDateTime) && DateTime::parse(v) ? "" : "not a date-time";
    case Kind::kBool:
      return v == "yes" || v == "no" ? "" : "not yes/no";
    case Kind::kEnum:
      return c.valid(v) ? "" : "not a value of the contract";
    case Kind::kInt:
    case Kind::kDecimal: {
      if (!std::regex_match(v, c.kind == Kind::kInt ? kInt : kDecimal)) return "not a number";
      const double x = std::stod(v);
      if (c.min_exclusive ? x <= c.min : x < c.min) return "below the minimum";
      if (c.max != 0 && x > c.max) return "above the maximum";
      return "";
    }
  }
  return "";
}

// Returns the first problem found ("visits:17: status: ..."), or "".
std::string firstProblem(const DemoFolder& demo) {
  std::map<std::string, std::set<std::string>> keys;
  for (const char* file : testing::kDemoFiles) {
    const CsvTable& t = demo[file];
    std::set<std::string>& seen = keys[file];
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const std::string key = std::string(file) == "establishment" ? t.rows[r][0] + "|" + t.rows[r][1] : t.rows[r][0];
      if (!seen.insert(key).second) return std::string(file) + ":" + std::to_string(r + 2) + ": duplicate key " + key;
    }
  }
  for (const auto& [file, columns] : contract()) {
    const CsvTable& t = demo[file];
    for (size_t r = 0; r < t.rows.size(); ++r) {
      for (const Column& c : columns) {
        const std::string& v = t.at(r, c.name);
        std::string problem = checkValue(c, v);
        if (problem.empty() && !c.refers.empty() && !v.empty() && !keys[c.refers].count(v)) problem = "unknown " + v;
        if (!problem.empty()) return file + ":" + std::to_string(r + 2) + ": " + c.name + ": " + problem + " (" + v + ")";
      }
    }
  }
  return "";
}

// Rules between columns of one row: `later` not before `earlier`.
void expectOrdered(const CsvTable& t, const std::string& earlier, const std::string& later) {
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (t.at(r, later).empty() || t.at(r, earlier).empty()) continue;
    ASSERT_LE(t.at(r, earlier), t.at(r, later)) << later << " before " << earlier << " on line " << r + 2;
  }
}

void expectRowRulesHold(const DemoFolder& demo) {
  expectOrdered(demo["staff"], "start_date", "end_date");
  expectOrdered(demo["cases"], "referral_date", "closed_date");
  expectOrdered(demo["cases"], "referral_date", "assessment_completed_date");
  expectOrdered(demo["allocations"], "start_date", "end_date");
  expectOrdered(demo["transfers"], "requested_date", "completed_date");
  expectOrdered(demo["absences"], "start_date", "end_date");
  const CsvTable& visits = demo["visits"];
  for (size_t r = 0; r < visits.rows.size(); ++r) {
    ASSERT_EQ(visits.at(r, "status") == "completed", !visits.at(r, "actual_minutes").empty()) << "line " << r + 2;
  }
  const CsvTable& feedback = demo["feedback"];
  for (size_t r = 0; r < feedback.rows.size(); ++r) {
    ASSERT_EQ(feedback.at(r, "kind") == "rating", !feedback.at(r, "rating").empty()) << "line " << r + 2;
    ASSERT_EQ(feedback.at(r, "kind") == "complaint", !feedback.at(r, "upheld").empty()) << "line " << r + 2;
  }
  const CsvTable& transfers = demo["transfers"];
  std::map<std::string, std::string> service;
  for (const auto& row : demo["teams"].rows) service[row[0]] = row[2];
  for (size_t r = 0; r < transfers.rows.size(); ++r) {
    ASSERT_NE(transfers.at(r, "from_team"), transfers.at(r, "to_team"));
    ASSERT_EQ(service[transfers.at(r, "from_team")], service[transfers.at(r, "to_team")]);
  }
}

TEST(DemoValidityTest, DefaultCouncilIsValid) {
  EXPECT_EQ(firstProblem(testing::defaultDemo()), "");
  expectRowRulesHold(testing::defaultDemo());
}

TEST(DemoValidityTest, LargerCouncilWithAnotherSeedAndSpanIsValid) {
  DemoOptions options;
  options.teams = 45;
  options.months = 13;
  options.seed = 20260930;
  const DemoFolder demo = testing::writeAndRead(options);
  EXPECT_EQ(firstProblem(demo), "");
  expectRowRulesHold(demo);
}

TEST(DemoValidityTest, CheckerCatchesABrokenReference) {
  DemoFolder demo = testing::defaultDemo();
  demo.tables["visits"].rows[0][demo["visits"].column("staff_id")] = "S999999";
  EXPECT_NE(firstProblem(demo).find("visits:2: staff_id: unknown S999999"), std::string::npos) << firstProblem(demo);
}

}  // namespace
}  // namespace hc::demo
