#include "web/http/multipart_form.h"

#include <Poco/Exception.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/NameValueCollection.h>

#include <array>
#include <cstdio>
#include <fstream>

#include "web/http/body_spool.h"
#include "web/http/request_decoding.h"

namespace hc::web::http {
namespace {

std::optional<Response> failed(Request& out, Response response) {
  removeUploadedFiles(out);
  out.files.clear();
  return response;
}

}  // namespace

void removeUploadedFiles(const Request& request) {
  for (const UploadedFile& f : request.files) std::remove(f.path.c_str());
}

std::optional<Response> decodeMultipart(std::istream& body, const std::string& content_type,
                                        const FormLimits& limits, const std::string& spool_folder, Request& out) {
  std::string media;
  Poco::Net::NameValueCollection params;
  Poco::Net::MessageHeader::splitParameters(content_type, media, params);
  const std::string boundary = params.get("boundary", "");
  if (boundary.empty()) return Response::text(400, "Bad request: a multipart form without a boundary\n");
  std::array<char, 64 * 1024> block;
  int parts = 0;
  try {
    Poco::Net::MultipartReader reader(body, boundary);
    while (reader.hasNextPart()) {
      Poco::Net::MessageHeader headers;
      reader.nextPart(headers);
      if (++parts > limits.max_fields)
        return failed(out, Response::text(413, "The form has too many or too long fields\n"));
      std::string disposition;
      Poco::Net::NameValueCollection names;
      Poco::Net::MessageHeader::splitParameters(headers.get("Content-Disposition", ""), disposition, names);
      const std::string name = names.get("name", "");
      std::istream& part = reader.stream();
      if (!names.has("filename")) {
        std::string value;
        while (part.read(block.data(), block.size()) || part.gcount() > 0) {
          value.append(block.data(), static_cast<size_t>(part.gcount()));
          if (value.size() > limits.max_field_bytes)
            return failed(out, Response::text(413, "The form has too many or too long fields\n"));
        }
        out.form.emplace(name, std::move(value));  // first value of a repeated name
        continue;
      }
      UploadedFile file{name, names.get("filename", ""), BodySpool::createFile(spool_folder), 0};
      if (file.path.empty())
        return failed(out, Response::text(503, "The upload cannot be saved at the moment: the disk refused it.\n"));
      out.files.push_back(file);
      std::ofstream to(file.path, std::ios::binary | std::ios::trunc);
      while (part.read(block.data(), block.size()) || part.gcount() > 0) {
        to.write(block.data(), part.gcount());
        out.files.back().size += static_cast<uint64_t>(part.gcount());
      }
      to.close();
      if (!to) return failed(out, Response::text(503, "The upload cannot be saved at the moment: the disk refused it.\n"));
      // An empty file input still sends a part, without a name or bytes.
      if (out.files.back().client_name.empty() && out.files.back().size == 0) {
        std::remove(file.path.c_str());
        out.files.pop_back();
      }
    }
  } catch (const Poco::Exception&) {
    return failed(out, Response::text(400, "Bad request: the multipart form is not well formed\n"));
  }
  return std::nullopt;
}

}  // namespace hc::web::http
