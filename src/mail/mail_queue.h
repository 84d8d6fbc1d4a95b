// MailQueue: the messages waiting for the relay and what became of them,
// in the mail_queue table (sql/sqlite/0020_mail_queue.sql). Callers put a
// message in inside their own transaction, so a message goes if and only
// if what it tells of happened; the background sender (mail_sender.h)
// claims due messages one at a time and records each outcome.
//
//   MailQueue queue(db);
//   queue.enqueue({"test", "", "pat@council.example", "Test", mime.bytes}, "admin", now);
//
// A message is claimed (queued -> sending) by one sender only: the claim
// is a conditional UPDATE, so two servers on one database never both send
// it. A server that stops while sending leaves the row 'sending';
// interruptSending() at the next start marks it 'interrupted' (it may have
// reached the relay), never queued again without an admin.
//
// Thread-safety: as the Database it is given (one per thread).
#ifndef HC_MAIL_MAIL_QUEUE_H_
#define HC_MAIL_MAIL_QUEUE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::mail {

struct NewMail {
  std::string kind;       // "test", "invitation", "reminder", "report", "digest"
  std::string ref;        // for kinds written when sent: what to write
  std::string recipient;
  std::string subject;    // for the queue page; the MIME holds its own
  std::optional<std::string> body;  // the MIME bytes; nullopt for kinds written when sent
};

struct QueuedMail {
  int64_t id = 0;
  std::string kind, ref, recipient, subject;
  std::optional<std::string> body;
  std::string status;  // queued, sending, sent, refused, failed, interrupted
  int attempts = 0;
  int64_t next_attempt_at = 0;
  std::string last_error;
  std::string queued_by;
  int64_t queued_at = 0;
  std::optional<int64_t> sent_at;
  std::string message_id;
};

class MailQueue {
 public:
  explicit MailQueue(store::Database& db) : db_(db) {}

  // Adds a message, due now; returns its id.
  int64_t enqueue(const NewMail& mail, const std::string& queued_by, int64_t now);

  // The next due message, claimed for sending (attempts counted), or
  // nullopt when none is due (or another sender took it first).
  std::optional<QueuedMail> claimDue(int64_t now);
  // The messages due at `now`, oldest first, and one of them claimed.
  std::vector<int64_t> dueIds(int64_t now);
  std::optional<QueuedMail> claim(int64_t id);

  void markSent(int64_t id, int64_t now, const std::string& message_id);
  // Back to the queue, due at `next_attempt_at`.
  void markRetry(int64_t id, int64_t next_attempt_at, const std::string& error);
  // 'refused' (permanent) or 'failed' (out of tries).
  void markGivenUp(int64_t id, bool refused, const std::string& error);
  // Every 'sending' message becomes 'interrupted'; returns how many.
  int64_t interruptSending();
  // A failed, refused or interrupted message queued again from its first
  // try; false when it is not one (or has nothing left to send).
  bool sendAgain(int64_t id, int64_t now);

  std::optional<QueuedMail> find(int64_t id);
  // Newest first, bodies left out; "" matches every status or kind.
  std::vector<QueuedMail> list(const std::string& status, const std::string& kind, int limit);
  std::map<std::string, int64_t> countsByStatus();
  // Removes every message of `kind` about `ref` (a closed survey's
  // invitations): returns how many.
  int64_t removeAbout(const std::string& kind, const std::string& ref);

 private:
  store::Database& db_;
};

}  // namespace hc::mail

#endif  // HC_MAIL_MAIL_QUEUE_H_
