// healthcheck user add|remove|reset-password|unlock|list: accounts for the
// web service (src/access/). Every change is written to the audit log.
#include <iostream>
#include <ostream>
#include <sstream>

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/user_store.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/password_input.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kOverview =
    "Usage: healthcheck [--db URL] user ACTION [OPTIONS] [NAME]\n\n"
    "Accounts of the web service:\n"
    "  add             add an account: --role admin|director|manager|member|analyst,\n"
    "                  and for a manager --team ID and/or --service NAME (repeatable)\n"
    "  remove          remove an account and end its sessions\n"
    "  reset-password  set a new password, unlock the account and end its sessions\n"
    "  unlock          clear the back-off after failed sign-ins\n"
    "  list            list the accounts\n\n"
    "Passwords are read from the terminal (asked twice, not echoed) or, when\n"
    "standard input is not a terminal, from its first line; never from the\n"
    "command line. At least 12 characters.\n";

// Parses `args` as one NAME and the given options.
std::string parseName(const std::vector<std::string>& args, const std::string& usage, po::options_description& options,
                      po::variables_map& vm, Context& context, bool& help) {
  std::string name;
  help = !parseCommandOptions(args, usage, kOverview, options, Positionals().add("name", &name), vm, context);
  if (!help && name.empty()) throw UsageError("give the account's username");
  return name;
}

std::unique_ptr<store::Database> openMigrated(const Context& context) {
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);  // so that the first admin can be added to a new database
  return db;
}

std::string newPassword(Context& context) {
  try {
    return readNewPassword(std::cin, context.err, stdinIsTerminal());
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
}

int userAdd(const std::vector<std::string>& args, Context& context) {
  std::string role_text;
  std::vector<std::string> teams, services;
  po::options_description options("Options");
  options.add_options()("role", po::value(&role_text)->required(), "admin, director, manager, member or analyst")(
      "team", po::value(&teams), "a team a manager manages (repeatable)")(
      "service", po::value(&services), "a service a manager manages whole (repeatable)");
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user add --role ROLE [--team ID]... [--service S]... NAME",
                                     options, vm, context, help);
  if (help) return kOk;
  access::User user;
  user.username = name;
  const auto role = access::parseRole(role_text);
  if (!role) throw UsageError("--role must be admin, director, manager, member or analyst");
  user.role = *role;
  if (!access::validUsername(name)) throw UsageError("a username is 1 to 64 letters, digits and . _ - @");
  if (user.role != access::Role::kManager && (!teams.empty() || !services.empty()))
    throw UsageError("--team and --service are for managers only");
  if (user.role == access::Role::kManager && teams.empty() && services.empty())
    throw UsageError("a manager needs at least one --team or --service");
  user.teams.insert(teams.begin(), teams.end());
  user.services.insert(services.begin(), services.end());

  auto db = openMigrated(context);
  access::UserStore users(*db);
  if (users.find(name)) throw UsageError("there is already a user called " + name);
  const std::string hash = access::hashPassword(newPassword(context));
  users.add(user, hash);
  std::string scope;
  for (const auto& t : user.teams) scope += " team=" + t;
  for (const auto& s : user.services) scope += " service=" + s;
  access::AuditLog(*db).record(access::cliActor(), access::audit_action::kUserAdd, name,
                               std::string("role=") + access::roleName(user.role) + scope);
  context.out << "Added " << access::roleName(user.role) << " " << name << "\n";
  return kOk;
}

int userRemove(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user remove NAME", options, vm, context, help);
  if (help) return kOk;
  auto db = openMigrated(context);
  if (!access::UserStore(*db).remove(name)) {
    context.err << "healthcheck user remove: there is no user called " << name << "\n";
    return kFailed;
  }
  access::AuditLog(*db).record(access::cliActor(), access::audit_action::kUserRemove, name);
  context.out << "Removed " << name << "\n";
  return kOk;
}

int userResetPassword(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user reset-password NAME", options, vm, context, help);
  if (help) return kOk;
  auto db = openMigrated(context);
  access::UserStore users(*db);
  if (!users.find(name)) {
    context.err << "healthcheck user reset-password: there is no user called " << name << "\n";
    return kFailed;
  }
  users.setPassword(name, access::hashPassword(newPassword(context)));
  access::AuditLog(*db).record(access::cliActor(), access::audit_action::kPasswordReset, name);
  context.out << "New password set for " << name << "; their sessions have ended\n";
  return kOk;
}

int userUnlock(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user unlock NAME", options, vm, context, help);
  if (help) return kOk;
  auto db = openMigrated(context);
  access::UserStore users(*db);
  if (!users.find(name)) {
    context.err << "healthcheck user unlock: there is no user called " << name << "\n";
    return kFailed;
  }
  users.clearFailures(name);
  access::AuditLog(*db).record(access::cliActor(), "user-unlock", name);
  context.out << "Unlocked " << name << "\n";
  return kOk;
}

int userList(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck user list", kOverview, options, {}, vm, context)) return kOk;
  auto db = openMigrated(context);
  for (const auto& u : access::UserStore(*db).list()) {
    context.out << u.username << "\t" << access::roleName(u.role);
    for (const auto& t : u.teams) context.out << "\tteam=" << t;
    for (const auto& s : u.services) context.out << "\tservice=" << s;
    context.out << "\n";
  }
  return kOk;
}

}  // namespace

int runUser(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "action",
                       {{"add", userAdd},
                        {"remove", userRemove},
                        {"reset-password", userResetPassword},
                        {"unlock", userUnlock},
                        {"list", userList}});
}

}  // namespace hc::cli
