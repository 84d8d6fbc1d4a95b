// Request: what a handler sees of an HTTP request, already bounded and
// parsed by WebServer (see web_server.h for the limits). It is a plain
// value, free of Poco, so handlers can be tested without a socket.
//
// Thread-safety: belongs to the thread handling the request.
#ifndef HC_WEB_HTTP_REQUEST_H_
#define HC_WEB_HTTP_REQUEST_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace hc::web::http {

// A file part of a multipart/form-data POST (multipart_form.h), copied to
// a file of its own with a generated name. The server removes it once the
// handler returns: a handler that keeps the file moves (renames) it.
struct UploadedFile {
  std::string field;        // the form field's name
  std::string client_name;  // the name the browser gave: a label, never a path
  std::string path;         // where the server put it
  uint64_t size = 0;
};

struct Request {
  std::string method;  // "GET", "POST"
  std::string path;    // without the query string
  std::map<std::string, std::string> query;    // first value of each name
  std::map<std::string, std::string> form;     // POST application/x-www-form-urlencoded
  // Every field of the form in order, repeated names too (checkboxes).
  std::vector<std::pair<std::string, std::string>> form_fields;
  std::map<std::string, std::string> cookies;
  std::vector<UploadedFile> files;             // POST multipart/form-data
  // The body was spooled to a file as it arrived (web_server.h,
  // max_upload_bytes) rather than held in memory.
  bool body_spooled = false;
  std::map<std::string, std::string> params;   // captured by the route: {token}
  // Set by the request filter for the handlers after it (a signed-in user,
  // a role): the hook for authentication (web_server.h).
  std::map<std::string, std::string> attributes;
  // Who sent it, for per-client limits (never logged or stored): the
  // peer's address, or the proxy's X-Forwarded-For entry when the server
  // is told a proxy is in front (web_server.h). "" in-process.
  std::string client_address;
  // The Host header as sent ("hc.council.example"), for links a page shows
  // when the configuration names no base URL; "" in-process.
  std::string host;

  // "" when absent.
  const std::string& param(const std::string& name) const { return lookup(params, name); }
  const std::string& field(const std::string& name) const { return lookup(form, name); }
  // Every value posted under `name` (a group of checkboxes), in order.
  std::vector<std::string> fields(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [k, v] : form_fields)
      if (k == name) out.push_back(v);
    return out;
  }
  const std::string& cookie(const std::string& name) const { return lookup(cookies, name); }

 private:
  static const std::string& lookup(const std::map<std::string, std::string>& m, const std::string& k) {
    static const std::string kEmpty;
    auto it = m.find(k);
    return it == m.end() ? kEmpty : it->second;
  }
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_REQUEST_H_
