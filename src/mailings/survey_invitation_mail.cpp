#include "mailings/survey_invitation_mail.h"

#include "mail/mail_queue.h"
#include "mailings/reminder_batches.h"
#include "national/council_setting.h"
#include "surveys/email_invitations.h"
#include "surveys/survey_links.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"

namespace hc::mailings {
namespace {

std::string surveyName(const surveys::SurveyRun& run) { return run.title + " " + run.period_label; }

std::vector<std::string> anonymity(const SurveyLetterFacts& f) {
  return {"Your answers are anonymous. " + f.council +
              " cannot see who gave which answers: they are stored with your team only, never with your name, "
              "your email address or your link. Results are shown only for groups of " +
              std::to_string(f.min_group_size) + " or more people.",
          "What " + f.council +
              " can see is whether your link has been used, so that it can remind only the people who have not "
              "answered. It keeps your email address and that mark only until the survey closes, then deletes "
              "them."};
}

void addEnding(mail::Letter& l, const SurveyLetterFacts& f) {
  if (f.closes_on) l.paragraphs.push_back("The survey closes on " + f.closes_on->iso() + ".");
  l.paragraphs.push_back("The link is yours alone and works once: please do not forward this email.");
  if (!f.contact.empty()) l.paragraphs.push_back("If you have a question or the link does not work, contact " +
                                                 f.contact + ".");
  l.link = {"Start the survey", f.link};
  l.footer = "Sent by " + f.council + "'s social work health check, because your email address was given for " +
             "the staff survey of your team.";
}

// The writer of both kinds: the invitation's message with a fresh link.
std::variant<mail::OutgoingMail, std::string> write(store::Database& db, const mail::QueuedMail& queued,
                                                    const MailingsOptions& options, bool reminder) {
  if (options.base_url.empty())
    return std::string("the service's address is not set: give base-url in the configuration, so that the "
                       "survey link can be written");
  int64_t id = 0;
  try {
    id = std::stoll(queued.ref);
  } catch (const std::exception&) {
    return std::string("not an invitation: '" + queued.ref + "'");
  }
  surveys::EmailInvitations invitations(db);
  const auto invitation = invitations.find(id);
  if (!invitation) return std::string("the survey run is closed: its invitations are deleted");
  std::string token;
  switch (invitations.issueLink(id, token)) {
    case surveys::LinkIssue::kIssued: break;
    case surveys::LinkIssue::kUsed: return std::string("the link was used meanwhile: no reminder is needed");
    case surveys::LinkIssue::kClosed: return std::string("the survey run is closed");
    case surveys::LinkIssue::kUnknown: return std::string("the survey run is closed: its invitations are deleted");
  }
  const surveys::SurveyRun run = surveys::SurveyRuns(db).get(invitation->run_id);
  SurveyLetterFacts facts{national::councilName(db), surveyName(run), run.closes_on,
                          surveys::surveyContact(db, run.run_id), options.min_group_size,
                          surveys::surveyLink(options.base_url, token)};
  const mail::Letter letter = reminder ? reminderLetter(facts) : invitationLetter(facts);
  return letter.toMail(invitation->address,
                       reminder ? reminderSubject(facts.survey) : invitationSubject(facts.survey));
}

}  // namespace

EmailInviteOutcome inviteByEmail(store::Database& db, const std::string& run_id, const std::string& team_id,
                                 const std::vector<std::string>& addresses, const std::string& queued_by,
                                 int64_t now) {
  store::Transaction tx(db);
  surveys::SurveyRuns runs(db);
  const surveys::SurveyRun run = runs.get(run_id);
  if (!run.open) throw surveys::SurveyRunError("survey run '" + run_id + "' is closed");
  if (run.imported) throw surveys::SurveyRunError("survey run '" + run_id + "' takes imported responses only");
  if (!runs.hasTeam(run_id, team_id))
    throw surveys::SurveyRunError("team '" + team_id + "' is not part of survey run '" + run_id + "'");
  surveys::EmailInvitations invitations(db);
  mail::MailQueue queue(db);
  const std::string subject = invitationSubject(surveyName(run));
  EmailInviteOutcome out;
  for (const std::string& address : addresses) {
    const std::optional<int64_t> id = invitations.add(run_id, team_id, address);
    if (!id) {
      ++out.already;
      continue;
    }
    queue.enqueue({surveys::kInvitationMailKind, std::to_string(*id), address, subject, std::nullopt}, queued_by, now);
    ++out.queued;
  }
  tx.commit();
  return out;
}

std::string invitationSubject(const std::string& survey) { return "Your link to the staff survey: " + survey; }

std::string reminderSubject(const std::string& survey) { return "Reminder: the staff survey is open: " + survey; }

mail::Letter invitationLetter(const SurveyLetterFacts& f) {
  mail::Letter l;
  l.council = f.council;
  l.heading = "Your link to the staff survey";
  l.paragraphs.push_back(f.council + " is running a staff survey for its social work teams: " + f.survey +
                         ". It asks about your work, so that the council can see what needs to change.");
  for (auto& p : anonymity(f)) l.paragraphs.push_back(std::move(p));
  addEnding(l, f);
  return l;
}

mail::Letter reminderLetter(const SurveyLetterFacts& f) {
  mail::Letter l;
  l.council = f.council;
  l.heading = "Reminder: the staff survey is still open";
  l.paragraphs.push_back("The link " + f.council + " sent you for its staff survey (" + f.survey +
                         ") has not been used yet. If you would like to take part, there is still time.");
  l.paragraphs.push_back("This email has a new link: the one in the earlier email no longer works. Any answers "
                         "you saved with it are kept.");
  for (auto& p : anonymity(f)) l.paragraphs.push_back(std::move(p));
  addEnding(l, f);
  return l;
}

void addSurveyInvitationMail(mail::MailSenderOptions& sender, const MailingsOptions& options) {
  sender.writers[surveys::kInvitationMailKind] = [options](store::Database& db, const mail::QueuedMail& m) {
    return write(db, m, options, false);
  };
  sender.writers[surveys::kReminderMailKind] = [options](store::Database& db, const mail::QueuedMail& m) {
    return write(db, m, options, true);
  };
  sender.schedules.push_back([options, log = sender.log](store::Database& db, int64_t now) {
    try {
      runDueReminderBatches(db, now, options.max_reminders, options.reminder_quiet);
    } catch (const std::exception& e) {
      if (log) log(std::string("mail: reminder batches: ") + e.what());
    }
  });
}

}  // namespace hc::mailings
