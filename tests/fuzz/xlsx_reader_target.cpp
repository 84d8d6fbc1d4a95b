#include <fstream>
#include <string>

#include "fuzz_targets.h"
#include "scratch_dir.h"
#include "xlsx/workbook.h"

namespace hc::fuzz {

void xlsxReader(const uint8_t* data, size_t size) {
  static const std::string path = scratchDir("xlsx") + "/fuzz.xlsx";
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  // Small limits, so that a bomb is refused within the fuzzer's memory.
  xlsx::Limits limits;
  limits.max_part_bytes = limits.max_sheet_bytes = uint64_t(16) << 20;
  limits.max_total_bytes = uint64_t(64) << 20;
  xlsx::Workbook book(path, limits);
  if (!book.error().empty()) return;  // a message, never a crash
  for (size_t s = 0; s < book.sheetNames().size(); ++s) {
    auto sheet = book.openSheet(s);
    xlsx::Row row;
    while (sheet->next(row)) {
      for (const xlsx::Cell& cell : row.cells) xlsx::displayText(cell);
    }
  }
}

}  // namespace hc::fuzz
