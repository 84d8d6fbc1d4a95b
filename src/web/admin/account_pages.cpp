#include "web/admin/account_pages.h"

#include "access/access_scope.h"
#include "access/password_links.h"
#include "core/utc_clock.h"
#include "directory/directory_accounts.h"
#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/admin/account_form.h"
#include "web/view/error_pages.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

constexpr const char* kUsers = "/admin/users";

std::string accountPath(const std::string& username) { return std::string(kUsers) + "/" + username; }

// Runs `work` on a borrowed connection, dropping the connection on a
// database error (which goes on to the server's error page).
template <class Work>
auto withDatabase(http::DatabasePool& pool, bool writes, Work work) {
  http::DatabasePool::Lease db = pool.acquire();
  try {
    std::unique_lock<std::mutex> writer;
    if (writes) writer = db.writeLock();
    return work(*db);
  } catch (const store::DatabaseError&) {
    db.discard();
    throw;
  }
}

// "Active", "Disabled" or "Locked" as a tag.
Html statusTag(const access::Credentials& c, int64_t now) {
  if (c.disabled) return govuk::tag("Disabled", "grey");
  if (c.locked_until > now) return govuk::tag("Locked", "red");
  return govuk::tag("Active", "green");
}

// A form of one button posting to `action`.
Html postButton(const std::string& action, const Html& csrf, const std::string& text, govuk::ButtonKind kind) {
  return el("form").attr("method", "post").attr("action", action).attr("novalidate").add(csrf).add(
      govuk::button(text, kind));
}

// The success banner for ?done=... after a change (a fixed text each, so
// nothing from the query reaches the page).
std::string doneMessage(const std::string& done) {
  if (done == "role") return "The role and scope are saved.";
  if (done == "disable") return "The account is disabled: it cannot sign in, and its sessions have ended.";
  if (done == "enable") return "The account is enabled: it can sign in again.";
  if (done == "unlock") return "The account is unlocked: it can try to sign in again straight away.";
  return "";
}

// How an account signs in, in the admin's words.
std::string sourceName(const std::string& source) {
  if (source == "ldap") return "Council directory (LDAP)";
  if (source == "oidc") return "Council account (OpenID Connect)";
  return "Password";
}

http::Response notFound(const view::PageLayout& layout) {
  return http::Response::html(layout.render(view::Page{
      "Page not found", govuk::heading("", "Page not found") + govuk::para("There is no account at this address. ") +
                            govuk::para(govuk::link(kUsers, "Go to the accounts")),
      "", false}), 404);
}

}  // namespace

void AccountPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get(kUsers, [this](http::Request& r) { return list(r); }, kAdmin);
  router.get("/admin/users/new", [this](http::Request& r) { return addForm(r, {}, false, std::nullopt); }, kAdmin);
  router.post("/admin/users/new", [this](http::Request& r) { return add(r); }, kAdmin);
  router.get("/admin/users/{username}", [this](http::Request& r) { return account(r); }, kAdmin);
  router.get("/admin/users/{username}/role", [this](http::Request& r) { return roleForm(r, nullptr, std::nullopt); },
             kAdmin);
  router.post("/admin/users/{username}/role", [this](http::Request& r) { return changeRole(r); }, kAdmin);
  router.post("/admin/users/{username}/disable",
              [this](http::Request& r) { return change(r, "disable", &access::AccountAdmin::disable); }, kAdmin);
  router.post("/admin/users/{username}/enable",
              [this](http::Request& r) { return change(r, "enable", &access::AccountAdmin::enable); }, kAdmin);
  router.post("/admin/users/{username}/unlock",
              [this](http::Request& r) { return change(r, "unlock", &access::AccountAdmin::unlock); }, kAdmin);
  router.post("/admin/users/{username}/password-link", [this](http::Request& r) { return passwordLink(r); }, kAdmin);
}

Html AccountPages::csrfField(http::Request& request, http::Response& response) const {
  const auto user = http::signedInUser(request);
  return view::csrfField(csrf_, request, response, account::AuthFilter::csrfScope(request, *user));
}

