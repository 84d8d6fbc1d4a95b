// healthcheck action add|update|list|digest: the action plans agreed after
// a health check (src/actions/), and their weekly digest
// (mailings/action_digest.h), from the command line.
#include <ostream>

#include "access/audit_log.h"
#include "actions/action_output.h"
#include "actions/action_store.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/mail_config.h"
#include "core/utc_clock.h"
#include "mailings/action_digest.h"
#include "metrics/period.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kOverview =
    "Usage: healthcheck [--db URL] action ACTION [OPTIONS]\n\n"
    "The actions agreed about the health check's findings:\n"
    "  add     agree a new action for a team, a service or the council\n"
    "  update  change an action's status or due date, or add a progress note\n"
    "  list    list actions (text, JSON or CSV); overdue ones are marked\n"
    "  digest  the weekly digest to owners and the director: its schedule, and --now\n\n"
    "Run 'healthcheck action ACTION --help' for an action's options.\n";

Date parseDue(const std::string& option, const std::string& text) {
  const auto date = Date::parse(text);
  if (!date) throw UsageError(option + ": '" + text + "' is not a date (expected YYYY-MM-DD, e.g. 2027-03-31)");
  return *date;
}

ActionStatus parseStatus(const std::string& text) {
  const auto status = parseActionStatus(text);
  if (!status) throw UsageError("--status: '" + text + "' is not a status (planned, in_progress, done, dropped)");
  return *status;
}

bool parseYesNo(const std::string& option, const std::string& text) {
  if (text == "yes") return true;
  if (text == "no") return false;
  throw UsageError(option + ": give yes or no, not '" + text + "'");
}

std::string periodLabel(const std::string& text) {
  std::string why;
  const auto period = metrics::Period::parse(text, &why);
  if (!period) throw UsageError("--period: " + why);
  return period->label;
}

std::unique_ptr<store::Database> openStore(Context& context) {
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  return db;
}

int report(const actions::ActionOutcome& outcome, const std::string& done, Context& context) {
  if (!outcome.ok()) {
    context.err << "healthcheck action: " << outcome.error << "; nothing was stored\n";
    return kFailed;
  }
  context.out << done << " action " << outcome.id << "\n";
  return kOk;
}

int actionAdd(const std::vector<std::string>& args, Context& context) {
  Action a;
  std::string due, period, decision = "no";
  po::options_description options("Options");
  options.add_options()("scope", po::value(&a.scope_id)->required(), "a team id, a service (children, adults, other) or council")(
      "area", po::value(&a.area)->required(), "workload, allocation, tools, wellbeing or delivery")(
      "metric", po::value(&a.metric), "the metric it addresses (e.g. caseload_avg); leave out for the whole area")(
      "title", po::value(&a.title)->required(), "what will be done, in a few words")(
      "description", po::value(&a.description), "what will be done, in full")(
      "owner", po::value(&a.owner)->required(), "who will do it: a name or a role")(
      "owner-email", po::value(&a.owner_email), "the owner's email address, for the weekly digest of their actions")(
      "due", po::value(&due)->required(), "due date, YYYY-MM-DD")(
      "period", po::value(&period), "the period it was agreed in (default: this quarter, e.g. 2026-Q4)")(
      "needs-decision", po::value(&decision), "yes when it needs a decision by elected members (funding, posts)");
  po::variables_map vm;
  if (!parseCommandOptions(args,
                           "healthcheck action add --scope S --area A [--metric M] --title T --owner O --due YYYY-MM-DD",
                           "Agrees a new action (status planned). Recorded in the audit log.", options, {}, vm,
                           context))
    return kOk;
  a.due = parseDue("--due", due);
  a.agreed_period = period.empty() ? metrics::Period::containing(metrics::Period::Kind::kQuarter, utcToday()).label : periodLabel(period);
  a.needs_decision = parseYesNo("--needs-decision", decision);
  auto db = openStore(context);
  return report(actions::ActionStore(*db).add(a, access::cliActor()), "Added", context);
}

int actionUpdate(const std::vector<std::string>& args, Context& context) {
  int64_t id = 0;
  std::string status, note, due, title, owner, owner_email, description, decision;
  po::options_description options("Options");
  options.add_options()("status", po::value(&status), "planned, in_progress, done or dropped")(
      "note", po::value(&note), "a progress note, dated today")("due", po::value(&due), "a new due date, YYYY-MM-DD")(
      "title", po::value(&title), "a new title")("owner", po::value(&owner), "a new owner")(
      "owner-email", po::value(&owner_email), "the owner's email address for the weekly digest; '' for none")(
      "description", po::value(&description), "a new description")(
      "needs-decision", po::value(&decision), "yes or no");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck action update ID [--status S] [--note TEXT] [--due YYYY-MM-DD]",
                           "Changes an action and records who changed what in the audit log.", options,
                           Positionals().add("id", &id, true), vm, context))
    return kOk;
  actions::ActionChange change;
  if (vm.count("status")) change.status = parseStatus(status);
  if (vm.count("due")) change.due = parseDue("--due", due);
  if (vm.count("title")) change.title = title;
  if (vm.count("owner")) change.owner = owner;
  if (vm.count("owner-email")) change.owner_email = owner_email;
  if (vm.count("description")) change.description = description;
  if (vm.count("needs-decision")) change.needs_decision = parseYesNo("--needs-decision", decision);
  change.note = note;
  if (change.empty())
    throw UsageError("nothing to change: give --status, --note, --due, --title, --owner or --owner-email");
  auto db = openStore(context);
  return report(actions::ActionStore(*db).update(id, change, access::cliActor(), utcToday()), "Updated",
                context);
}

