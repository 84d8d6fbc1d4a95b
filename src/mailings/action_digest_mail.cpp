#include "mailings/action_digest_mail.h"

#include <algorithm>

#include "actions/action_store.h"
#include "actions/scope_label.h"
#include "core/utc_clock.h"
#include "mail/letter.h"
#include "mailings/action_digest.h"
#include "metrics/catalogue.h"
#include "national/council_setting.h"
#include "reports/figure_text.h"

namespace hc::mailings {
namespace {

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// One action as the digest lists it.
mail::LetterItem itemOf(const Action& a, const std::map<std::string, std::string>& teams, const std::string& base_url,
                        Date today, bool with_owner) {
  mail::LetterItem item;
  item.title = a.title;
  std::string area = metrics::areaLabel(a.area);
  if (const auto* m = metrics::findMetric(a.metric)) area += ": " + std::string(m->label);
  item.lines = {"Team: " + actions::scopeLabel(a.scope_id, teams), "Area: " + area};
  if (!a.description.empty()) item.lines.push_back("What will be done: " + a.description);
  if (with_owner) item.lines.push_back("Owner: " + a.owner);
  item.lines.push_back("Due: " + reports::longDate(a.due) + (a.overdue(today) ? " (overdue)" : ""));
  item.lines.push_back("Status: " + std::string(label(a.status)));
  item.link = {"Open the action", base_url + "/dashboard/actions/" + std::to_string(a.id)};
  return item;
}

}  // namespace

std::variant<mail::OutgoingMail, std::string> writeActionDigest(store::Database& db, const mail::QueuedMail& queued,
                                                                const std::string& given_base_url, Date today) {
  std::string base_url = given_base_url;
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  if (base_url.empty())
    return std::string("the digest links to each action's page: set base-url in healthcheck.conf (the address "
                       "people reach the service at) and restart the service, then send it again");
  const bool director = queued.ref.size() > 9 && queued.ref.substr(queued.ref.size() - 9) == " director";
  actions::ActionFilter filter;
  filter.open_only = true;
  if (!director) filter.owner_email = queued.recipient;
  std::vector<Action> listed;
  for (actions::StoredAction& s : actions::ActionStore(db).list(filter)) {
    const Action& a = s.action;
    if (director ? a.overdue(today) : a.due <= today.plusDays(kDueSoonDays)) listed.push_back(std::move(s.action));
  }
  if (listed.empty())
    return std::string(director ? "no action is overdue any more: nothing to send"
                                : "none of this owner's actions is overdue or due soon any more: nothing to send");
  // Overdue first, each group by due date.
  std::stable_sort(listed.begin(), listed.end(), [&](const Action& x, const Action& y) {
    if (x.overdue(today) != y.overdue(today)) return x.overdue(today);
    return x.due < y.due;
  });
  const int overdue = static_cast<int>(std::count_if(listed.begin(), listed.end(),
                                                     [&](const Action& a) { return a.overdue(today); }));
  const int soon = static_cast<int>(listed.size()) - overdue;
  const std::string council = national::councilName(db);
  const auto teams = actions::teamNames(db);

  mail::Letter letter;
  letter.council = council;
  std::string subject;
  if (director) {
    letter.heading = "Overdue health check actions";
    letter.paragraphs = {plural(overdue, "action agreed after the health check is", "actions agreed after the health check are") +
                             " past the due date and not yet done.",
                         "This copy of the overdue actions goes to the director each week. Owners with an email "
                         "address on their action are sent their own list."};
    subject = "Health check actions overdue: " + std::to_string(overdue);
  } else {
    letter.heading = "Your health check actions";
    std::string counts;
    if (overdue > 0) counts = plural(overdue, "is overdue", "are overdue");
    if (soon > 0) counts += (counts.empty() ? "" : " and ") + plural(soon, "is", "are") + " due in the next 14 days";
    letter.paragraphs = {"You are named as the owner of these actions agreed after the social work health check. Of "
                         "them, " + counts + ".",
                         "When an action is done, or its due date changes, update it on its page so that the health "
                         "check shows where things stand."};
    subject = "Health check actions: " + (overdue > 0 ? std::to_string(overdue) + " overdue" : "") +
              (overdue > 0 && soon > 0 ? ", " : "") + (soon > 0 ? std::to_string(soon) + " due soon" : "");
  }
  for (const Action& a : listed) letter.items.push_back(itemOf(a, teams, base_url, today, director));
  letter.footer = director ? "Sent each week by " + council + "'s social work health check to its director (the "
                             "director accounts named by an email address, or the address its administrator set)."
                           : "Sent each week by " + council + "'s social work health check to the owners of its "
                             "actions. To stop these messages, ask whoever manages the actions to remove your email "
                             "address from them.";
  return letter.toMail(queued.recipient, subject);
}

void addActionDigest(mail::MailSenderOptions& sender, const std::string& base_url, const DigestOptions& options) {
  sender.writers[kDigestKind] = actionDigestWriter(base_url);
  sender.schedules.push_back([options, log = sender.log](store::Database& db, int64_t now) {
    try {
      const auto queued = runDigestSchedule(db, options, now);
      if (queued && log)
        log("mail: the action digest of " + queued->week + " is queued: " + std::to_string(queued->owners) +
            " owner(s), " + std::to_string(queued->director_copies) + " director copy(ies)");
    } catch (const std::exception& e) {
      if (log) log(std::string("mail: the weekly action digest could not be queued: ") + e.what());
    }
  });
}

mail::MailWriter actionDigestWriter(std::string base_url) {
  return [base_url = std::move(base_url)](store::Database& db, const mail::QueuedMail& queued) {
    return writeActionDigest(db, queued, base_url, localDate(nowSeconds()));
  };
}

}  // namespace hc::mailings
