// The MIME form of an OutgoingMail (RFC 5322, 2045-2047): the bytes a relay
// is given after DATA. Headers: From, To, Reply-To, Subject (an RFC 2047
// encoded word when it is not plain ASCII), Date, Message-ID, MIME-Version,
// Auto-Submitted, Content-Type; the body multipart/alternative (text, then
// HTML, each quoted-printable UTF-8), inside multipart/mixed when there are
// attachments (base64). Lines end CRLF; no line is over 78 characters.
//
// Thread-safety: a pure function (it reads the system's random source for
// the Message-ID and boundaries).
#ifndef HC_MAIL_MIME_MESSAGE_H_
#define HC_MAIL_MIME_MESSAGE_H_

#include <cstdint>
#include <string>
#include <variant>

#include "mail/mail_settings.h"
#include "mail/outgoing_mail.h"

namespace hc::mail {

struct MimeMessage {
  std::string message_id;  // "<6f1c...@northshire.gov.uk>"
  std::string bytes;
};

// The message from `settings.from` (and its reply-to), dated `unix_seconds`;
// or why it cannot be written ("the recipient is not an email address:
// 'pat at council'", a subject with a line break...).
std::variant<MimeMessage, std::string> composeMime(const OutgoingMail& mail, const MailSettings& settings,
                                                   int64_t unix_seconds);

// RFC 2047: `text` as it may stand in a header: itself when it is printable
// ASCII, else one or more =?UTF-8?B?...?= words folded onto lines of their
// own. Example: encodeHeaderWords("Café") -> "=?UTF-8?B?Q2Fmw6k=?=".
std::string encodeHeaderWords(const std::string& text);

}  // namespace hc::mail

#endif  // HC_MAIL_MIME_MESSAGE_H_
