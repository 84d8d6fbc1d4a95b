#include "web/admin/directory/directory_pages.h"

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "core/utc_clock.h"
#include "directory/ldap/ldap_directory.h"
#include "directory/oidc/oidc_provider.h"
#include "html/element.h"
#include "web/admin/admin_page.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

constexpr const char* kPath = "/admin/directories";

DirectoryEntry ldapEntry(const directory::ldap::LdapSettings& s) {
  const bool ldaps = s.url.rfind("ldaps://", 0) == 0;
  DirectoryEntry e{"ldap", "LDAP (Active Directory, OpenLDAP)", {}, {}};
  e.settings = {
      {"Address (ldap-url)", s.url},
      {"Encryption", ldaps ? "LDAPS" : s.starttls ? "StartTLS" : "none (ldap-allow-plain: for tests only)"},
      {"CA certificate (ldap-ca-file)", s.ca_file.empty() ? "the system's certificate authorities" : s.ca_file},
      {"Service account (ldap-bind-dn)", s.bind_dn.empty() ? "none: anonymous searches" : s.bind_dn},
      {"Service account's password", s.bind_password.empty() ? "not set" : "set (HEALTHCHECK_LDAP_PASSWORD)"},
      {"Where people are searched (ldap-base-dn)", s.base_dn},
      {"Finding the person (ldap-user-filter)", s.user_filter},
      {"Their groups", s.group_filter.empty() ? "their memberOf attribute" : "ldap-group-filter " + s.group_filter},
  };
  e.test = [s] { return directory::ldap::LdapDirectory(s).testConnection(); };
  return e;
}

DirectoryEntry oidcEntry(const directory::oidc::OidcSettings& s) {
  DirectoryEntry e{"oidc", "OpenID Connect (Microsoft Entra ID)", {}, {}};
  e.settings = {
      {"Issuer (oidc-issuer)", s.issuer},
      {"Client id (oidc-client-id)", s.client_id},
      {"Client secret", s.client_secret.empty() ? "not set" : "set (HEALTHCHECK_OIDC_CLIENT_SECRET)"},
      {"Sent as", s.secret_in_basic ? "client_secret_basic (oidc-client-auth = basic)" : "client_secret_post"},
      {"Redirect URL (oidc-redirect-url)", s.redirect_url},
      {"Scopes (oidc-scopes)", s.scopes},
      {"CA certificate (oidc-ca-file)", s.ca_file.empty() ? "the system's certificate authorities" : s.ca_file},
  };
  e.test = [s] { return directory::oidc::OidcProvider(s).testConnection(nowSeconds()); };
  return e;
}

Html settingsList(const DirectoryEntry& e) {
  std::vector<govuk::SummaryRow> rows;
  for (const auto& [key, value] : e.settings) rows.push_back({key, Html::text(value), "", "", ""});
  return govuk::summaryList(rows);
}

Html results(const DirectoryEntry& e, const std::vector<directory::ConnectionStep>& steps) {
  const bool ok = !steps.empty() && steps.back().ok;
  Html out = ok ? govuk::notificationBanner(govuk::BannerKind::kSuccess, "The connection to " + e.name + " works.")
                : govuk::warningText("The test failed at: " + (steps.empty() ? std::string("?") : steps.back().name) +
                                     ". " + (steps.empty() ? std::string() : steps.back().detail));
  govuk::Table t{"What the test did", {{"Step"}, {"Result"}, {"What happened"}}};
  t.caption_size = govuk::CaptionSize::kSmall;
  t.first_cell_is_header = true;
  for (const auto& s : steps)
    t.rows.push_back({Html::text(s.name), s.ok ? govuk::tag("Passed", "green") : govuk::tag("Failed", "red"),
                      el("span").cls("govuk-!-text-break-word").text(s.detail)});
  return out + govuk::table(t);
}

const char* byName(directory::MatchBy by) { return by == directory::MatchBy::kGroup ? "group" : "app role"; }

