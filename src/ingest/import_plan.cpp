#include "ingest/import_plan.h"

#include <algorithm>
#include <filesystem>

#include "ingest/text.h"

namespace hc::ingest {
namespace {

namespace fs = std::filesystem;

std::string knownNames() {
  std::string out;
  for (const FileKind& k : fileKinds()) out += (out.empty() ? "" : ", ") + std::string(k.name) + ".csv";
  return out;
}

PlannedFile byName(const fs::path& path) {
  PlannedFile f{path.string()};
  if (toLower(path.extension().string()) != ".csv") {
    f.problem = "not a CSV file; not imported";
  } else if (!(f.kind = findFileKind(path.stem().string()))) {
    f.problem = "not a file the data contract defines (" + knownNames() + "); not imported";
  }
  return f;
}

void addFolder(const fs::path& folder, std::vector<PlannedFile>& out) {
  std::vector<fs::path> entries;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    if (e.path().filename().string().rfind('.', 0) != 0) entries.push_back(e.path());  // not hidden files
  }
  if (ec) {
    out.push_back(PlannedFile{folder.string(), nullptr, "cannot read the folder: " + ec.message(), true});
    return;
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    if (fs::is_directory(p, ec)) {
      out.push_back(PlannedFile{p.string(), nullptr, "a folder inside the folder; not searched", false});
    } else {
      out.push_back(byName(p));
    }
  }
}

}  // namespace

std::vector<PlannedFile> planImport(const std::vector<std::string>& paths, const std::string& kind_override) {
  std::vector<PlannedFile> out;
  const FileKind* forced = kind_override.empty() ? nullptr : findFileKind(kind_override);
  for (const std::string& given : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(given, ec);
    if (!fs::exists(st)) {
      out.push_back(PlannedFile{given, nullptr, "no such file or folder", true});
    } else if (!kind_override.empty() && !forced) {
      out.push_back(PlannedFile{given, nullptr, "unknown kind '" + kind_override + "' (expected one of " +
                                                    knownNames() + " without .csv)", true});
    } else if (fs::is_directory(st)) {
      if (forced) {
        out.push_back(PlannedFile{given, nullptr, "a kind can be given for files only, not for a folder", true});
      } else {
        addFolder(given, out);
      }
    } else if (forced) {
      out.push_back(PlannedFile{given, forced});
    } else {
      PlannedFile f = byName(given);
      if (!f.kind) {
        f.problem = "cannot tell the kind of data from the file's name: name it after its kind (" + knownNames() +
                    ") or give the kind";
        f.problem_is_error = true;
      }
      out.push_back(f);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const PlannedFile& a, const PlannedFile& b) {
    const size_t ka = a.kind ? loadOrder(*a.kind) + 1 : 0, kb = b.kind ? loadOrder(*b.kind) + 1 : 0;
    return ka < kb;
  });
  return out;
}

}  // namespace hc::ingest
