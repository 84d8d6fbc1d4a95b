// decodeMultipart: a multipart/form-data body (RFC 7578) read as a stream,
// from memory or from the file it was spooled to (body_spool.h): its text
// fields into Request::form, within the form limits, and each file part
// copied, a block at a time, to a file of its own with a generated name in
// the spool folder (Request::files). No part is ever held whole in memory.
//
// The client's file name is kept as a label only (UploadedFile::
// client_name), never used as a path.
//
// Thread-safety: a plain function.
#ifndef HC_WEB_HTTP_MULTIPART_FORM_H_
#define HC_WEB_HTTP_MULTIPART_FORM_H_

#include <istream>
#include <optional>
#include <string>

#include "web/http/request.h"
#include "web/http/response.h"

namespace hc::web::http {

struct FormLimits;

// Fills out.form and out.files; returns the answer to send instead when
// the body is not well-formed multipart (400), has too many or too long
// fields (413), or a part cannot be written to disk (503). On failure the
// files already written are removed.
std::optional<Response> decodeMultipart(std::istream& body, const std::string& content_type,
                                        const FormLimits& limits, const std::string& spool_folder, Request& out);

// Removes the files of out.files that are still where decodeMultipart put
// them (a handler that keeps one moves it first).
void removeUploadedFiles(const Request& request);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_MULTIPART_FORM_H_
