// A scratch folder for the fuzz targets, on tmpfs when there is one.
#ifndef HC_TESTS_FUZZ_SCRATCH_DIR_H_
#define HC_TESTS_FUZZ_SCRATCH_DIR_H_

#include <stdlib.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace hc::fuzz {

inline std::string scratchDir(const char* name) {
  std::string base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  std::string path = base + "/hc-fuzz-" + name + "-XXXXXX";
  if (!mkdtemp(&path[0])) throw std::runtime_error("cannot make a scratch folder");
  return path;
}

}  // namespace hc::fuzz

#endif  // HC_TESTS_FUZZ_SCRATCH_DIR_H_
