#include "mail/smtp_relay.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <memory>
#include <sstream>

namespace hc::mail {
namespace {

using Poco::Net::Context;
using Poco::Net::SMTPClientSession;

Context::Ptr clientContext(const MailSettings& settings) {
  // Verified against the given CAs, or the system's: a relay whose
  // certificate is not trusted, or names another host, is refused.
  return new Context(Context::TLS_CLIENT_USE, "", "", settings.ca_file, Context::VERIFY_RELAXED, 9,
                     settings.ca_file.empty(), "HIGH:!aNULL:!MD5");
}

// PLAIN: every relay that takes passwords offers it, and only ever over TLS here.
SMTPClientSession::LoginMethod loginMethod() { return SMTPClientSession::AUTH_PLAIN; }

std::string localName() { return "healthcheck.localdomain"; }

int codeOf(const Poco::Net::SMTPException& e) { return e.code(); }

DeliveryResult failed(DeliveryStage stage, std::string detail, int code = 0) {
  DeliveryResult r;
  r.stage = stage;
  r.reply_code = code;
  r.detail = std::move(detail);
  // 5xx to the recipient or the message will not change on a retry; a 5xx
  // to anything else is the relay's configuration, which an officer may
  // fix while the message waits.
  r.permanent = code >= 500 && code < 600 && (stage == DeliveryStage::kRecipient || stage == DeliveryStage::kMessage);
  return r;
}

}  // namespace

DeliveryResult deliver(const MailSettings& settings, const std::string& recipient, const std::string& mime,
                       std::chrono::seconds timeout) {
  DeliveryStage stage = DeliveryStage::kConnect;
  const Poco::Timespan span(static_cast<long>(timeout.count()), 0);
  try {
    const Poco::Net::SocketAddress address(settings.host, static_cast<Poco::UInt16>(settings.port));
    std::unique_ptr<SMTPClientSession> session;
    if (settings.tls == TlsMode::kImplicit) {
      stage = DeliveryStage::kTls;
      Poco::Net::SecureStreamSocket socket(clientContext(settings));
      socket.setPeerHostName(settings.host);
      stage = DeliveryStage::kConnect;
      socket.connect(address, span);
      stage = DeliveryStage::kTls;
      socket.completeHandshake();
      session = std::make_unique<SMTPClientSession>(socket);
      session->setTimeout(span);
      stage = DeliveryStage::kConnect;
      session->login(localName());
    } else if (settings.tls == TlsMode::kStartTls) {
      // Made from the host's name, which STARTTLS checks the certificate against.
      auto secure = std::make_unique<Poco::Net::SecureSMTPClientSession>(settings.host,
                                                                          static_cast<Poco::UInt16>(settings.port));
      secure->setTimeout(span);
      secure->login(localName());
      stage = DeliveryStage::kTls;
      if (!secure->startTLS(clientContext(settings)))
        return failed(DeliveryStage::kTls, "the relay does not offer STARTTLS");
      // A session begins again after STARTTLS (RFC 3207): EHLO once more,
      // as the login below does when there is a user.
      if (settings.user.empty()) secure->login(localName());
      session = std::move(secure);
    } else {
      Poco::Net::StreamSocket socket;
      socket.connect(address, span);
      session = std::make_unique<SMTPClientSession>(socket);
      session->setTimeout(span);
      session->login(localName());
    }
    if (!settings.user.empty()) {
      stage = DeliveryStage::kAuthenticate;
      session->login(localName(), loginMethod(), settings.user, settings.password);
    }
    // The envelope by hand, so that a refusal is known to answer the
    // sender, the recipient or the message.
    std::string reply;
    stage = DeliveryStage::kSender;
    int status = session->sendCommand("MAIL FROM:<" + addressOf(settings.from) + ">", reply);
    if (status / 100 != 2) return failed(stage, reply, status);
    stage = DeliveryStage::kRecipient;
    status = session->sendCommand("RCPT TO:<" + recipient + ">", reply);
    if (status / 100 != 2) return failed(stage, reply, status);
    stage = DeliveryStage::kMessage;
    status = session->sendCommand("DATA", reply);
    if (status != 354) return failed(stage, reply, status);
    // Poco's mail stream doubles a leading dot and ends with CRLF.CRLF.
    std::istringstream body(mime);
    session->sendMessage(body);
    try {
      session->close();  // QUIT; the message is the relay's already
    } catch (const Poco::Exception&) {
    }
    DeliveryResult ok;
    ok.delivered = true;
    ok.stage = DeliveryStage::kDone;
    ok.reply_code = 250;
    return ok;
  } catch (const Poco::Net::SMTPException& e) {
    return failed(stage, e.message(), codeOf(e));
  } catch (const Poco::Net::SSLException& e) {
    return failed(DeliveryStage::kTls, e.displayText());
  } catch (const Poco::Exception& e) {
    return failed(stage, e.displayText());
  } catch (const std::exception& e) {
    return failed(stage, e.what());
  }
}

std::string describe(const DeliveryResult& r, const MailSettings& settings, const std::string& recipient) {
  const std::string relay = settings.host + ":" + std::to_string(settings.port);
  // The relay's reply usually starts with its code already.
  const std::string code =
      r.reply_code && r.detail.rfind(std::to_string(r.reply_code), 0) != 0 ? std::to_string(r.reply_code) + " " : "";
  switch (r.stage) {
    case DeliveryStage::kDone: return "sent to " + recipient + " through " + relay;
    case DeliveryStage::kConnect: return "could not connect to the relay " + relay + ": " + code + r.detail;
    case DeliveryStage::kTls:
      return "TLS with the relay " + relay + " failed (" + std::string(tlsModeName(settings.tls)) + "): " + r.detail;
    case DeliveryStage::kAuthenticate:
      return "the relay " + relay + " refused the user name or password for " + settings.user + ": " + code +
             r.detail;
    case DeliveryStage::kSender:
      return "the relay " + relay + " refused the sender " + addressOf(settings.from) + ": " + code + r.detail;
    case DeliveryStage::kRecipient:
      return "the relay " + relay + " refused the recipient " + recipient + ": " + code + r.detail;
    case DeliveryStage::kMessage: return "the relay " + relay + " refused the message: " + code + r.detail;
  }
  return r.detail;
}

}  // namespace hc::mail
