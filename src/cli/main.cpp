// healthcheck: the social work health check's single program.
#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  // A national load grows vectors of records to hundreds of megabytes. By
  // default glibc serves each growth step with a fresh mmap and unmaps the
  // one before, so every step is faulted in anew: a tenth of a load's time
  // went to the kernel. Large blocks from the heap, kept there once freed,
  // are reused by the next growth instead. The cost: memory freed after a
  // load is kept for the next one rather than returned to the system.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 64 << 20);
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return hc::cli::run(args, std::cout, std::cerr);
}
