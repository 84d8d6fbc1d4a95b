// redactForLog: a server log line with anything that may be a secret or
// an answer taken out, so that the log never records survey links or what
// staff wrote.
//
// The access log is built from route patterns, never paths or form values,
// so it is safe by construction; what this guards is the error lines, whose
// text comes from exceptions: a database error may quote a key or a value
// ("Duplicate entry '5f3a...-wl3' for key 'PRIMARY'"), a library message
// may quote input. Redacted: anything between quotes (single, double or
// back quotes), and any run of 20 or more letters and digits, the shape of
// a link token, its hash or a session id.
//
// Thread-safety: a pure function.
#ifndef HC_WEB_HTTP_LOG_REDACTION_H_
#define HC_WEB_HTTP_LOG_REDACTION_H_

#include <string>
#include <string_view>

namespace hc::web::http {

std::string redactForLog(std::string_view line);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_LOG_REDACTION_H_
