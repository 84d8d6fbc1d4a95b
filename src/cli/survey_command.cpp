// healthcheck survey open|close|invite|status|review|import|results: running a
// staff survey from the command line (src/surveys/).
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "access/audit_events.h"
#include "access/audit_log.h"
#include "core/utc_clock.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/survey_email_command.h"
#include "ingest/text.h"
#include "metrics/period.h"
#include "store/database.h"
#include "store/schema.h"
#include "surveys/excess_responses.h"
#include "surveys/survey_catalogue.h"
#include "surveys/results_output.h"
#include "surveys/survey_import.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_results.h"
#include "surveys/run_opening.h"
#include "surveys/survey_links.h"
#include "surveys/survey_runs.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kOverview =
    "Usage: healthcheck [--db URL] survey ACTION [OPTIONS]\n\n"
    "Runs a staff survey defined in surveys/*.json:\n"
    "  open     open a survey for a period and a set of teams\n"
    "  invite   issue single-use links for a team (printed, a CSV for a mail merge, or\n"
    "           sent by email to each address given), or the team's open link\n"
    "  remind   schedule reminders by email to those whose emailed link is unused\n"
    "  status   list survey runs, or one run's invitations, responses and response rates\n"
    "  review   accept a team's responses that outnumber its staff, so that they are rated\n"
    "  close    stop a run taking answers\n"
    "  import   import responses exported from another survey tool\n"
    "  results  per-team results, suppressed below the minimum group size\n"
    "  publish  after closing: a results page for staff at an unguessable link, with the actions agreed\n"
    "  unpublish  take that page down\n\n"
    "Run 'healthcheck survey ACTION --help' for an action's options.\n";

metrics::Period parsePeriod(const std::string& text) {
  std::string error;
  auto period = metrics::Period::parse(text, &error);
  if (!period) throw UsageError("--period: " + error);
  return *period;
}

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');)
    if (auto t = ingest::trim(item); !t.empty()) out.emplace_back(t);
  return out;
}

int surveyOpen(const std::vector<std::string>& args, Context& context) {
  std::string teams_text, folder = context.surveys_folder;
  surveys::RunOpening opening;
  po::options_description options("Options");
  options.add_options()("survey", po::value(&opening.survey_id)->required(), "survey id (surveys/ID.json's \"id\")")(
      "contact", po::value(&opening.contact),
      "who staff should ask when a link does not work, e.g. \"Workforce team, workforce@council.example\"")(
      "period", po::value(&opening.period)->required(),
      "reporting period: 2025-Q3, 2025-07, 2025, 2025/26, csww-2025")(
      "teams", po::value(&teams_text)->required(), "comma-separated team ids, or 'all'")(
      "closes", po::value(&opening.closes), "the planned closing date, YYYY-MM-DD (shown beside the run)")(
      "surveys", po::value(&folder), "folder of survey definitions (default: surveys, or $HEALTHCHECK_SURVEYS)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey open --survey ID --period P --teams T1,T2|all",
                           "Opens the survey for the period and teams. The run is named SURVEY-PERIOD.", options, {},
                           vm, context))
    return kOk;
  const surveys::SurveyCatalogue catalogue(folder);
  opening.all_teams = teams_text == "all";
  if (!opening.all_teams) opening.team_ids = splitList(teams_text);
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  // The admin area's form makes the same checks (surveys/run_opening.h).
  const surveys::OpeningOutcome outcome = surveys::openRun(*db, catalogue, opening, utcToday());
  if (!outcome.run) throw UsageError("--" + outcome.problems.front().field + ": " + outcome.problems.front().message);
  const surveys::SurveyRun& run = *outcome.run;
  const auto& survey = catalogue.get(run.survey_id);
  access::auditSurveyChange(*db, access::cliActor(), "open", run.run_id, std::to_string(outcome.teams) + " team(s)");
  context.out << "Opened " << run.run_id << " (" << survey.title << ", version " << survey.version << ") for "
              << outcome.teams << " team(s), " << run.period_from.iso() << " to " << run.period_to.iso() << "\n"
              << "Next: healthcheck survey invite " << run.run_id << " --team TEAM --count N --csv FILE\n";
  return kOk;
}

