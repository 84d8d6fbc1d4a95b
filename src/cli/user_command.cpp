// healthcheck user add|change|remove|disable|enable|reset-password|unlock|
// list: accounts for the web service. The rules and the audit rows are
// access::AccountAdmin's, the same as the /admin/users pages'.
#include <iostream>
#include <ostream>
#include <sstream>

#include "access/account_admin.h"
#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/password_links.h"
#include "access/user_store.h"
#include "core/utc_clock.h"
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
    "  change          a new role and scope: the same options as add\n"
    "  remove          remove an account and end its sessions\n"
    "  disable         keep the account but stop it signing in; its sessions end\n"
    "  enable          let a disabled account sign in again\n"
    "  reset-password  set a new password, unlock the account and end its sessions\n"
    "  unlock          clear the back-off after failed sign-ins\n"
    "  list            list the accounts\n\n"
    "Passwords are read from the terminal (asked twice, not echoed) or, when\n"
    "standard input is not a terminal, from its first line; never from the\n"
    "command line. At least 12 characters. With --link, add and reset-password\n"
    "print a single-use set-password link instead (valid 72 hours; give\n"
    "--base-url https://healthcheck.example.gov.uk for a whole address), so the\n"
    "person sets their own password. The last active admin cannot be removed,\n"
    "disabled or given another role.\n";

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

// A refused change: run() prints it and exits 1.
class CommandFailed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws the refusal as the command's failure: bad input is a usage error
// (exit 2); a refused change (no such account, the last admin) exit 1.
void orFail(const access::Refusal& refusal) {
  if (!refusal) return;
  if (refusal->field == "username" || refusal->field == "scope") throw UsageError(refusal->message);
  throw CommandFailed(refusal->message);
}

// The options of add and change: the role and, for a manager, the scope.
struct RoleOptions {
  std::string role_text;
  std::vector<std::string> teams, services;
  bool link = false;
  std::string base_url;

  void describe(po::options_description& options, bool with_link) {
    options.add_options()("role", po::value(&role_text)->required(), "admin, director, manager, member or analyst")(
        "team", po::value(&teams), "a team a manager manages (repeatable)")(
        "service", po::value(&services), "a service a manager manages whole (repeatable)");
    if (with_link) addLinkOptions(options);
  }
  void addLinkOptions(po::options_description& options) {
    options.add_options()("link", po::bool_switch(&link), "print a set-password link instead of reading a password")(
        "base-url", po::value(&base_url), "the service's address, to print the link whole");
  }
  access::User user(const std::string& name) const {
    access::User user;
    user.username = name;
    const auto role = access::parseRole(role_text);
    if (!role) throw UsageError("--role must be admin, director, manager, member or analyst");
    user.role = *role;
    user.teams.insert(teams.begin(), teams.end());
    user.services.insert(services.begin(), services.end());
    if (auto problem = access::accountProblem(user)) {
      if (problem->field == "scope")
        throw UsageError(user.role == access::Role::kManager ? "a manager needs at least one --team or --service"
                                                             : "--team and --service are for managers only");
      orFail(problem);
    }
    return user;
  }
  // Issues a link for `name` and prints it.
  void printLink(access::AccountAdmin& admin, const std::string& name, Context& context) const {
    std::string token;
    orFail(admin.issueLink(name, nowSeconds(), token));
    std::string base = base_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    context.out << "Set-password link for " << name << " (works once, for "
                << access::kLinkSeconds / 3600 << " hours; shown only now):\n"
                << base << access::setPasswordPath(token) << "\n";
  }
};

int userAdd(const std::vector<std::string>& args, Context& context) {
  RoleOptions role;
  po::options_description options("Options");
  role.describe(options, true);
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(
      args, "healthcheck user add --role ROLE [--team ID]... [--service S]... [--link [--base-url URL]] NAME",
      options, vm, context, help);
  if (help) return kOk;
  const access::User user = role.user(name);
  auto db = openMigrated(context);
  if (access::UserStore(*db).find(name)) throw UsageError("there is already a user called " + name);
  access::AccountAdmin admin(*db, access::cliActor());
  orFail(admin.add(user, role.link ? access::kNoPassword : access::hashPassword(newPassword(context))));
  context.out << "Added " << access::roleName(user.role) << " " << name << "\n";
  if (role.link) role.printLink(admin, name, context);
  return kOk;
}