http::Response AccountPages::render(http::Request& request, http::Response& response, const std::string& title,
                                    Html main, bool has_errors, const std::vector<view::Crumb>& crumbs) {
  view::Page page{title, std::move(main), "", has_errors};
  page.header = view::headerFor(request, response, csrf_, view::section::kAccounts, "");
  page.breadcrumbs = {{"Admin", "/admin"}, {"Accounts", crumbs.empty() ? "" : kUsers}};
  page.breadcrumbs.insert(page.breadcrumbs.end(), crumbs.begin(), crumbs.end());
  response.body = layout_.render(page);
  return std::move(response);
}

http::Response AccountPages::list(http::Request& request) {
  const int64_t now = nowSeconds();
  auto [accounts, known] = withDatabase(pool_, false, [](store::Database& db) {
    return std::make_pair(access::UserStore(db).accounts(), knownScopes(db));
  });
  // Three columns, so that the table fits a phone: what they manage under
  // the role, how they sign in under the status.
  govuk::Table table{"Everyone who can sign in", {{"Username"}, {"Role and scope"}, {"Status and sign-in"}}};
  table.caption_size = govuk::CaptionSize::kMedium;
  table.first_cell_is_header = true;
  auto second = [](const std::string& text) { return el("div").cls("govuk-!-font-size-16").text(text); };
  for (const auto& c : accounts) {
    Html role = Html::text(access::roleName(c.user.role));
    if (c.user.role == access::Role::kManager) role += second(scopeText(c.user, known));
    table.rows.push_back({govuk::link(accountPath(c.user.username), c.user.username), role,
                          statusTag(c, now) + second(sourceName(c.source))});
  }
  Html main = govuk::heading("Administration", "Accounts");
  main += govuk::para("Staff answering the survey need no account.");
  main += govuk::para(govuk::link("/admin/directories", "Signing in with the council's directory: settings, role "
                                                        "mapping and a connection test"));
  main += govuk::buttonLink("Add an account", "/admin/users/new");
  main += govuk::table(table);
  http::Response response;
  return render(request, response, "Accounts", main, false, {});
}

http::Response AccountPages::addForm(http::Request& request, const access::User& user, bool role_chosen,
                                     const access::Refusal& problem) {
  const KnownScopes known = withDatabase(pool_, false, [](store::Database& db) { return knownScopes(db); });
  http::Response response;
  response.status = problem ? 400 : 200;
  Html main = govuk::heading("Accounts", "Add an account");
  if (problem) main += govuk::errorSummary({{fieldIdOf(*problem), problem->message}});
  main += govuk::para("You will get a set-password link to send to the person: they choose their own password.");
  govuk::InputField name{"username", "Username", "Letters, digits and . _ - @; an email address works.",
                         user.username, problem && problem->field == "username" ? problem->message : ""};
  name.autocomplete = "off";
  name.spellcheck_off = true;
  name.width_class = "govuk-!-width-one-half";
  name.label_size = govuk::LabelSize::kMedium;
  Html fields = csrfField(request, response) + govuk::textInput(name) + roleAndScopeFields(user, role_chosen, known, problem) +
                govuk::button("Add the account");
  main += el("form").attr("method", "post").attr("action", "/admin/users/new").attr("novalidate").add(fields);
  return render(request, response, "Add an account", main, problem.has_value(), {{"Add an account", ""}});
}

http::Response AccountPages::add(http::Request& request) {
  const auto admin = http::signedInUser(request);
  const KnownScopes known = withDatabase(pool_, false, [](store::Database& db) { return knownScopes(db); });
  bool role_chosen = false;
  access::User user = roleAndScopeOf(request, known, role_chosen);
  user.username = request.field("username");
  if (!role_chosen) return addForm(request, user, false, access::AccountProblem{"role", "Choose the account's role"});
  std::string token;
  const access::Refusal problem = withDatabase(pool_, true, [&](store::Database& db) {
    access::AccountAdmin accounts(db, admin->username);
    auto refusal = accounts.add(user);
    if (!refusal) refusal = accounts.issueLink(user.username, nowSeconds(), token);
    return refusal;
  });
  if (problem) return addForm(request, user, true, problem);
  return linkPage(request, user.username, token, true);
}