Html mappingTables(const directory::RoleMapping& m) {
  govuk::Table roles{"Roles: the first line that matches gives the role", {{"Line", true}, {"Role"}, {"Given by"}}};
  for (const auto& r : m.roleRules())
    roles.rows.push_back({Html::text(std::to_string(r.line)), Html::text(access::roleName(r.role)),
                          el("span").cls("govuk-!-text-break-word").text(std::string(byName(r.by)) + " " + r.shown)});
  Html out = govuk::table(roles);
  if (!m.scopeRules().empty() || !m.teamAttribute().empty()) {
    govuk::Table scopes{"What a manager manages: every line that matches", {{"Line", true}, {"Team or service"}, {"Given by"}}};
    for (const auto& s : m.scopeRules())
      scopes.rows.push_back({Html::text(std::to_string(s.line)),
                             Html::text((s.service ? "service " : "team ") + s.scope),
                             el("span").cls("govuk-!-text-break-word").text(std::string(byName(s.by)) + " " + s.shown)});
    out += govuk::table(scopes);
    if (!m.teamAttribute().empty())
      out += govuk::para("Also the team ids in each person's " + m.teamAttribute() + " attribute.");
  }
  return out;
}

}  // namespace

DirectoryPages::DirectoryPages(http::DatabasePool& pool, const view::PageLayout& layout,
                               const http::CsrfProtection& csrf, const directory::DirectorySettings& settings)
    : pool_(pool), layout_(layout), csrf_(csrf), settings_(settings) {
  if (settings_.ldap.configured()) entries_.push_back(ldapEntry(settings_.ldap));
  if (settings_.oidc.configured()) entries_.push_back(oidcEntry(settings_.oidc));
}

void DirectoryPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get(kPath, [this](http::Request& r) { return page(r, "", {}); }, kAdmin);
  router.post("/admin/directories/{id}/test", [this](http::Request& r) { return test(r); }, kAdmin);
}

http::Response DirectoryPages::page(http::Request& request, const std::string& tested,
                                    const std::vector<directory::ConnectionStep>& steps) const {
  http::Response response;
  Html main = govuk::heading("Administration", "Signing in with the council's directory");
  const bool on = settings_.roles != nullptr;
  main += govuk::summaryList({
      {"Council accounts", Html::text(on ? "People sign in with their council account; their role and scope come "
                                           "from the directory at each sign-in."
                                         : "Off: no role mapping (directory-roles in healthcheck.conf)."),
       "", "", ""},
      {"Passwords set here", Html::text(settings_.local_admins_only ? "Admins only (local-sign-in = admins-only)"
                                                                     : "Every role (local-sign-in = all)"),
       "", "", ""},
      {"People without access are told to ask", Html::text(on ? settings_.roles->contact() : "-"), "", "", ""},
  });
  if (entries_.empty())
    main += govuk::para("No directory is configured. The README's \"Installing on a server\" says how.");
  for (const DirectoryEntry& e : entries_) {
    main += govuk::headingM(e.name, "directory-" + e.id);
    if (e.id == tested) main += results(e, steps);
    main += settingsList(e);
    main += postForm(csrf_, request, response, std::string(kPath) + "/" + e.id + "/test",
                     govuk::button("Test the connection", govuk::ButtonKind::kSecondary));
  }
  if (on) {
    main += govuk::headingM("Roles from the directory", "roles");
    main += mappingTables(*settings_.roles);
  }
  main += govuk::para(govuk::link("/admin/users", "Go to the accounts"));
  renderAdminPage(layout_, csrf_, request, response, "Signing in with the council's directory", main,
                  view::section::kAccounts, {{"Accounts", "/admin/users"}, {"Council directory", ""}});
  return response;
}

http::Response DirectoryPages::test(http::Request& request) const {
  const std::string& id = request.param("id");
  for (const DirectoryEntry& e : entries_) {
    if (e.id != id) continue;
    const std::vector<directory::ConnectionStep> steps = e.test();
    const bool ok = !steps.empty() && steps.back().ok;
    {
      http::DatabasePool::Lease db = pool_.acquire();
      try {
        auto writer = db.writeLock();
        access::AuditLog(*db).record(actorOf(request), access::audit_action::kDirectoryTest, id,
                                     ok ? "the connection works"
                                        : "failed at " + (steps.empty() ? std::string("?") : steps.back().name) + ": " +
                                              (steps.empty() ? std::string() : steps.back().detail));
      } catch (const store::DatabaseError&) {
        db.discard();
        throw;
      }
    }
    return page(request, id, steps);
  }
  return http::Response::text(404, "No such directory\n");
}

}  // namespace hc::web::admin
