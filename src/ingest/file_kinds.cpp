#include "ingest/file_kinds.h"

#include "core/records.h"
#include "ingest/text.h"

namespace hc::ingest {
namespace {

// The spellings of an enumeration, taken from core so they are written once.
template <typename E>
std::vector<std::string_view> namesOf(E last) {
  std::vector<std::string_view> out;
  for (int i = 0; i <= static_cast<int>(last); ++i) out.push_back(name(static_cast<E>(i)));
  return out;
}

Column column(std::string_view n, ValueType type, bool required) {
  Column c;
  c.name = n;
  c.type = type;
  c.required = required;
  return c;
}
Column id(std::string_view n, bool required = true) { return column(n, ValueType::kId, required); }
Column ref(std::string_view n, std::string_view kind, bool required = true) {
  Column c = id(n, required);
  c.references = kind;
  return c;
}
Column text(std::string_view n, bool required = false) { return column(n, ValueType::kText, required); }
Column date(std::string_view n, bool required = false) { return column(n, ValueType::kDate, required); }
Column dateTime(std::string_view n, bool required = false) {
  return column(n, ValueType::kDateTime, required);
}
// A start or event date (Column::happened).
Column happened(Column c) {
  c.happened = true;
  return c;
}
Column boolean(std::string_view n) { return column(n, ValueType::kBool, false); }
Column integer(std::string_view n, int min, int max, bool required = false) {
  Column c = column(n, ValueType::kInteger, required);
  c.min = min;
  c.max = max;
  return c;
}
Column decimal(std::string_view n, double min, std::optional<double> max, bool min_exclusive,
               bool required) {
  Column c = column(n, ValueType::kDecimal, required);
  c.min = min;
  c.max = max;
  c.min_exclusive = min_exclusive;
  return c;
}
Column enumeration(std::string_view n, std::vector<std::string_view> values, bool required = true,
                   std::string_view default_value = {}) {
  Column c = column(n, ValueType::kEnum, required);
  c.values = std::move(values);
  c.default_value = default_value;
  return c;
}

Rule rule(Rule::Kind kind, std::string_view col, std::string_view other, std::string_view value = {}) {
  Rule r{kind, col, other, value};
  return r;
}
FileKind kind(std::string_view name, std::string_view noun, std::vector<Column> columns, size_t key_columns = 1,
              std::vector<Rule> rules = {}) {
  FileKind k;
  k.name = name;
  k.noun = noun;
  k.columns = std::move(columns);
  k.key_columns = key_columns;
  k.rules = std::move(rules);
  return k;
}

using K = Rule::Kind;

std::vector<FileKind> buildKinds() {
  const bool kRequired = true;
  return {
      kind("teams", "team",
       {id("team_id"), text("name", kRequired), enumeration("service", namesOf(Service::kOther)),
        text("locality")}),
      kind("staff", "staff member",
       {id("staff_id"), ref("team_id", "teams"), enumeration("role", namesOf(Role::kOther)),
        enumeration("employment", namesOf(Employment::kAgency)), decimal("fte", 0, 1, true, kRequired),
        happened(date("start_date", kRequired)), date("end_date"), date("qualified_date"), text("name")},
       1,
       {rule(K::kNotBefore, "end_date", "start_date")}),
      kind("establishment", "establishment",
       {ref("team_id", "teams"), happened(date("effective_from", kRequired)),
        decimal("budgeted_fte", 0, std::nullopt, false, kRequired)},
       2),
      kind("cases", "case",
       {id("case_id"), ref("team_id", "teams"), happened(date("referral_date", kRequired)),
        happened(date("assessment_completed_date")), date("closed_date")},
       1,
       {rule(K::kNotBefore, "assessment_completed_date", "referral_date"),
        rule(K::kNotBefore, "closed_date", "referral_date")}),
      kind("allocations", "allocation",
       {id("allocation_id"), ref("case_id", "cases"), ref("staff_id", "staff"), happened(date("start_date", kRequired)),
        date("end_date")},
       1,
       {rule(K::kNotBefore, "end_date", "start_date")}),
      kind("transfers", "transfer",
       {id("transfer_id"), ref("case_id", "cases"), ref("from_team", "teams"), ref("to_team", "teams"),
        happened(date("requested_date", kRequired)), date("completed_date")},
       1,
       {rule(K::kNotBefore, "completed_date", "requested_date"), rule(K::kDiffersFrom, "to_team", "from_team")}),
      kind("visits", "visit",
       {id("visit_id"), ref("case_id", "cases"), ref("staff_id", "staff"), happened(dateTime("scheduled_start", kRequired)),
        integer("planned_minutes", 1, 1440, kRequired), enumeration("status", namesOf(VisitStatus::kRescheduled)),
        integer("actual_minutes", 0, 1440), integer("travel_minutes", 0, 1440),
        enumeration("purpose", namesOf(VisitPurpose::kOther), false, name(VisitPurpose::kVisit))},
       1,
       {rule(K::kRequiredWhen, "actual_minutes", "status", name(VisitStatus::kCompleted))}),
      kind("supervision", "supervision session",
       {id("session_id"), ref("staff_id", "staff"), ref("supervisor_id", "staff", false), happened(date("date", kRequired)),
        integer("duration_minutes", 1, 600, kRequired),
        enumeration("kind", namesOf(SupervisionKind::kGroup), false, name(SupervisionKind::kIndividual))},
       1,
       {rule(K::kDiffersFrom, "supervisor_id", "staff_id")}),
      kind("absences", "absence",
       {id("absence_id"), ref("staff_id", "staff"), happened(date("start_date", kRequired)), date("end_date", kRequired),
        enumeration("reason", namesOf(AbsenceReason::kOther)),
        decimal("working_days_lost", 0, std::nullopt, false, false)},
       1,
       {rule(K::kNotBefore, "end_date", "start_date")}),
      kind("team_meetings", "team meeting", {id("meeting_id"), ref("team_id", "teams"), happened(date("date", kRequired))}),
      kind("risk_assessments", "risk assessment",
       {id("assessment_id"), ref("staff_id", "staff"), happened(date("completed_date", kRequired)),
        enumeration("kind", namesOf(RiskAssessmentKind::kOther))}),
      kind("feedback", "feedback",
       {id("feedback_id"), ref("team_id", "teams"), happened(date("date", kRequired)),
        enumeration("kind", namesOf(FeedbackKind::kRating)), boolean("upheld"), integer("rating", 1, 5)},
       1,
       {rule(K::kRequiredWhen, "rating", "kind", name(FeedbackKind::kRating)),
        rule(K::kOnlyWhen, "upheld", "kind", name(FeedbackKind::kComplaint))}),
      kind("care_packages", "care package",
       {id("package_id"), ref("case_id", "cases"), ref("staff_id", "staff"), happened(date("assessed_date", kRequired)),
        integer("need_band", 1, 4, kRequired), decimal("weekly_cost", 0, std::nullopt, false, kRequired)}),
      kind("holidays", "holiday", {date("date", kRequired), text("name")}),
  };
}

}  // namespace

int FileKind::columnIndex(std::string_view column) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == column) return static_cast<int>(i);
  }
  return -1;
}

const std::vector<FileKind>& fileKinds() {
  static const std::vector<FileKind> kinds = buildKinds();
  return kinds;
}

const FileKind* findFileKind(std::string_view name) {
  for (const FileKind& k : fileKinds()) {
    if (equalsIgnoreCase(k.name, trim(name))) return &k;
  }
  return nullptr;
}

size_t loadOrder(const FileKind& kind) { return static_cast<size_t>(&kind - fileKinds().data()); }

}  // namespace hc::ingest
