#include "cli/survey_email_command.h"

#include <fstream>
#include <ostream>
#include <sstream>

#include "access/audit_events.h"
#include "access/audit_log.h"
#include "cli/command_options.h"
#include "core/utc_clock.h"
#include "mailings/address_list.h"
#include "mailings/reminder_batches.h"
#include "mailings/survey_invitation_mail.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {

namespace po = boost::program_options;

int inviteByEmail(const std::string& run_id, const std::string& team, const std::string& file, Context& context) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UsageError("--emails: cannot read " + file);
  std::stringstream text;
  text << in.rdbuf();
  const mailings::AddressList list = mailings::parseAddressList(text.str());
  if (!list.problems.empty()) {
    for (const auto& p : list.problems) context.err << file << ":" << p.line << ": " << p.reason << "\n";
    context.err << "Nothing was sent: put the " << list.problems.size() << " line(s) right and run it again.\n";
    return kUsage;
  }
  if (list.addresses.empty()) throw UsageError("--emails: " + file + " has no addresses");
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const mailings::EmailInviteOutcome out =
      mailings::inviteByEmail(*db, run_id, team, list.addresses, access::cliActor(), nowSeconds());
  // Counts only: the audit never holds a staff member's address.
  access::auditSurveyChange(*db, access::cliActor(), "invite", run_id,
                            std::to_string(out.queued) + " email invitation(s) for " + team);
  context.out << "Queued " << out.queued << " invitation(s) for " << team << " in " << run_id;
  if (out.already > 0) context.out << "; " << out.already << " address(es) already invited, not again";
  if (list.duplicates > 0) context.out << "; " << list.duplicates << " repeated line(s) left out";
  context.out << ".\nThe server sends them (or: healthcheck mail send).\n";
  return kOk;
}

int surveyRemind(const std::vector<std::string>& args, Context& context) {
  std::string run_id, at;
  bool now = false;
  po::options_description options("Options");
  options.add_options()("at", po::value(&at), "when, as \"YYYY-MM-DD HH:MM\" in the server's local time")(
      "now", po::bool_switch(&now), "as soon as possible");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck survey remind RUN (--at \"YYYY-MM-DD HH:MM\" | --now)",
                           "Schedules a reminder batch: at that time, everyone invited by email whose link is\n"
                           "still unused gets a reminder with a new link (at most mail-max-reminders each).\n"
                           "A batch waits until the set of unused links has not changed for a minute, so a\n"
                           "reminder never follows a response within a minute.",
                           options, Positionals().add("run", &run_id, true), vm, context))
    return kOk;
  if (now == !at.empty()) throw UsageError("give either --at \"YYYY-MM-DD HH:MM\" or --now");
  int64_t due = nowSeconds();
  if (!now) {
    const auto when = mailings::parseLocalTime(at);
    if (!when) throw UsageError("--at: '" + at + "' is not a date and time as YYYY-MM-DD HH:MM");
    due = *when;
  }
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  mailings::scheduleReminders(*db, run_id, due, access::cliActor());
  access::auditSurveyChange(*db, access::cliActor(), "remind", run_id,
                            "reminder batch at " + mailings::localTimeText(due));
  context.out << "Reminders for " << run_id << " are due at " << mailings::localTimeText(due)
              << " (server time); the server sends them once no link has been used for a minute.\n";
  return kOk;
}

}  // namespace hc::cli
