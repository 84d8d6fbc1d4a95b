#include "web/http/request_decoding.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>

#include <fstream>
#include <sstream>

#include "web/http/multipart_form.h"

namespace hc::web::http {

std::optional<Response> decodeHead(const RequestHead& head, Request& out) {
  out.method = head.method;
  out.host = head.field("Host");
  try {
    Poco::URI uri(head.target);
    out.path = uri.getPath();
    for (auto& [k, v] : uri.getQueryParameters()) out.query.emplace(k, v);
  } catch (const Poco::Exception&) {
    return Response::text(400, "Bad request\n");
  }
  for (const std::string& header : head.fields_named("Cookie")) {
    Poco::Net::NameValueCollection cookies;
    Poco::Net::MessageHeader::splitParameters(header.begin(), header.end(), cookies);
    for (const auto& [k, v] : cookies) out.cookies.emplace(k, v);  // the first of a repeated name
  }
  return std::nullopt;
}

std::optional<Response> decodeRequest(const RequestHead& head, const std::string& body, const FormLimits& limits,
                                      Request& out, const std::string& body_file, const std::string& spool_folder) {
  if (auto refused = decodeHead(head, out)) return refused;
  if (out.method != "POST") return std::nullopt;
  const std::string content_type = head.field("Content-Type");
  if (content_type.rfind("multipart/form-data", 0) == 0) {
    out.body_spooled = !body_file.empty();
    if (!out.body_spooled) {
      std::istringstream in(body);
      return decodeMultipart(in, content_type, limits, spool_folder, out);
    }
    std::ifstream in(body_file, std::ios::binary);
    if (!in) return Response::text(503, "The upload cannot be read back at the moment.\n");
    return decodeMultipart(in, content_type, limits, spool_folder, out);
  }
  if (content_type.rfind("application/x-www-form-urlencoded", 0) != 0)
    return Response::text(415, "Forms must be sent as application/x-www-form-urlencoded or multipart/form-data\n");
  try {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(limits.max_fields);
    form.setValueLengthLimit(static_cast<int>(limits.max_field_bytes));
    std::istringstream in(body);
    form.read(in);
    for (const auto& [k, v] : form) {
      out.form.emplace(k, v);  // first value of a repeated name
      out.form_fields.emplace_back(k, v);
    }
  } catch (const Poco::Exception&) {
    return Response::text(413, "The form has too many or too long fields\n");
  }
  return std::nullopt;
}

}  // namespace hc::web::http
