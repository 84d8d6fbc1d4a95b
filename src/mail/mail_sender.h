// MailSender: the server's background sender. It claims due messages from
// the queue one at a time, writes those that have no stored body (an
// invitation's link is made at this moment, never stored), hands each to
// the relay, and records the outcome: sent; refused (a permanent 5xx:
// never tried again); tried again later after a temporary failure (the
// relay down, a 4xx, a dropped connection), at growing intervals, until
// `max_attempts`, then failed. At most `settings.per_minute` messages a
// minute. At start, messages left 'sending' by a stopped server are marked
// 'interrupted' (see mail_queue.h).
//
//   MailSenderOptions o;
//   o.settings = mail_settings;
//   MailSender sender(db_url, o);   // sends until destroyed
//   ...; sender.wake();             // a message was just queued
//
// Thread-safety: wake() may be called from any thread; the constructor and
// destructor from one. sendDue() is for a sender built with run = false.
#ifndef HC_MAIL_MAIL_SENDER_H_
#define HC_MAIL_MAIL_SENDER_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "mail/mail_queue.h"
#include "mail/mail_settings.h"
#include "mail/outgoing_mail.h"
#include "store/database.h"

namespace hc::mail {

// Writes a message that has no stored body, at the moment it is sent; or
// says why it can no longer be written (the message is then given up).
using MailWriter = std::function<std::variant<OutgoingMail, std::string>(store::Database&, const QueuedMail&)>;

struct MailSenderOptions {
  MailSettings settings;
  int max_attempts = 6;
  // The wait before try n+1 after try n failed (the last repeats).
  std::vector<std::chrono::seconds> backoff = {std::chrono::minutes(1), std::chrono::minutes(5),
                                               std::chrono::minutes(15), std::chrono::hours(1)};
  // How often the queue is looked at when nothing wakes the sender.
  std::chrono::milliseconds poll{std::chrono::seconds(15)};
  std::map<std::string, MailWriter> writers;  // by kind
  // Jobs that queue messages when their time comes (reminder batches, the
  // members' report, the weekly digests): each is run before every look at
  // the queue, on the sender's thread, with the time now; it must be quick
  // when nothing is due and must not throw for bad data (log it instead).
  std::vector<std::function<void(store::Database&, int64_t now)>> schedules;
  std::function<void(const std::string&)> log;  // hears of each failure; null: not told
  bool run = true;  // false: no thread (the command line, tests): call sendDue()
};

class MailSender {
 public:
  MailSender(std::string db_url, MailSenderOptions options);
  ~MailSender();
  MailSender(const MailSender&) = delete;
  MailSender& operator=(const MailSender&) = delete;

  void wake();

  // Runs the schedules, then tries every message due now, once each, in
  // this thread; returns how many were tried. Ignores per_minute.
  int sendDue();

 private:
  // One claimed message: written, delivered, its outcome recorded.
  void send(store::Database& db, const QueuedMail& mail);
  void runSchedules(store::Database& db);
  void loop();

  std::string db_url_;
  MailSenderOptions options_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace hc::mail

#endif  // HC_MAIL_MAIL_SENDER_H_
