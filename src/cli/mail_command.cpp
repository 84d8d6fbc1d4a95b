// healthcheck mail test|queue|send|send-again: the council's mail relay
// and the queue of messages (src/mail/), for whoever installs the service
// and for scripts; the admin's mail page (/admin/mail) does the same.
#include <iomanip>
#include <ostream>

#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/mail_config.h"
#include "core/utc_clock.h"
#include "mail/letter.h"
#include "mail/mail_queue.h"
#include "mail/mail_sender.h"
#include "mail/mime_message.h"
#include "mail/smtp_relay.h"
#include "national/council_setting.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kOverview =
    "Usage: healthcheck [--config FILE] [--db URL] mail ACTION [OPTIONS]\n\n"
    "The council's mail relay (smtp-host, smtp-port, smtp-tls, smtp-user, mail-from in\n"
    "healthcheck.conf; the password in HEALTHCHECK_SMTP_PASSWORD) and the queue:\n"
    "  test        send a test message now, and say plainly what failed\n"
    "  queue       list the queued and sent messages and their outcome\n"
    "  send        send what is due now (the server does this by itself)\n"
    "  send-again  queue a failed, refused or interrupted message again\n";

mail::MailSettings usableSettings(const Context& context) {
  mail::MailSettings s = mailSettingsOf(context.config);
  if (!s.configured())
    throw UsageError("mail is not set up: give smtp-host and mail-from in the configuration file (" +
                     std::string(kDefaultConfigPath) + ", or --config FILE)");
  if (auto problem = mail::settingsProblem(s)) throw UsageError(*problem);
  return s;
}

std::string relayDescription(const mail::MailSettings& s) {
  std::string d = s.host + ":" + std::to_string(s.port) + " (" + mail::tlsModeName(s.tls);
  if (!s.user.empty()) d += ", as " + s.user;
  return d + ")";
}

int runTest(const std::vector<std::string>& args, Context& context) {
  std::string to;
  po::options_description options("Options");
  options.add_options()("to", po::value(&to)->required(), "the address to send the test message to");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--config FILE] mail test --to ADDRESS",
                           "Sends a test message through the relay at once (not through the queue) and\n"
                           "says what failed: the connection, TLS, the password or the recipient.",
                           options, {}, vm, context))
    return kOk;
  if (!mail::plausibleAddress(to)) throw UsageError("--to is not an email address: '" + to + "'");
  const mail::MailSettings s = usableSettings(context);
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  const mail::OutgoingMail letter = mail::testLetter(national::councilName(*db), relayDescription(s))
                                        .toMail(to, "Test message from the social work health check");
  const auto composed = mail::composeMime(letter, s, nowSeconds());
  if (const auto* why = std::get_if<std::string>(&composed)) throw UsageError(*why);
  const mail::DeliveryResult r = mail::deliver(s, to, std::get<mail::MimeMessage>(composed).bytes);
  const std::string said = mail::describe(r, s, to);
  access::AuditLog(*db).record(access::cliActor(), access::audit_action::kMailTest, to,
                               r.delivered ? "sent" : "failed: " + said);
  if (!r.delivered) {
    context.err << "Could not send the test message: " << said << "\n";
    return kFailed;
  }
  context.out << "Sent a test message to " << to << " through " << relayDescription(s) << ".\n";
  return kOk;
}

int runQueue(const std::vector<std::string>& args, Context& context) {
  std::string status, kind;
  int limit = 100;
  po::options_description options("Options");
  options.add_options()("status", po::value(&status), "queued, sending, sent, refused, failed or interrupted")(
      "kind", po::value(&kind), "test, invitation, reminder, report or digest")(
      "limit", po::value(&limit), "at most this many, newest first (default 100)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] mail queue [--status S] [--kind K] [--limit N]",
                           "Lists messages, newest first: id, kind, recipient, status, tries, when queued\n"
                           "and sent (UTC), and the last error, separated by tabs; then the count of each\n"
                           "status.",
                           options, {}, vm, context))
    return kOk;
  if (limit < 1) throw UsageError("--limit must be 1 or more");
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  mail::MailQueue queue(*db);
  for (const mail::QueuedMail& m : queue.list(status, kind, limit))
    context.out << m.id << "\t" << m.kind << "\t" << m.recipient << "\t" << m.status << "\t" << m.attempts << "\t"
                << isoUtc(m.queued_at) << "\t" << (m.sent_at ? isoUtc(*m.sent_at) : "-") << "\t" << m.last_error
                << "\n";
  std::string counts;
  for (const auto& [s, n] : queue.countsByStatus()) counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + s;
  context.err << (counts.empty() ? "No messages." : counts) << "\n";
  return kOk;
}

int runSend(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--config FILE] [--db URL] mail send",
                           "Tries every message due now, once each, and says how many went.", options, {}, vm,
                           context))
    return kOk;
  mail::MailSenderOptions o;
  o.settings = usableSettings(context);
  o.run = false;
  o.log = [&context](const std::string& line) { context.err << line << "\n"; };
  mailings::addMailings(o, mailingsOptionsOf(context.config));  // as the server writes and schedules them
  {
    auto db = store::openDatabase(context.db_url);
    store::migrate(*db);
  }
  mail::MailSender sender(context.db_url, o);
  const int tried = sender.sendDue();
  context.out << "Tried " << tried << " message(s).\n";
  return kOk;
}

int runSendAgain(const std::vector<std::string>& args, Context& context) {
  int64_t id = 0;
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] mail send-again ID",
                           "Queues a failed, refused or interrupted message again, from its first try.",
                           options, Positionals().add("id", &id, true), vm, context))
    return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  store::Transaction tx(*db);
  mail::MailQueue queue(*db);
  const auto m = queue.find(id);
  if (!m) throw UsageError("no message " + std::to_string(id) + " in the queue");
  if (!queue.sendAgain(id, nowSeconds()))
    throw UsageError("message " + std::to_string(id) + " is " + m->status +
                     ": only a failed, refused or interrupted one can be sent again");
  access::AuditLog(*db).record(access::cliActor(), access::audit_action::kMailSendAgain, m->recipient,
                               "message " + std::to_string(id) + " (" + m->kind + ")");
  tx.commit();
  context.out << "Message " << id << " to " << m->recipient << " is queued again.\n";
  return kOk;
}

}  // namespace

int runMail(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "mail",
                       {{"test", runTest}, {"queue", runQueue}, {"send", runSend}, {"send-again", runSendAgain}});
}

}  // namespace hc::cli
