// decodeRequest: a parsed head and its whole body turned into the Request
// the handlers see (request.h): path, query, cookies and the form, within
// the limits of WebServerOptions. Runs on a worker thread, once the
// request has arrived whole.
//
// Thread-safety: a plain function.
#ifndef HC_WEB_HTTP_REQUEST_DECODING_H_
#define HC_WEB_HTTP_REQUEST_DECODING_H_

#include <optional>
#include <string>

#include "web/http/request.h"
#include "web/http/request_head.h"
#include "web/http/response.h"

namespace hc::web::http {

struct FormLimits {
  int max_fields = 200;
  size_t max_field_bytes = 16 * 1024;
};

// Fills the method, host, path, query and cookies of `out` from the head
// alone; 400 when the target cannot be parsed. What an upload is vetted on
// before its body is read (WebServerOptions::vet_upload).
std::optional<Response> decodeHead(const RequestHead& head, Request& out);

// Fills `out`; returns the answer to send instead when the request cannot
// be parsed (400), is a POST not sent as a form (415) or has too many or
// too long fields (413). A multipart/form-data POST (multipart_form.h) is
// read from `body`, or from `body_file` when the body was spooled there;
// its file parts go to files in `spool_folder`.
std::optional<Response> decodeRequest(const RequestHead& head, const std::string& body, const FormLimits& limits,
                                      Request& out, const std::string& body_file = "",
                                      const std::string& spool_folder = "");

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_REQUEST_DECODING_H_
