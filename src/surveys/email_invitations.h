// EmailInvitations: survey invitations sent by email, kept only while the
// run is open (sql/sqlite/0021_survey_email_invitations.sql; README
// "Survey invitations by email"). One row per address of a run: the
// address, the SHA-256 of its current single-use link, whether that link
// has been used (no time) and how many reminders were queued for it.
//
// The link itself is never stored, not even in the mail queue: the message
// is written when it is sent (mailings/survey_invitation_mail.h), and that
// is when issueLink() makes a fresh token, stores its hash as an ordinary
// single-use link (survey_invitations) and on the invitation, moves any
// answers saved on the invitation's earlier link (its draft) to the new one
// and deletes the earlier link, which stops working. A reminder therefore
// carries a new link that replaces the first.
//
// ResponseStore::submit marks the invitation whose link it claims as used
// (markUsed, in its transaction). SurveyRuns::close calls eraseRun: the
// addresses, hashes, marks, their messages in the mail queue (whatever
// their state: a sent one still names its recipient) and the reminder
// batches go; the run's ordinary link rows keep counting in its status
// under a random hash that matches no link ever sent.
//
// Thread-safety: one EmailInvitations per Database, one thread at a time.
#ifndef HC_SURVEYS_EMAIL_INVITATIONS_H_
#define HC_SURVEYS_EMAIL_INVITATIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::surveys {

// The mail queue's kinds of these messages (mail_queue.kind); their ref is
// the invitation id.
inline constexpr const char* kInvitationMailKind = "invitation";
inline constexpr const char* kReminderMailKind = "reminder";

struct EmailInvitation {
  int64_t id = 0;
  std::string run_id, team_id, address;
  std::optional<std::string> token_hash;  // nullopt until its message is written
  bool used = false;
  int reminders_sent = 0;
  bool run_open = false;
};

struct EmailTeamCounts {
  std::string team_id;
  int64_t invited = 0;    // addresses given
  int64_t sent = 0;       // of them, whose invitation has been written and sent
  int64_t reminders = 0;  // reminders queued, all addresses together
};

// What issueLink found.
enum class LinkIssue { kIssued, kUsed, kClosed, kUnknown };

class EmailInvitations {
 public:
  explicit EmailInvitations(store::Database& db) : db_(db) {}

  // Adds `address` (lower case, checked by the caller) for a team of the
  // run; its id, or nullopt when the run already has that address.
  // Call inside the caller's transaction, after checking run and team.
  std::optional<int64_t> add(const std::string& run_id, const std::string& team_id, const std::string& address);

  std::optional<EmailInvitation> find(int64_t id);

  // A fresh link for the invitation, as described above, in a transaction
  // of its own; the token in `token` when kIssued. kUsed: its link was used
  // (nothing changes); kClosed: the run is closed; kUnknown: no such
  // invitation (the run was closed and its invitations deleted).
  LinkIssue issueLink(int64_t id, std::string& token);

  // The link with hash `token_hash` was used: its invitation, if any, is
  // marked so (no reminder follows). Inside the submitting transaction.
  void markUsed(const std::string& token_hash);

  // Per team of the run that has invitations, by team id.
  std::vector<EmailTeamCounts> counts(const std::string& run_id);
  int64_t countOfRun(const std::string& run_id);

  // Everything of the run above; inside close()'s transaction, after its
  // drafts are deleted. Returns how many addresses went.
  int64_t eraseRun(const std::string& run_id);

 private:
  store::Database& db_;
};

// The statement `name` of sql/queries/email_invitations.sql.
std::string emailInvitationQuery(const std::string& name);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_EMAIL_INVITATIONS_H_