int userChange(const std::vector<std::string>& args, Context& context) {
  RoleOptions role;
  po::options_description options("Options");
  role.describe(options, false);
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user change --role ROLE [--team ID]... [--service S]... NAME",
                                     options, vm, context, help);
  if (help) return kOk;
  const access::User user = role.user(name);
  auto db = openMigrated(context);
  orFail(access::AccountAdmin(*db, access::cliActor()).change(user));
  context.out << "Changed " << name << " to " << access::roleName(user.role) << "\n";
  return kOk;
}

// remove, disable, enable and unlock: a NAME and one AccountAdmin call.
using NameChange = access::Refusal (access::AccountAdmin::*)(const std::string&);
int changeByName(const std::vector<std::string>& args, Context& context, const std::string& action, NameChange change,
                 const std::string& done) {
  po::options_description options("Options");
  po::variables_map vm;
  bool help = false;
  const std::string name = parseName(args, "healthcheck user " + action + " NAME", options, vm, context, help);
  if (help) return kOk;
  auto db = openMigrated(context);
  access::AccountAdmin admin(*db, access::cliActor());
  orFail((admin.*change)(name));
  context.out << done << " " << name << "\n";
  return kOk;
}

int userRemove(const std::vector<std::string>& args, Context& context) {
  return changeByName(args, context, "remove", &access::AccountAdmin::remove, "Removed");
}
int userDisable(const std::vector<std::string>& args, Context& context) {
  return changeByName(args, context, "disable", &access::AccountAdmin::disable, "Disabled (sessions ended)");
}
int userEnable(const std::vector<std::string>& args, Context& context) {
  return changeByName(args, context, "enable", &access::AccountAdmin::enable, "Enabled");
}
int userUnlock(const std::vector<std::string>& args, Context& context) {
  return changeByName(args, context, "unlock", &access::AccountAdmin::unlock, "Unlocked");
}

int userResetPassword(const std::vector<std::string>& args, Context& context) {
  RoleOptions link;
  po::options_description options("Options");
  link.addLinkOptions(options);
  po::variables_map vm;
  bool help = false;
  const std::string name =
      parseName(args, "healthcheck user reset-password [--link [--base-url URL]] NAME", options, vm, context, help);
  if (help) return kOk;
  auto db = openMigrated(context);
  access::AccountAdmin admin(*db, access::cliActor());
  if (!access::UserStore(*db).find(name)) throw CommandFailed("there is no user called " + name);
  if (link.link) {
    link.printLink(admin, name, context);
    return kOk;
  }
  orFail(admin.resetPassword(name, access::hashPassword(newPassword(context))));
  context.out << "New password set for " << name << "; their sessions have ended\n";
  return kOk;
}

int userList(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck user list", kOverview, options, {}, vm, context)) return kOk;
  auto db = openMigrated(context);
  for (const auto& u : access::UserStore(*db).accounts()) {
    context.out << u.user.username << "\t" << access::roleName(u.user.role);
    for (const auto& t : u.user.teams) context.out << "\tteam=" << t;
    for (const auto& s : u.user.services) context.out << "\tservice=" << s;
    if (u.disabled) context.out << "\tdisabled";
    context.out << "\n";
  }
  return kOk;
}

}  // namespace

int runUser(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kOverview, "action",
                       {{"add", userAdd},
                        {"change", userChange},
                        {"remove", userRemove},
                        {"disable", userDisable},
                        {"enable", userEnable},
                        {"reset-password", userResetPassword},
                        {"unlock", userUnlock},
                        {"list", userList}});
}

}  // namespace hc::cli