http::Response AccountPages::account(http::Request& request, const access::Refusal& problem) {
  const std::string& username = request.param("username");
  if (!access::validUsername(username)) return notFound(layout_);
  const int64_t now = nowSeconds();
  std::optional<directory::DirectoryAccount> directory;
  auto [found, known] = withDatabase(pool_, false, [&](store::Database& db) {
    for (auto& d : directory::directoryAccounts(db))
      if (d.username == username) directory = std::move(d);
    return std::make_pair(access::UserStore(db).credentials(username), knownScopes(db));
  });
  if (!found) return notFound(layout_);
  const access::Credentials& c = *found;
  http::Response response;
  response.status = problem ? 409 : 200;
  const Html csrf = csrfField(request, response);
  Html main = govuk::heading("Accounts", username);
  if (problem) main += govuk::errorSummary({{fieldIdOf(*problem), problem->message}});
  auto done = request.query.find("done");
  if (!problem && done != request.query.end() && !doneMessage(done->second).empty())
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, doneMessage(done->second));
  const std::string role_path = accountPath(username) + "/role";
  std::vector<govuk::SummaryRow> rows{
      {"Role", Html::text(access::roleName(c.user.role)), role_path, "role", "role"},
      {"Manages", Html::text(scopeText(c.user, known)), role_path, "what they manage", ""},
      {"Status", statusTag(c, now), "", "", ""},
      {"Signs in with", Html::text(c.source == "local" ? "A password set here" : sourceName(c.source)), "", "", ""},
      {"Failed sign-ins in a row", Html::text(std::to_string(c.failed_logins)), "", "", ""}};
  if (directory) {
    rows.push_back({"Last signed in through the directory",
                    Html::text(directory->last_seen_at ? isoUtc(directory->last_seen_at) : "never"), "", "", ""});
    if (directory->disabled_by_directory)
      rows.push_back({"Why disabled", Html::text("The directory no longer gives them a role: it is enabled again "
                                                 "when it does."), "", "", ""});
  }
  main += govuk::summaryList(rows);
  if (c.source != "local")
    main += govuk::insetText(govuk::para("The role and scope come from the council's directory at every sign-in "
                                         "(see the role mapping on the council directory page). A change made "
                                         "here lasts until their next sign-in."));
  const std::string base = accountPath(username);
  if (c.source == "local" && !c.disabled) {
    main += govuk::headingM("Password", "password-link");
    main += govuk::para("A set-password link lets them choose a new password. It works once, for " +
                        std::to_string(access::kLinkSeconds / 3600) +
                        " hours; using it ends their sessions. You never see their password.");
    main += postButton(base + "/password-link", csrf, "Create a set-password link", govuk::ButtonKind::kSecondary);
  }
  if (c.failed_logins > 0 || c.locked_until > now) {
    main += govuk::headingM("Sign-in back-off", "unlock");
    main += govuk::para(c.locked_until > now ? "The account is locked for a while after failed sign-ins."
                                             : "The account has failed sign-ins that count towards a lock.");
    main += postButton(base + "/unlock", csrf, "Unlock the account", govuk::ButtonKind::kSecondary);
  }
  if (c.disabled) {
    main += govuk::headingM("Disabled", "disable");
    main += govuk::para("The account cannot sign in. It is kept, so the audit's names stay meaningful.");
    main += postButton(base + "/enable", csrf, "Enable the account", govuk::ButtonKind::kSecondary);
  } else {
    main += govuk::headingM("Disable the account", "disable");
    main += govuk::para("They will not be able to sign in, and their sessions end now. You can enable it again.");
    main += postButton(base + "/disable", csrf, "Disable the account", govuk::ButtonKind::kWarning);
  }
  main += govuk::para(govuk::link(kUsers, "Back to the accounts"));
  return render(request, response, username, main, problem.has_value(), {{username, ""}});
}

