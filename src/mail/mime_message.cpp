#include "mail/mime_message.h"

#include <Poco/Base64Encoder.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Net/QuotedPrintableEncoder.h>
#include <Poco/Timestamp.h>

#include <sstream>

#include "access/secure_random.h"

namespace hc::mail {
namespace {

bool plainAscii(const std::string& text) {
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u > 0x7e) return false;
  }
  return true;
}

// Header values never carry a line break of their own: that would let a
// subject add headers.
bool oneLine(const std::string& text) { return text.find_first_of("\r\n") == std::string::npos; }

std::string base64(const std::string& bytes, int line_length) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(line_length);
  encoder << bytes;
  encoder.close();
  std::string s = out.str();
  // Poco breaks lines with "\r\n" already; make sure of it.
  std::string crlf;
  crlf.reserve(s.size() + s.size() / 38);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) crlf += '\r';
    crlf += s[i];
  }
  return crlf;
}

// Quoted-printable of UTF-8 text whose lines end "\n" or "\r\n": CRLF hard
// breaks, soft breaks before 76 characters.
std::string quotedPrintable(const std::string& text) {
  std::string crlf;
  crlf.reserve(text.size() + text.size() / 40);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) crlf += '\r';
    crlf += text[i];
  }
  std::ostringstream out;
  Poco::Net::QuotedPrintableEncoder encoder(out);
  encoder << crlf;
  encoder.close();
  return out.str();
}

std::string randomHex(size_t bytes) { return access::randomHex(bytes); }

std::string domainOf(const std::string& address) {
  const size_t at = address.rfind('@');
  return at == std::string::npos ? "localhost" : address.substr(at + 1);
}

// "Name <address>" with the name encoded when it needs to be.
std::string mailboxHeader(const std::string& mailbox) {
  const std::string address = addressOf(mailbox);
  const size_t open = mailbox.rfind('<');
  if (open == std::string::npos) return address;
  std::string name = mailbox.substr(0, open);
  while (!name.empty() && (name.back() == ' ' || name.back() == '"')) name.pop_back();
  size_t start = 0;
  while (start < name.size() && (name[start] == ' ' || name[start] == '"')) ++start;
  name = name.substr(start);
  if (name.empty()) return address;
  const bool needs_quotes = name.find_first_of("()<>[]:;@\\,.\"") != std::string::npos;
  std::string shown = plainAscii(name) ? (needs_quotes ? "\"" + name + "\"" : name) : encodeHeaderWords(name);
  return shown + " <" + address + ">";
}

std::string dateHeader(int64_t unix_seconds) {
  const Poco::Timestamp at = Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unix_seconds));
  return Poco::DateTimeFormatter::format(at, "%w, %d %b %Y %H:%M:%S +0000");
}

void textPart(std::string& out, const std::string& boundary, const char* type, const std::string& body) {
  out += "--" + boundary + "\r\n";
  out += std::string("Content-Type: ") + type + "; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
  out += quotedPrintable(body);
  out += "\r\n";
}

}  // namespace

std::string encodeHeaderWords(const std::string& text) {
  if (plainAscii(text)) return text;
  // 39 bytes of UTF-8 make 52 of base64: with "=?UTF-8?B?" and "?=" a word
  // of 64, so that even "Subject: " and the first word stay within 78
  // (RFC 2047 allows 75 a word). A word never splits a character.
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = std::min(text.size(), at + 39);
    while (end < text.size() && end > at && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(at, end - at), 0) + "?=";
    at = end;
  }
  return out;
}

std::variant<MimeMessage, std::string> composeMime(const OutgoingMail& mail, const MailSettings& settings,
                                                   int64_t unix_seconds) {
  if (!plausibleAddress(mail.to)) return "the recipient is not an email address: '" + mail.to + "'";
  const std::string from = addressOf(settings.from);
  if (!plausibleAddress(from)) return "mail-from is not an email address: '" + settings.from + "'";
  if (!oneLine(mail.subject) || !oneLine(settings.from) || !oneLine(settings.reply_to))
    return "a header holds a line break";
  for (const Attachment& a : mail.attachments)
    if (a.filename.empty() || a.filename.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                             "0123456789._-") != std::string::npos ||
        !oneLine(a.media_type) || a.media_type.find('/') == std::string::npos)
      return "an attachment's name or type cannot be put in a header: '" + a.filename + "'";

  MimeMessage m;
  m.message_id = "<" + randomHex(16) + "." + std::to_string(unix_seconds) + "@" + domainOf(from) + ">";
  std::string& out = m.bytes;
  out += "From: " + mailboxHeader(settings.from) + "\r\n";
  out += "To: " + mail.to + "\r\n";
  if (!settings.reply_to.empty()) out += "Reply-To: " + mailboxHeader(settings.reply_to) + "\r\n";
  out += "Subject: " + encodeHeaderWords(mail.subject) + "\r\n";
  out += "Date: " + dateHeader(unix_seconds) + "\r\n";
  out += "Message-ID: " + m.message_id + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  // Sent by the service, not a person: out-of-office replies are not wanted.
  out += "Auto-Submitted: auto-generated\r\n";
  const std::string alternative = "=_hc_alt_" + randomHex(8);
  const std::string mixed = "=_hc_mix_" + randomHex(8);
  if (!mail.attachments.empty()) {
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n";
    out += "--" + mixed + "\r\n";
  }
  out += "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
  textPart(out, alternative, "text/plain", mail.text);
  textPart(out, alternative, "text/html", mail.html);
  out += "--" + alternative + "--\r\n";
  if (!mail.attachments.empty()) {
    for (const Attachment& a : mail.attachments) {
      out += "\r\n--" + mixed + "\r\n";
      out += "Content-Type: " + a.media_type + "; name=\"" + a.filename + "\"\r\n";
      out += "Content-Transfer-Encoding: base64\r\n";
      out += "Content-Disposition: attachment; filename=\"" + a.filename + "\"\r\n\r\n";
      out += base64(a.bytes, 76);
      out += "\r\n";
    }
    out += "--" + mixed + "--\r\n";
  }
  return m;
}

}  // namespace hc::mail
