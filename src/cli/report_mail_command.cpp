// healthcheck report subscribe|send-now: the members' report by email
// (src/mailings/members_report_mail.h), as the admin's page
// /admin/report-mail does it: who is subscribed, the schedule, and a
// sending queued now. The server sends what is queued (or `healthcheck
// mail send`).
#include <ostream>

#include "access/audit_events.h"
#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "core/utc_clock.h"
#include "mail/mail_settings.h"
#include "mailings/members_report_mail.h"
#include "mailings/report_subscriptions.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kOverview =
    "Usage: healthcheck [--db URL] report subscribe|send-now [OPTIONS]\n\n"
    "The members' report by email, as a PDF of the published figures:\n"
    "  subscribe  add or remove members' addresses or a role, set the schedule, list them\n"
    "  send-now   queue the report of the latest complete quarter (or --period) to everyone subscribed\n"
    "Without a subcommand, `report --period P` writes the reports to files (report --help).\n";

int reportSubscribe(const std::vector<std::string>& args, Context& context) {
  std::vector<std::string> add, remove;
  std::string add_role, remove_role, schedule;
  int day = 0;
  po::options_description options("Options");
  options.add_options()
      ("add", po::value(&add)->composing(), "subscribe this email address (repeat for more)")
      ("remove", po::value(&remove)->composing(), "unsubscribe this email address (repeat for more)")
      ("role", po::value(&add_role),
       "subscribe every account of this role (member, director, manager, analyst, admin) whose username is an "
       "email address")
      ("remove-role", po::value(&remove_role), "unsubscribe the role")
      ("schedule", po::value(&schedule),
       "when it goes on its own: ready (when a new quarter's figures are imported, the default), day (on --day "
       "of the month after each quarter ends) or off")
      ("day", po::value(&day), "the day of the month, 1 to 28, for --schedule day")
      ("list", "list the subscriptions, the schedule and the latest sendings (also when nothing else is given)");
  po::variables_map vm;
  if (!parseCommandOptions(args,
                           "healthcheck [--db URL] report subscribe [--add ADDRESS]... [--remove ADDRESS]... "
                           "[--role ROLE] [--remove-role ROLE] [--schedule ready|day|off [--day N]] [--list]",
                           "Who receives the members' report by email, and when. Accounts have no email\n"
                           "address of their own: a role reaches the accounts of that role whose username\n"
                           "is an email address. Changes are audited (counts, never addresses).",
                           options, {}, vm, context))
    return kOk;
  for (const std::string& a : add)
    if (!mail::plausibleAddress(mailings::normalAddress(a))) throw UsageError("--add: not an email address: '" + a + "'");
  std::optional<access::Role> role_added, role_removed;
  if (!add_role.empty() && !(role_added = access::parseRole(add_role)))
    throw UsageError("--role: unknown role '" + add_role + "' (member, director, manager, analyst, admin)");
  if (!remove_role.empty() && !(role_removed = access::parseRole(remove_role)))
    throw UsageError("--remove-role: unknown role '" + remove_role + "'");
  std::optional<mailings::ReportScheduleMode> mode;
  if (!schedule.empty() && !(mode = mailings::parseScheduleMode(schedule)))
    throw UsageError("--schedule: give ready, day or off, not '" + schedule + "'");
  if (vm.count("day") && (day < 1 || day > 28)) throw UsageError("--day: give a day of the month from 1 to 28");
  if (mode == mailings::ReportScheduleMode::kDay && !vm.count("day"))
    throw UsageError("--schedule day needs --day N (1 to 28)");

  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const std::string actor = access::cliActor();
  const int64_t now = nowSeconds();
  {
    store::Transaction tx(*db);
    mailings::ReportSubscriptions subs(*db);
    int added = 0, removed = 0;
    for (const std::string& a : add) added += subs.addAddress(a, actor, now);
    for (const std::string& a : remove) removed += subs.removeAddress(a);
    if (added) access::auditReportMail(*db, actor, "subscribe", "addresses", std::to_string(added) + " address(es)");
    if (removed)
      access::auditReportMail(*db, actor, "unsubscribe", "addresses", std::to_string(removed) + " address(es)");
    if (role_added && subs.addRole(*role_added, actor, now))
      access::auditReportMail(*db, actor, "subscribe", access::roleName(*role_added), "role");
    if (role_removed && subs.removeRole(*role_removed))
      access::auditReportMail(*db, actor, "unsubscribe", access::roleName(*role_removed), "role");
    if (mode) {
      const mailings::ReportSchedule before = subs.schedule();
      subs.setSchedule(*mode, vm.count("day") ? day : before.day_of_month, actor, now);
      access::auditReportMail(*db, actor, "schedule", "members report",
                              mailings::describeSchedule(before) + " to " + mailings::describeSchedule(subs.schedule()));
    }
    tx.commit();
    if (added || removed) context.out << "Subscribed " << added << ", unsubscribed " << removed << " address(es).\n";
  }
  mailings::ReportSubscriptions subs(*db);
  for (const mailings::ReportSubscription& s : subs.list())
    context.out << (s.role.empty() ? s.address : "role " + s.role) << "\n";
  const mailings::Recipients r = subs.recipients();
  context.out << "Reaches " << r.addresses.size() << " address(es)";
  if (r.accounts_without_address)
    context.out << "; " << r.accounts_without_address << " account(s) of a subscribed role are not named by an email "
                << "address and get nothing";
  context.out << ".\nSchedule: " << mailings::describeSchedule(subs.schedule()) << ".\n";
  for (const mailings::ReportSending& s : subs.sendings(5))
    context.out << "Sent " << s.period << " to " << s.recipients << " (" << s.reason << ", " << isoUtc(s.queued_at)
                << ", by " << s.created_by << ")\n";
  return kOk;
}

int reportSendNow(const std::vector<std::string>& args, Context& context) {
  std::string period_text;
  po::options_description options("Options");
  options.add_options()("period", po::value(&period_text),
                        "the quarter to send, e.g. 2026-Q3 (default: the latest complete quarter)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] report send-now [--period P]",
                           "Queues the members' report (a PDF of the published figures) to everyone\n"
                           "subscribed, one message each; the server sends them within a minute (or\n"
                           "`healthcheck mail send`). Audited with the number of recipients.",
                           options, {}, vm, context))
    return kOk;
  std::optional<metrics::Period> period;
  if (!period_text.empty()) {
    std::string error;
    period = metrics::Period::parse(period_text, &error);
    if (!period) throw UsageError("--period: " + error);
  }
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const mailings::SendingOutcome o = mailings::queueMembersReport(*db, period, "now", access::cliActor(), nowSeconds());
  if (!o.queued) {
    context.err << "Nothing was sent: " << o.problem << "\n";
    return kFailed;
  }
  context.out << "Queued the members' report for " << o.queued->period << " to " << o.queued->recipients
              << " address(es) (sending " << o.queued->sending_id << ").\n";
  return kOk;
}

}  // namespace

bool isReportMailCommand(const std::vector<std::string>& args) {
  return !args.empty() && (args[0] == "subscribe" || args[0] == "send-now");
}

int runReportMail(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "report", {{"subscribe", reportSubscribe}, {"send-now", reportSendNow}});
}

}  // namespace hc::cli
