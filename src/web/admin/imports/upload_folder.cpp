#include "web/admin/imports/upload_folder.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace hc::web::admin {
namespace fs = std::filesystem;
namespace {

// Fields are kept a line per record, tab-separated, with tab, line break
// and backslash escaped: the reasons quote the files' own values.
std::string escaped(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

std::vector<std::string> fieldsOf(const std::string& line) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\t') {
      out.emplace_back();
    } else if (c == '\\' && i + 1 < line.size()) {
      const char n = line[++i];
      out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    } else {
      out.back() += c;
    }
  }
  return out;
}

using Records = std::vector<std::vector<std::string>>;

Records readRecords(const std::string& path) {
  Records out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) out.push_back(fieldsOf(line));
  return out;
}

// Written to a new file then renamed over the old: a reader never sees
// half a file, and a stop mid-write leaves the old one.
bool writeRecords(const std::string& path, const Records& records) {
  const std::string part = path + ".part";
  {
    std::ofstream out(part, std::ios::trunc);
    for (const auto& r : records) {
      for (size_t i = 0; i < r.size(); ++i) out << (i ? "\t" : "") << escaped(r[i]);
      out << "\n";
    }
    out.close();
    if (!out) return false;
  }
  std::error_code ec;
  fs::rename(part, path, ec);
  return !ec;
}

int64_t number(const std::vector<std::string>& r, size_t i) {
  if (i >= r.size() || r[i].empty() || r[i].find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(r[i]);
}

std::string field(const std::vector<std::string>& r, size_t i) { return i < r.size() ? r[i] : ""; }

}  // namespace

const char* modeName(JobMode mode) {
  switch (mode) {
    case JobMode::kCheck: return "check";
    case JobMode::kImport: return "import";
    case JobMode::kImportValid: return "import-valid";
  }
  return "";
}

std::string UploadFolder::folderOf(int id) const { return (fs::path(root_) / std::to_string(id)).string(); }

std::string UploadFolder::pathOf(int id, const std::string& stored) const {
  return (fs::path(folderOf(id)) / stored).string();
}

std::string UploadFolder::rejectsFolder(int id, JobMode mode) const {
  return (fs::path(folderOf(id)) / (std::string("rejects-") + modeName(mode))).string();
}

std::optional<Upload> UploadFolder::create() const {
  std::error_code ec;
  fs::create_directories(root_, ec);
  int next = 1;
  for (const Upload& u : latest(1)) next = u.id + 1;
  for (int tries = 0; tries < 1000; ++tries, ++next) {
    // create_directory is atomic: two uploads at once take two numbers.
    if (fs::create_directory(folderOf(next), ec)) {
      Upload u;
      u.id = next;
      return u;
    }
    if (ec) return std::nullopt;
  }
  return std::nullopt;
}

bool UploadFolder::keepFile(const Upload& upload, const std::string& from, const std::string& stored) const {
  const std::string to = pathOf(upload.id, stored);
  std::error_code ec;
  fs::rename(from, to, ec);
  if (!ec) return true;
  // Another file system (the spool folder elsewhere): copy, then drop.
  ec.clear();
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) return false;
  fs::remove(from, ec);
  return true;
}

bool UploadFolder::writeUpload(const Upload& u) const {
  Records r = {{"id", std::to_string(u.id)}, {"what", u.what}, {"extracted", u.extracted}, {"by", u.by}, {"at", u.at}};
  for (const UploadedExport& f : u.files) r.push_back({"file", f.stored, f.client, std::to_string(f.size)});
  return writeRecords(pathOf(u.id, "upload.tsv"), r);
}

bool UploadFolder::writeState(const Upload& u) const {
  return writeRecords(pathOf(u.id, "state.tsv"),
                      {{"status", u.status}, {"mode", u.mode}, {"message", u.message}, {"figures", u.figures}});
}

