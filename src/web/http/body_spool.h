// BodySpool: a request body written to a temporary file as it arrives, for
// the bodies too large to hold in memory (uploads: multipart/form-data
// above WebServerOptions::max_body_bytes, up to max_upload_bytes). The file
// is created with a generated name (mkstemp) in the spool folder, readable
// by the service's user only, and removed with the object.
//
// Thread-safety: one connection's, used on its strand and then, once the
// body is whole, read by its worker; never by two threads at once.
#ifndef HC_WEB_HTTP_BODY_SPOOL_H_
#define HC_WEB_HTTP_BODY_SPOOL_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace hc::web::http {

class BodySpool {
 public:
  // Opens a new file in `folder` ("" : the system's temporary folder);
  // ok() is false, with error() saying why, when it cannot.
  explicit BodySpool(const std::string& folder);
  ~BodySpool();
  BodySpool(const BodySpool&) = delete;
  BodySpool& operator=(const BodySpool&) = delete;

  bool ok() const { return file_ != nullptr || closed_; }
  const std::string& error() const { return error_; }
  // Appends; false (and error()) when the disk refuses.
  bool append(const char* data, size_t n);
  // Flushes and closes for reading; false when the last write failed.
  bool close();
  const std::string& path() const { return path_; }
  uint64_t size() const { return size_; }

  // A new empty file of the spool's kind beside it (mkstemp in `folder`):
  // its path, or "" when it cannot be made. For the parts of a multipart
  // body (multipart_form.h).
  static std::string createFile(const std::string& folder);
  // `folder`, or the system's temporary folder when it is empty.
  static std::string folderOrTemp(const std::string& folder);

 private:
  std::FILE* file_ = nullptr;
  bool closed_ = false;
  std::string path_;
  std::string error_;
  uint64_t size_ = 0;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_BODY_SPOOL_H_
