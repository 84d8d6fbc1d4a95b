// deliver(): hands one message to the council's SMTP relay and says how it
// went, in words an officer can act on. One connection a message: the
// volumes are small (a survey's invitations, a quarter's reports) and a
// fresh connection makes every failure belong to one message only.
//
//   DeliveryResult r = deliver(settings, "pat@northshire.gov.uk", mime.bytes);
//   if (!r.delivered) log(describe(r, settings));  // "could not connect to ..."
//
// Thread-safety: safe to call from several threads at once.
#ifndef HC_MAIL_SMTP_RELAY_H_
#define HC_MAIL_SMTP_RELAY_H_

#include <chrono>
#include <string>

#include "mail/mail_settings.h"

namespace hc::mail {

// Where a delivery stopped.
enum class DeliveryStage {
  kConnect,       // no TCP connection, or the relay's greeting never came
  kTls,           // STARTTLS refused, the handshake failed, the certificate was not trusted
  kAuthenticate,  // the user name or password was refused
  kSender,        // MAIL FROM refused
  kRecipient,     // RCPT TO refused
  kMessage,       // DATA, or the message itself, refused
  kDone,
};

struct DeliveryResult {
  bool delivered = false;
  // A refusal that another try will not change (a 5xx reply to the
  // recipient or the message): the message is not tried again.
  bool permanent = false;
  DeliveryStage stage = DeliveryStage::kConnect;
  int reply_code = 0;   // the relay's reply (550), 0 when there was none
  std::string detail;   // the relay's words, or the network's
};

DeliveryResult deliver(const MailSettings& settings, const std::string& recipient, const std::string& mime,
                       std::chrono::seconds timeout = std::chrono::seconds(30));

// A sentence for people: "the relay smtp.example:587 refused the user name
// or password: 535 5.7.8 Authentication credentials invalid".
std::string describe(const DeliveryResult& result, const MailSettings& settings, const std::string& recipient);

}  // namespace hc::mail

#endif  // HC_MAIL_SMTP_RELAY_H_
