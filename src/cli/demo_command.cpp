// healthcheck demo: writes a realistic demo council as contract CSV files.
#include <chrono>
#include <iomanip>
#include <ostream>

#include "cli/command.h"
#include "cli/command_options.h"
#include "demo/annex_a_workbook.h"
#include "demo/demo_council.h"
#include "surveys/survey_catalogue.h"

namespace hc::cli {
namespace {

// The scale questions of survey `survey_id` in `folder`, as the demo writes
// them. Throws SurveyDefinitionError when there is no such survey.
demo::DemoSurvey demoSurvey(const std::string& folder, const std::string& survey_id) {
  const surveys::SurveyCatalogue catalogue(folder);
  const surveys::SurveyDefinition& definition = catalogue.get(survey_id);
  demo::DemoSurvey out{definition.id, {}};
  for (const surveys::Question* q : definition.questions())
    if (q->kind == surveys::Question::Kind::kScale) out.questions.push_back({q->id, q->reverse});
  return out;
}

}  // namespace

int runDemo(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  demo::DemoOptions demo;
  std::string out_dir, end, annex_a, survey_id = "health-check",
                                     survey_folder = context.surveys_folder;
  po::options_description options("Options");
  options.add_options()
      ("out", po::value<std::string>(&out_dir)->required(), "folder to write the CSV files into (created)")
      ("teams", po::value<int>(&demo.teams)->default_value(demo.teams), "number of teams (1 to 20000)")
      ("months", po::value<int>(&demo.months)->default_value(demo.months), "months of activity (1 to 120)")
      ("seed", po::value<uint64_t>(&demo.seed)->default_value(demo.seed), "random seed: the same seed gives the same files")
      ("end", po::value<std::string>(&end)->default_value(demo.end.iso()), "last day of the data (YYYY-MM-DD)")
      ("survey", po::value<std::string>(&survey_id)->default_value(survey_id),
       "the staff survey whose responses to write for each quarter, or 'none'")
      ("surveys", po::value<std::string>(&survey_folder)->default_value(survey_folder),
       "folder of survey definitions")
      ("annex-a", po::value<std::string>(&annex_a),
       "also write the children's teams as an Ofsted Annex A workbook (.xlsx) extracted on the last day, "
       "and give staff.csv the name column that matches its workers");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck demo --out DIR [--teams N] [--months M] [--seed S] [--annex-a FILE.xlsx]",
                           "Writes a demo council's exports, one CSV file per kind of record, exactly as\n"
                           "the data contract describes them: teams, staff, establishment, cases,\n"
                           "allocations, transfers, visits, supervision, absences, team meetings, risk\n"
                           "assessments, feedback and care packages; and the staff survey's responses\n"
                           "for each whole quarter, as staff-survey-SURVEY-YYYY-QN.csv in the survey\n"
                           "import layout. Import them all with 'healthcheck import DIR'.",
                           options, {}, vm, context)) {
    return kOk;
  }
  if (demo.teams < 1 || demo.teams > 20000) throw UsageError("--teams must be between 1 and 20000");
  if (demo.months < 1 || demo.months > 120) throw UsageError("--months must be between 1 and 120");
  const auto end_date = Date::parse(end);
  if (!end_date) throw UsageError("--end '" + end + "' is not a date (expected YYYY-MM-DD)");
  demo.end = *end_date;
  if (survey_id != "none") {
    try {
      demo.survey = demoSurvey(survey_folder, survey_id);
    } catch (const surveys::SurveyDefinitionError& e) {
      // Asked for by name: an error. By default: the rest is still worth writing.
      if (!vm["survey"].defaulted()) throw UsageError(std::string("--survey: ") + e.what());
      context.err << "No staff survey responses written: " << e.what() << "\n";
    }
  }

  const auto started = std::chrono::steady_clock::now();
  const demo::DemoSummary summary = demo::writeDemoCouncil(demo, out_dir);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!annex_a.empty()) {
    demo::addStaffNames(out_dir);
    const int64_t children = demo::writeAnnexA(out_dir, demo.end, annex_a);
    context.out << "Wrote " << children << " children's cases as an Annex A workbook to " << annex_a << "\n";
  }
  int64_t total = 0;
  for (const auto& [file, rows] : summary.rows_per_file) {
    context.out << std::left << std::setw(22) << file << std::right << std::setw(12) << rows << " rows\n";
    total += rows;
  }
  context.out << "Wrote " << total << " rows for " << demo.teams << " teams and " << demo.months
              << " months to " << out_dir << " in " << std::fixed << std::setprecision(1) << seconds << " s\n";
  return kOk;
}

}  // namespace hc::cli
