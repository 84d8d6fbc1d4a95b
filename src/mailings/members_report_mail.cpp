#include "mailings/members_report_mail.h"

#include <map>
#include <memory>
#include <mutex>

#include "access/audit_events.h"
#include "core/utc_clock.h"
#include "load/health_check_loader.h"
#include "mail/letter.h"
#include "mail/mail_queue.h"
#include "mailings/members_report_pdf.h"
#include "mailings/report_subscriptions.h"
#include "national/council_setting.h"
#include "reports/figure_text.h"
#include "reports/pdf_printer.h"

namespace hc::mailings {
namespace {

std::string subjectOf(const std::string& period) { return "Members' report: social work health check, " + period; }

std::string reasonWords(const std::string& reason) {
  if (reason == "ready") return "the quarter's figures were imported";
  if (reason == "day") return "the chosen day came";
  return "sent now";
}

// The sending's PDFs, printed once per sending and dropped once none of
// its messages waits.
struct PdfCache {
  std::mutex mutex;
  std::map<int64_t, std::string> pdfs;  // by sending id
};

bool waiting(ReportSubscriptions& subs, int64_t sending_id) {
  for (const auto& [status, n] : subs.outcomes(sending_id))
    if ((status == "queued" || status == "sending") && n > 0) return true;
  return false;
}

mail::OutgoingMail letterFor(const std::string& council, const std::string& period_label, const std::string& phrase,
                             const MembersReportMailOptions& options, const std::string& to) {
  mail::Letter l;
  l.council = council;
  l.heading = "Members' report for " + period_label;
  l.paragraphs = {
      "The members' report of " + council + "'s social work health check for " + period_label + " (" + phrase +
          ") is attached as a PDF.",
      "It shows the published figures: a figure about fewer people than the health check's smallest group is not "
      "published, in the report or here.",
  };
  if (options.base_url.empty()) {
    l.paragraphs.push_back("You can also read it online: sign in to the social work health check and choose "
                           "\"Members' report\".");
  } else {
    l.paragraphs.push_back("You can also read it online, after signing in.");
    l.link = {"Read the members' report online",
              options.base_url + kMembersReportPath + "?period=" + period_label};
  }
  l.footer = "You get this message because " + council +
             " subscribed this address to the members' report of its social work health check. To stop it, ask the "
             "health check's administrator.";
  mail::OutgoingMail m = l.toMail(to, subjectOf(period_label));
  return m;
}

std::variant<mail::OutgoingMail, std::string> writeReport(store::Database& db, const mail::QueuedMail& queued,
                                                          const MembersReportMailOptions& options,
                                                          const std::shared_ptr<PdfCache>& cache) {
  try {
    ReportSubscriptions subs(db);
    const int64_t id = std::stoll(queued.ref);
    const std::optional<ReportSending> sending = subs.sending(id);
    if (!sending) return std::string("the sending " + queued.ref + " is not recorded");
    const std::optional<metrics::Period> period = metrics::Period::parse(sending->period);
    if (!period) return std::string("the sending's period '" + sending->period + "' is not a period");
    std::string pdf;
    {
      std::lock_guard<std::mutex> lock(cache->mutex);
      const auto at = cache->pdfs.find(id);
      if (at != cache->pdfs.end()) pdf = at->second;
    }
    if (pdf.empty()) {
      const std::string chromium = options.chromium.empty() ? reports::findChromium() : options.chromium;
      if (chromium.empty())
        return std::string("the members' report cannot be printed: install the chromium package on the server");
      const MembersReportPdf printed =
          membersReportPdf({options.db_url, chromium, options.min_group_size}, *period, utcToday());
      if (printed.pdf.empty()) return "the members' report of " + period->label + " cannot be made: " + printed.problem;
      pdf = printed.pdf;
      std::lock_guard<std::mutex> lock(cache->mutex);
      cache->pdfs[id] = pdf;
    }
    mail::OutgoingMail m =
        letterFor(national::councilName(db), period->label, reports::periodPhrase(*period), options, queued.recipient);
    m.attachments.push_back({"members-report-" + period->label + ".pdf", "application/pdf", std::move(pdf)});
    return m;
  } catch (const std::exception& e) {
    // Chromium or the database failed: this message is given up with the
    // reason (an admin can send it again from the Email page).
    return std::string("the members' report could not be made: ") + e.what();
  }
}

}  // namespace

std::optional<metrics::Period> latestCompleteQuarter(store::Database& db, std::string* problem) {
  std::optional<metrics::Period> q = load::latestCompletePeriod(db, metrics::Period::Kind::kQuarter);
  if (!q && problem) *problem = "No records have been imported, so there is no quarter to report.";
  return q;
}

SendingOutcome queueMembersReport(store::Database& db, const std::optional<metrics::Period>& period,
                                  const std::string& reason, const std::string& actor, int64_t now) {
  SendingOutcome out;
  std::optional<metrics::Period> p = period;
  if (!p) p = latestCompleteQuarter(db, &out.problem);
  if (!p) return out;
  if (auto after = load::periodAfterRecords(db, *p)) {
    out.problem = *after;
    return out;
  }
  store::Transaction tx(db);
  ReportSubscriptions subs(db);
  const Recipients r = subs.recipients();
  if (r.addresses.empty()) {
    out.problem = "No one is subscribed to the members' report";
    if (r.accounts_without_address > 0)
      out.problem += " with an email address (" + std::to_string(r.accounts_without_address) +
                     " account(s) of the subscribed roles are not named by an email address)";
    out.problem += ": add members' addresses or a role first.";
    return out;
  }
  QueuedSending q{0, p->label, static_cast<int>(r.addresses.size()), r.accounts_without_address};
  q.sending_id = subs.addSending({0, p->label, reason, now, q.recipients, actor});
  mail::MailQueue queue(db);
  for (const std::string& to : r.addresses)
    queue.enqueue({kMembersReportKind, std::to_string(q.sending_id), to, subjectOf(p->label), std::nullopt}, actor, now);
  access::auditReportMail(db, actor, "send", p->label,
                          std::to_string(q.recipients) + " recipient(s), sending " + std::to_string(q.sending_id) +
                              " (" + reasonWords(reason) + ")");
  tx.commit();
  out.queued = q;
  return out;
}

std::optional<QueuedSending> runMembersReportSchedule(store::Database& db, int64_t now) {
  ReportSubscriptions subs(db);
  const ReportSchedule schedule = subs.schedule();
  const std::optional<metrics::Period> latest = latestCompleteQuarter(db, nullptr);
  if (!latest) return std::nullopt;
  const bool first_look = !schedule.seen_period;
  const bool new_quarter = !first_look && *schedule.seen_period != latest->label;
  if (first_look || new_quarter) subs.setSeenPeriod(latest->label);
  if (first_look || schedule.mode == ReportScheduleMode::kOff) return std::nullopt;
  if (schedule.mode == ReportScheduleMode::kReady && !new_quarter) return std::nullopt;
  if (schedule.mode == ReportScheduleMode::kDay) {
    // Due from the chosen day of the month after the quarter ends, while
    // that quarter is still the one before today's.
    const Date today = Date(static_cast<int32_t>(now / 86400));
    const Date after_end = latest->to.plusDays(1);
    const Date due = Date::fromCivil(after_end.year(), after_end.month(), static_cast<unsigned>(schedule.day_of_month));
    const metrics::Period next = metrics::Period::containing(metrics::Period::Kind::kQuarter, after_end);
    if (today < due || today > next.to) return std::nullopt;
  }
  if (subs.sentAutomatically(latest->label)) return std::nullopt;
  if (subs.recipients().addresses.empty()) return std::nullopt;  // nobody to tell: nothing recorded
  SendingOutcome o = queueMembersReport(db, latest, scheduleModeName(schedule.mode), kScheduleActor, now);
  return o.queued;
}

void addMembersReportMail(mail::MailSenderOptions& sender, const MembersReportMailOptions& options) {
  auto cache = std::make_shared<PdfCache>();
  sender.writers[kMembersReportKind] = [options, cache](store::Database& db, const mail::QueuedMail& queued) {
    return writeReport(db, queued, options, cache);
  };
  sender.schedules.push_back([cache, log = sender.log](store::Database& db, int64_t now) {
    try {
      runMembersReportSchedule(db, now);
      // Drop the PDFs of sendings with nothing left to send.
      std::vector<int64_t> ids;
      {
        std::lock_guard<std::mutex> lock(cache->mutex);
        for (const auto& entry : cache->pdfs) ids.push_back(entry.first);
      }
      ReportSubscriptions subs(db);
      for (int64_t id : ids)
        if (!waiting(subs, id)) {
          std::lock_guard<std::mutex> lock(cache->mutex);
          cache->pdfs.erase(id);
        }
    } catch (const std::exception& e) {
      if (log) log(std::string("members' report schedule: ") + e.what());
    }
  });
}

}  // namespace hc::mailings