std::optional<Upload> UploadFolder::read(int id) const {
  if (id <= 0) return std::nullopt;
  const Records upload = readRecords(pathOf(id, "upload.tsv"));
  if (upload.empty()) return std::nullopt;
  Upload u;
  u.id = id;
  for (const auto& r : upload) {
    const std::string key = field(r, 0);
    if (key == "what") u.what = field(r, 1);
    else if (key == "extracted") u.extracted = field(r, 1);
    else if (key == "by") u.by = field(r, 1);
    else if (key == "at") u.at = field(r, 1);
    else if (key == "file") u.files.push_back({field(r, 1), field(r, 2), static_cast<uint64_t>(number(r, 3))});
  }
  for (const auto& r : readRecords(pathOf(id, "state.tsv"))) {
    const std::string key = field(r, 0);
    if (key == "status") u.status = field(r, 1);
    else if (key == "mode") u.mode = field(r, 1);
    else if (key == "message") u.message = field(r, 1);
    else if (key == "figures") u.figures = field(r, 1);
  }
  return u;
}

std::vector<Upload> UploadFolder::latest(size_t limit) const {
  std::vector<int> ids;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root_, ec)) {
    const std::string name = e.path().filename().string();
    if (!name.empty() && name.size() < 9 && name.find_first_not_of("0123456789") == std::string::npos)
      ids.push_back(std::stoi(name));
  }
  std::sort(ids.rbegin(), ids.rend());
  std::vector<Upload> out;
  for (const int id : ids) {
    if (out.size() >= limit) break;
    if (auto u = read(id)) out.push_back(std::move(*u));
    else if (limit == 1) {  // a folder made but not yet written still takes its number
      Upload made;
      made.id = id;
      out.push_back(made);
    }
  }
  return out;
}

void UploadFolder::reopen() const {
  for (Upload& u : latest(100000)) {
    if (u.status != "checking" && u.status != "importing") continue;
    u.message = u.status == "checking" ? "The server stopped while the files were being checked."
                                       : "The server stopped while the files were being imported.";
    u.status = "interrupted";
    writeState(u);
  }
}

bool UploadFolder::writeResults(int id, JobMode mode, const std::vector<KeptReport>& reports,
                                const std::vector<KeptProblem>& problems) const {
  Records r;
  for (const KeptReport& k : reports)
    r.push_back({k.name, k.kind, k.outcome, std::to_string(k.rows_read), std::to_string(k.inserted),
                 std::to_string(k.replaced), std::to_string(k.rejected), std::to_string(k.warnings),
                 std::to_string(k.errors), k.rejects});
  Records p;
  for (const KeptProblem& k : problems)
    p.push_back({k.file, k.where, k.column, k.value, k.reason, k.is_error ? "error" : "warning"});
  const std::string suffix = std::string("-") + modeName(mode) + ".tsv";
  return writeRecords(pathOf(id, "problems" + suffix), p) && writeRecords(pathOf(id, "reports" + suffix), r);
}

std::vector<KeptReport> UploadFolder::reports(int id, JobMode mode) const {
  std::vector<KeptReport> out;
  for (const auto& r : readRecords(pathOf(id, std::string("reports-") + modeName(mode) + ".tsv")))
    out.push_back({field(r, 0), field(r, 1), field(r, 2), number(r, 3), number(r, 4), number(r, 5), number(r, 6),
                   number(r, 7), number(r, 8), field(r, 9)});
  return out;
}

std::vector<KeptProblem> UploadFolder::problems(int id, JobMode mode, size_t limit) const {
  std::vector<KeptProblem> out;
  std::ifstream in(pathOf(id, std::string("problems-") + modeName(mode) + ".tsv"));
  for (std::string line; (limit == 0 || out.size() < limit) && std::getline(in, line);) {
    const auto r = fieldsOf(line);
    out.push_back({field(r, 0), field(r, 1), field(r, 2), field(r, 3), field(r, 4), field(r, 5) != "warning"});
  }
  return out;
}

}  // namespace hc::web::admin