int surveyInvite(const std::vector<std::string>& args, Context& context) {
  std::string run_id, team, csv, emails, base_url = "http://127.0.0.1:8080";
  int count = 0;
  bool open_link = false;
  po::options_description options("Options");
  options.add_options()("team", po::value(&team)->required(), "the team the links are for")(
      "count", po::value(&count), "number of single-use links (one per person)")(
      "open-link", po::bool_switch(&open_link),
      "instead: print the team's open link (anyone holding it can answer; replaces an earlier open link;\n"
      "one response per browser and 30 starts per address an hour, but not one per person: see below)")(
      "csv", po::value(&csv), "write the links to this CSV (team_id,link) for a mail merge instead of printing them")(
      "emails", po::value(&emails),
      "instead: send each address in this file (one per line) its own link by email; see 'survey remind'")(
      "base-url", po::value(&base_url), "the address staff reach the server at (default http://127.0.0.1:8080)");
  po::variables_map vm;
  if (!parseCommandOptions(args,
                           "healthcheck survey invite RUN --team T (--count N [--csv FILE] | --open-link | --emails FILE)",
                           "Issues single-use survey links for a team. Each link is shown once: only a hash of\n"
                           "it is stored, so keep the output (or CSV) for the mail merge.\n\n"
                           "An open link cannot be made single-use. What it prevents: a second start from a\n"
                           "browser that has answered (a cookie set when the form starts; a browser that\n"
                           "started is sent back to its own answers), more than 30 starts an hour from one\n"
                           "address, and a team with more responses than staff in post being rated before\n"
                           "'healthcheck survey review' (it is flagged wherever its figures appear). What it\n"
                           "cannot prevent: one person answering again from another browser or device, or\n"
                           "after clearing cookies, or someone outside the team who is given the link.\n"
                           "Single-use links (--count) are the only way to one answer per person.",
                           options, Positionals().add("run", &run_id, true), vm, context))
    return kOk;
  if ((open_link ? 1 : 0) + (count > 0 ? 1 : 0) + (emails.empty() ? 0 : 1) != 1)
    throw UsageError("give one of --count N, --open-link or --emails FILE");
  if (!emails.empty()) return inviteByEmail(run_id, team, emails, context);
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  surveys::SurveyRuns runs(*db);
  if (open_link) {
    const std::string link = runs.openLink(run_id, team);
    access::auditSurveyChange(*db, access::cliActor(), "invite", run_id, "an open link for " + team);
    context.out << surveys::openLinkUrl(base_url, link) << "\n";
    return kOk;
  }
  const auto tokens = runs.invite(run_id, team, count);
  access::auditSurveyChange(*db, access::cliActor(), "invite", run_id,
                            std::to_string(tokens.size()) + " link(s) for " + team);
  if (csv.empty()) {
    for (const auto& t : tokens) context.out << surveys::surveyLink(base_url, t) << "\n";
    return kOk;
  }
  std::ofstream file(csv, std::ios::trunc);
  file << surveys::invitationCsv(team, base_url, tokens);
  file.close();
  if (!file) throw std::runtime_error("cannot write " + csv);
  context.out << tokens.size() << " link(s) for " << team << " written to " << csv << "\n";
  return kOk;
}

