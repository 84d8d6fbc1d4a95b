// The libFuzzer entry point; HC_FUZZ_TARGET names the target function
// (tests/fuzz/CMakeLists.txt builds one binary per target).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  hc::fuzz::HC_FUZZ_TARGET(data, size);
  return 0;
}
