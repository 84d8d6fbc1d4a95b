#include "web/http/body_spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace hc::web::http {

std::string BodySpool::folderOrTemp(const std::string& folder) {
  if (!folder.empty()) return folder;
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? tmp : "/tmp";
}

std::string BodySpool::createFile(const std::string& folder) {
  std::string pattern = folderOrTemp(folder) + "/hc-body-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());  // mode 0600
  if (fd < 0) return "";
  ::close(fd);
  return name.data();
}

BodySpool::BodySpool(const std::string& folder) {
  path_ = createFile(folder);
  if (path_.empty()) {
    error_ = std::string("cannot create a file in ") + folderOrTemp(folder) + ": " + std::strerror(errno);
    return;
  }
  file_ = std::fopen(path_.c_str(), "wb");
  if (!file_) error_ = "cannot open " + path_ + ": " + std::strerror(errno);
}

BodySpool::~BodySpool() {
  if (file_) std::fclose(file_);
  if (!path_.empty()) std::remove(path_.c_str());
}

bool BodySpool::append(const char* data, size_t n) {
  if (!file_) return false;
  if (std::fwrite(data, 1, n, file_) != n) {
    error_ = std::string("cannot write the upload: ") + std::strerror(errno);
    return false;
  }
  size_ += n;
  return true;
}

bool BodySpool::close() {
  if (!file_) return closed_;
  const bool flushed = std::fclose(file_) == 0;
  file_ = nullptr;
  closed_ = flushed;
  if (!flushed) error_ = std::string("cannot write the upload: ") + std::strerror(errno);
  return flushed;
}

}  // namespace hc::web::http
