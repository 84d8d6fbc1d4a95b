#include <fstream>
#include <memory>
#include <string_view>

#include "fuzz_targets.h"
#include "ingest/file_kinds.h"
#include "ingest/importer.h"
#include "scratch_dir.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::fuzz {

void csvImport(const uint8_t* data, size_t size) {
  static const std::string dir = scratchDir("csv");
  static std::unique_ptr<store::Database> db = [] {
    auto d = store::openDatabase("sqlite:" + dir + "/fuzz.db");
    store::migrate(*d);
    return d;
  }();
  // The first line names the kind ("teams", or "teams+" for
  // --skip-invalid), so a corpus is the demo's files with a line on top.
  const char* begin = reinterpret_cast<const char*>(data);
  const std::string_view input(begin, size);
  const size_t newline = input.find('\n');
  if (newline == std::string_view::npos || newline > 40) return;
  std::string_view name = input.substr(0, newline);
  const bool skip_invalid = !name.empty() && name.back() == '+';
  if (skip_invalid) name.remove_suffix(1);
  const ingest::FileKind* kind = ingest::findFileKind(name);
  if (!kind) return;
  const std::string path = dir + "/" + std::string(kind->name) + ".csv";
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(begin + newline + 1, static_cast<std::streamsize>(size - newline - 1));
  ingest::ImportOptions options;
  options.skip_invalid = skip_invalid;
  options.rejects_path = dir + "/rejects.csv";
  ingest::importPaths(*db, {path}, options);  // a report, never a crash
}

}  // namespace hc::fuzz
