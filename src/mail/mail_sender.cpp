#include "mail/mail_sender.h"

#include "core/utc_clock.h"
#include "mail/mime_message.h"
#include "mail/smtp_relay.h"

namespace hc::mail {

MailSender::MailSender(std::string db_url, MailSenderOptions options)
    : db_url_(std::move(db_url)), options_(std::move(options)) {
  {
    auto db = store::openDatabase(db_url_);
    const int64_t interrupted = MailQueue(*db).interruptSending();
    if (interrupted > 0 && options_.log)
      options_.log("mail: " + std::to_string(interrupted) +
                   " message(s) were being sent when the server last stopped: marked interrupted");
  }
  if (options_.run) thread_ = std::thread([this] { loop(); });
}

MailSender::~MailSender() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailSender::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

int MailSender::sendDue() {
  auto db = store::openDatabase(db_url_);
  runSchedules(*db);
  MailQueue queue(*db);
  int tried = 0;
  for (int64_t id : queue.dueIds(nowSeconds()))
    if (std::optional<QueuedMail> mail = queue.claim(id)) {
      send(*db, *mail);
      ++tried;
    }
  return tried;
}

void MailSender::send(store::Database& db, const QueuedMail& claimed) {
  MailQueue queue(db);
  const int64_t now = nowSeconds();
  const QueuedMail* mail = &claimed;
  std::string mime = mail->body.value_or("");
  std::string message_id;
  if (!mail->body) {
    const auto writer = options_.writers.find(mail->kind);
    std::variant<OutgoingMail, std::string> written =
        writer == options_.writers.end() ? std::variant<OutgoingMail, std::string>("nothing writes a '" + mail->kind + "' message")
                                         : writer->second(db, *mail);
    if (const auto* why = std::get_if<std::string>(&written)) {
      queue.markGivenUp(mail->id, true, *why);
      return;
    }
    auto composed = composeMime(std::get<OutgoingMail>(written), options_.settings, now);
    if (const auto* why = std::get_if<std::string>(&composed)) {
      queue.markGivenUp(mail->id, true, *why);
      return;
    }
    mime = std::get<MimeMessage>(composed).bytes;
    message_id = std::get<MimeMessage>(composed).message_id;
  } else {
    // The stored MIME names its own Message-ID.
    const size_t at = mime.find("\r\nMessage-ID: ");
    if (at != std::string::npos) message_id = mime.substr(at + 14, mime.find("\r\n", at + 14) - at - 14);
  }
  const DeliveryResult result = deliver(options_.settings, mail->recipient, mime);
  if (result.delivered) {
    queue.markSent(mail->id, nowSeconds(), message_id);
    return;
  }
  const std::string why = describe(result, options_.settings, mail->recipient);
  if (options_.log) options_.log("mail " + std::to_string(mail->id) + ": " + why);
  if (result.permanent) {
    queue.markGivenUp(mail->id, true, why);
  } else if (mail->attempts >= options_.max_attempts) {
    queue.markGivenUp(mail->id, false, "after " + std::to_string(mail->attempts) + " tries: " + why);
  } else {
    const auto& b = options_.backoff;
    const std::chrono::seconds wait =
        b.empty() ? std::chrono::seconds(60) : b[std::min(b.size() - 1, static_cast<size_t>(mail->attempts - 1))];
    queue.markRetry(mail->id, nowSeconds() + wait.count(), why);
  }
}

void MailSender::runSchedules(store::Database& db) {
  for (const auto& schedule : options_.schedules) schedule(db, nowSeconds());
}

void MailSender::loop() {
  std::unique_ptr<store::Database> db;
  const auto gap = std::chrono::milliseconds(60000 / std::max(1, options_.settings.per_minute));
  for (;;) {
    bool sent = false;
    try {
      if (!db) db = store::openDatabase(db_url_);
      runSchedules(*db);
      if (std::optional<QueuedMail> mail = MailQueue(*db).claimDue(nowSeconds())) {
        send(*db, *mail);
        sent = true;
      }
    } catch (const std::exception& e) {
      // The database away: try again at the next poll with a new connection.
      if (options_.log) options_.log(std::string("mail: the queue cannot be read: ") + e.what());
      db.reset();
    }
    std::unique_lock<std::mutex> lock(mutex_);
    if (stop_) return;
    // After a message, the rate's gap; with none due, until woken or the poll.
    if (sent) {
      wake_.wait_for(lock, gap, [this] { return stop_; });
    } else {
      wake_.wait_for(lock, options_.poll, [this] { return stop_ || woken_; });
      woken_ = false;
    }
    if (stop_) return;
  }
}

}  // namespace hc::mail