http::Response AccountPages::roleForm(http::Request& request, const access::User* chosen,
                                      const access::Refusal& problem) {
  const std::string& username = request.param("username");
  if (!access::validUsername(username)) return notFound(layout_);
  auto [found, known] = withDatabase(pool_, false, [&](store::Database& db) {
    return std::make_pair(access::UserStore(db).find(username), knownScopes(db));
  });
  if (!found) return notFound(layout_);
  http::Response response;
  response.status = problem ? 400 : 200;
  Html main = govuk::heading(username, "Change role and scope");
  if (problem) main += govuk::errorSummary({{fieldIdOf(*problem), problem->message}});
  main += govuk::para("A new role takes effect at their next page: they stay signed in.");
  Html fields = csrfField(request, response) + roleAndScopeFields(chosen ? *chosen : *found, true, known, problem) +
                govuk::button("Save");
  main += el("form").attr("method", "post").attr("action", accountPath(username) + "/role").attr("novalidate").add(fields);
  main += govuk::para(govuk::link(accountPath(username), "Cancel"));
  return render(request, response, "Change role and scope", main, problem.has_value(),
                {{username, accountPath(username)}, {"Change role and scope", ""}});
}

http::Response AccountPages::changeRole(http::Request& request) {
  const std::string& username = request.param("username");
  if (!access::validUsername(username)) return notFound(layout_);
  const auto admin = http::signedInUser(request);
  const KnownScopes known = withDatabase(pool_, false, [](store::Database& db) { return knownScopes(db); });
  bool role_chosen = false;
  access::User user = roleAndScopeOf(request, known, role_chosen);
  user.username = username;
  if (!role_chosen) return roleForm(request, &user, access::AccountProblem{"role", "Choose the account's role"});
  const access::Refusal problem = withDatabase(
      pool_, true, [&](store::Database& db) { return access::AccountAdmin(db, admin->username).change(user); });
  if (problem && problem->field == "account") return notFound(layout_);
  if (problem) return roleForm(request, &user, problem);
  return http::Response::redirect(accountPath(username) + "?done=role");
}

http::Response AccountPages::change(http::Request& request, const std::string& done,
                                    access::Refusal (access::AccountAdmin::*action)(const std::string&)) {
  const std::string& username = request.param("username");
  if (!access::validUsername(username)) return notFound(layout_);
  const auto admin = http::signedInUser(request);
  const access::Refusal problem = withDatabase(pool_, true, [&](store::Database& db) {
    access::AccountAdmin accounts(db, admin->username);
    return (accounts.*action)(username);
  });
  if (problem && problem->field == "account") return notFound(layout_);
  if (problem) return account(request, problem);
  return http::Response::redirect(accountPath(username) + "?done=" + done);
}

http::Response AccountPages::passwordLink(http::Request& request) {
  const std::string& username = request.param("username");
  if (!access::validUsername(username)) return notFound(layout_);
  const auto admin = http::signedInUser(request);
  std::string token;
  const access::Refusal problem = withDatabase(pool_, true, [&](store::Database& db) {
    return access::AccountAdmin(db, admin->username).issueLink(username, nowSeconds(), token);
  });
  if (problem && problem->field == "account") return notFound(layout_);
  if (problem) return account(request, problem);
  return linkPage(request, username, token, false);
}

http::Response AccountPages::linkPage(http::Request& request, const std::string& username, const std::string& token,
                                      bool new_account) {
  http::Response response;
  const std::string path = access::setPasswordPath(token);
  const std::string hours = std::to_string(access::kLinkSeconds / 3600);
  Html main = govuk::panel(new_account ? "Account added" : "Set-password link created",
                           "Send " + username + " their set-password link");
  main += govuk::headingM("Their set-password link");
  main += govuk::para(el("a").cls("govuk-link").attr("href", path).attr("id", "set-password-link").attr("rel", "nofollow")
                          .add(el("span").cls("govuk-!-text-break-word").text(path)));
  main += govuk::insetText(govuk::para(
      "Copy the link's address (right-click it, or press and hold, and choose to copy the link) and send it to " +
      username + ". This is the only time it is shown: it is stored only in a form that cannot be turned back into "
      "the link."));
  main += govuk::list({Html::text("It works once, for " + hours + " hours."),
                       Html::text("Opening it lets " + username + " choose their own password; you never see it."),
                       Html::text("Lost or expired? Create a new link from the account's page.")});
  main += govuk::para(govuk::link(accountPath(username), "Go to " + username + "'s account"));
  main += govuk::para(govuk::link(kUsers, "Go to the accounts"));
  return render(request, response, new_account ? "Account added" : "Set-password link created", main, false,
                {{username, accountPath(username)}, {"Set-password link", ""}});
}

}  // namespace hc::web::admin