int actionList(const std::vector<std::string>& args, Context& context) {
  actions::ActionFilter filter;
  std::string status, period, format = "text";
  po::options_description options("Options");
  options.add_options()("scope", po::value(&filter.scope), "only this scope (a team id, a service or council)")(
      "status", po::value(&status), "only this status: planned, in_progress, done, dropped, or open")(
      "period", po::value(&period), "only actions agreed in this period")(
      "format", po::value(&format), "text (default), json or csv");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck action list [--scope S] [--status S] [--format text|json|csv]",
                           "Lists actions by scope and area; overdue ones (due date passed, not done or dropped)\n"
                           "are marked.",
                           options, {}, vm, context))
    return kOk;
  if (format != "text" && format != "json" && format != "csv")
    throw UsageError("--format must be text, json or csv, not '" + format + "'");
  if (status == "open") filter.open_only = true;
  else if (!status.empty()) filter.status = parseStatus(status);
  if (!period.empty()) filter.agreed_period = periodLabel(period);
  auto db = openStore(context);
  const auto list = actions::ActionStore(*db).list(filter);
  const Date today = utcToday();
  if (format == "json") actions::writeActionsJson(context.out, list, today);
  else if (format == "csv") actions::writeActionsCsv(context.out, list, today);
  else actions::writeActionsText(context.out, list, today);
  return kOk;
}

int actionDigest(const std::vector<std::string>& args, Context& context) {
  bool now = false;
  po::options_description options("Options");
  options.add_options()("now", po::bool_switch(&now), "queue this week's digest now (once a week at most)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--config FILE] action digest [--now]",
                           "Says when the weekly digest goes (digest-day, digest-time in healthcheck.conf, the\n"
                           "server's local time), where the director's copy goes, and the latest weeks sent.\n"
                           "With --now, queues this week's digest at once: each owner with an email address\n"
                           "gets their actions overdue or due in 14 days, the director the overdue ones. The\n"
                           "server sends them ('healthcheck mail send' does too). Audited, counts only.",
                           options, {}, vm, context))
    return kOk;
  const mailings::MailingsOptions m = mailingsOptionsOf(context.config);
  auto db = openStore(context);
  if (now) {
    if (!mailSettingsOf(context.config).configured())
      throw UsageError("mail is not set up: give smtp-host and mail-from in the configuration file");
    const mailings::DigestQueued q = mailings::queueDigest(*db, m.digest, nowSeconds(), access::cliActor());
    if (!q.ok()) {
      context.err << "healthcheck action digest: " << q.refused << "\n";
      return kFailed;
    }
    context.out << "Queued the digest of " << q.week << ": " << q.owners << " message(s) to owners, "
                << q.director_copies << " to the director.\n";
    return kOk;
  }
  const int64_t at = nowSeconds();
  const std::string week = mailings::weekOf(mailings::localDate(at));
  context.out << "Sent each week on " << mailings::describe(m.digest.schedule) << " (local time).\n";
  const auto directors = mailings::directorAddresses(*db, m.digest);
  std::string to;
  for (const std::string& d : directors) to += (to.empty() ? "" : ", ") + d;
  context.out << "The director's copy goes to: " << (to.empty() ? "nobody (no director account is an email "
                                                                  "address, and mail-director is not set)"
                                                                : to)
              << "\n";
  const auto done = mailings::digestOfWeek(*db, week);
  context.out << "This week (" << week << "): "
              << (done ? "queued " + isoUtc(done->queued_at) + " by " + done->queued_by
                       : mailings::digestDue(m.digest.schedule, at) ? std::string("not sent yet, due now")
                                                                    : std::string("not sent yet"))
              << "\n";
  for (const auto& d : mailings::recentDigests(*db, 12))
    context.out << d.week << "\t" << isoUtc(d.queued_at) << "\t" << d.queued_by << "\t" << d.owners
                << " owner(s)\t" << d.director_copies << " director copy(ies)\n";
  return kOk;
}

}  // namespace

int runAction(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "action",
                       {{"add", actionAdd}, {"update", actionUpdate}, {"list", actionList}, {"digest", actionDigest}});
}

}  // namespace hc::cli