int surveyStatus(const std::vector<std::string>& args, Context& context) {
  std::string run_id;
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey status [RUN]",
                           "Without RUN: every survey run. With RUN: per team, links issued and used, responses,\n"
                           "staff in post on the period's last day and the response rate.",
                           options, Positionals().add("run", &run_id), vm, context))
    return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  surveys::SurveyRuns runs(*db);
  if (run_id.empty()) {
    const auto list = runs.list();
    if (list.empty()) context.out << "No survey runs yet: see 'healthcheck survey open --help'\n";
    for (const auto& r : list)
      context.out << std::left << std::setw(32) << r.run_id << std::setw(8) << (r.open ? "open" : "closed")
                  << (r.imported ? "imported  " : "form      ") << r.title << "\n";
    return kOk;
  }
  const auto run = runs.get(run_id);
  context.out << run.run_id << " (" << (run.open ? "open" : "closed") << "): " << run.title << ", "
              << run.period_from.iso() << " to " << run.period_to.iso() << "\n";
  context.out << std::left << std::setw(16) << "team" << std::right << std::setw(8) << "links" << std::setw(8) << "used"
              << std::setw(11) << "responses" << std::setw(8) << "staff" << std::setw(8) << "rate" << "\n";
  for (const auto& s : runs.status(run_id)) {
    context.out << std::left << std::setw(16) << s.team_id << std::right << std::setw(8) << s.invitations << std::setw(8)
                << s.used << std::setw(11) << s.responses << std::setw(8) << s.staff_in_post;
    if (s.staff_in_post > 0)
      context.out << std::setw(7) << std::fixed << std::setprecision(0) << 100.0 * s.responses / s.staff_in_post << "%";
    if (surveys::moreResponsesThanStaff(s.responses, s.staff_in_post))
      context.out << "  " << surveys::kMoreResponsesThanStaff
                  << (surveys::awaitingReview(s) ? " (not rated until: healthcheck survey review " + run_id + " --team " +
                                                       s.team_id + ")"
                                                 : " (reviewed)");
    context.out << "\n";
  }
  return kOk;
}

std::string runArgument(const std::vector<std::string>& args, const std::string& usage, const std::string& what,
                        std::string* base_url, Context& context);

int surveyReview(const std::vector<std::string>& args, Context& context) {
  std::string run_id, team;
  po::options_description options("Options");
  options.add_options()("team", po::value(&team)->required(), "the team whose responses were checked");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey review RUN --team T",
                           "A team with more responses than staff in post (its open link may have been used more\n"
                           "than once) is left out of the ratings until reviewed. Once you are satisfied the\n"
                           "responses are genuine (more staff than the records show, say), this accepts the\n"
                           "responses counted now so that they are rated; more after it want another review.",
                           options, Positionals().add("run", &run_id, true), vm, context))
    return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const int64_t accepted = surveys::reviewResponses(*db, run_id, team);
  access::auditSurveyChange(*db, access::cliActor(), "review", run_id,
                            std::to_string(accepted) + " response(s) of " + team + " accepted");
  context.out << "Reviewed " << team << " in " << run_id << ": its " << accepted << " response(s) are now rated\n";
  return kOk;
}

int surveyClose(const std::vector<std::string>& args, Context& context) {
  const std::string run_id = runArgument(args, "healthcheck survey close RUN",
                                         "Stops the run taking answers; unused links stop working.", nullptr, context);
  if (run_id.empty()) return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  surveys::SurveyRuns(*db).close(run_id);
  access::auditSurveyChange(*db, access::cliActor(), "close", run_id);
  context.out << "Closed " << run_id << "\n";
  return kOk;
}

int surveyImport(const std::vector<std::string>& args, Context& context) {
  std::string path, survey_id, period_text, folder = context.surveys_folder;
  ingest::ImportOptions import;
  po::options_description options("Options");
  options.add_options()("survey", po::value(&survey_id)->required(), "survey id whose question ids are the columns")(
      "period", po::value(&period_text)->required(), "the reporting period the responses belong to")(
      "surveys", po::value(&folder), "folder of survey definitions");
  addRejectOptions(options, import);
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey import FILE --survey ID --period P",
                           "Imports responses exported from another survey tool: a team_id column and one column\n"
                           "per question id (1..5, empty = not answered). Importing again replaces the run's\n"
                           "imported responses. Exit status: 0 stored, 1 anything rejected, 2 wrong use.",
                           options, Positionals().add("file", &path, true), vm, context))
    return kOk;
  const surveys::SurveyCatalogue catalogue(folder);
  const auto period = parsePeriod(period_text);
  auto db = store::openDatabase(context.db_url);
  const auto report = surveys::importSurveyResponses(
      *db, path, {&catalogue.get(survey_id), period.label, period.from, period.to}, import);
  access::auditSurveyChange(*db, access::cliActor(), "import", surveys::SurveyRuns::runIdFor(survey_id, period.label),
                            report.path + ": " + std::to_string(report.inserted) + " stored, " +
                                std::to_string(report.rejected) + " rejected");
  context.out << report.path << ": " << report.rows_read << " read, " << report.inserted << " stored, "
              << report.rejected << " rejected into " << surveys::SurveyRuns::runIdFor(survey_id, period.label) << "\n";
  for (const auto& m : report.messages) (m.is_error ? context.err : context.out) << "  " << m.text() << "\n";
  if (report.messages_not_shown > 0) context.err << "  ... and " << report.messages_not_shown << " more\n";
  if (!report.rejects_path.empty()) context.err << "  rejected rows written to " << report.rejects_path << "\n";
  if (!report.stored()) context.err << "  " << report.path << ": nothing was stored from this file\n";
  return report.stored() && report.rejected == 0 ? kOk : kFailed;
}

int surveyResults(const std::vector<std::string>& args, Context& context) {
  std::string run_id, format = "text";
  surveys::ResultsOptions results;
  po::options_description options("Options");
  options.add_options()("format", po::value(&format), "text (default) or json")(
      "published", po::bool_switch(&results.published),
      "for elected members or the public: free-text comments are left out")(
      "min-group", po::value(&results.min_group_size), "minimum group size (default 5)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey results RUN [--format text|json] [--published]",
                           "Per-team and council results: response rates, area scores, scale means and answer\n"
                           "distributions, suppressed below the minimum group size; comments for groups of 10+.",
                           options, Positionals().add("run", &run_id, true), vm, context))
    return kOk;
  if (format != "text" && format != "json") throw UsageError("--format must be text or json");
  if (results.min_group_size < 1) throw UsageError("--min-group must be at least 1");
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const auto r = surveys::loadSurveyResults(*db, run_id, results);
  if (format == "json") surveys::writeResultsJson(r, context.out);
  else surveys::writeResultsText(r, context.out);
  return kOk;
}

// The run id of `survey close|publish|unpublish RUN`, or "" after --help.
std::string runArgument(const std::vector<std::string>& args, const std::string& usage, const std::string& what,
                        std::string* base_url, Context& context) {
  std::string run_id;
  po::options_description options("Options");
  if (base_url)
    options.add_options()("base-url", po::value(base_url),
                          "the address staff reach the server at (default http://127.0.0.1:8080)");
  po::variables_map vm;
  if (!parseCommandOptions(args, usage, what, options, Positionals().add("run", &run_id, true), vm, context)) return "";
  return run_id;
}

int surveyPublish(const std::vector<std::string>& args, Context& context) {
  std::string base_url = "http://127.0.0.1:8080";
  const std::string run_id =
      runArgument(args, "healthcheck survey publish RUN [--base-url URL]",
                  "Makes a closed run's results page for staff: response rates, area scores with their ratings\n"
                  "and each question's answers (published figures only, no comments), with the actions agreed\n"
                  "for those areas. Prints the page's link once; publishing again replaces it.",
                  &base_url, context);
  if (run_id.empty()) return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const std::string token = surveys::publishRun(*db, run_id);
  access::auditSurveyChange(*db, access::cliActor(), "publish", run_id, "results page for staff");
  context.out << "Published the results of " << run_id << " for staff at\n" << surveys::resultsLink(base_url, token) << "\n"
              << "Anyone with this link can read the page (no sign-in): share it on the intranet.\n";
  return kOk;
}

int surveyUnpublish(const std::vector<std::string>& args, Context& context) {
  const std::string run_id = runArgument(args, "healthcheck survey unpublish RUN",
                                         "Takes the run's results page for staff down; its link stops working.",
                                         nullptr, context);
  if (run_id.empty()) return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  if (!surveys::unpublishRun(*db, run_id)) {
    context.err << run_id << " has no published results page\n";
    return kFailed;
  }
  access::auditSurveyChange(*db, access::cliActor(), "unpublish", run_id, "results page for staff taken down");
  context.out << "Unpublished " << run_id << ": its results link no longer works\n";
  return kOk;
}

}  // namespace

int runSurvey(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "action",
                       {{"open", surveyOpen},
                        {"invite", surveyInvite},
                        {"remind", surveyRemind},
                        {"status", surveyStatus},
                        {"review", surveyReview},
                        {"close", surveyClose},
                        {"import", surveyImport},
                        {"results", surveyResults},
                        {"publish", surveyPublish},
                        {"unpublish", surveyUnpublish}});
}

}  // namespace hc::cli
