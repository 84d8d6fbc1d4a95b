#include "web/admin/imports/upload_intake.h"

#include <filesystem>

#include "ingest/extract_date.h"
#include "ingest/file_kinds.h"
#include "ingest/text.h"

namespace hc::web::admin {
namespace {

bool endsWith(const std::string& name, const char* ext) {
  const std::string lower = ingest::toLower(name);
  const std::string e(ext);
  return lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
}

// The browser's name as a label: its last path part (old browsers send
// the whole path), without control characters.
std::string label(const std::string& client) {
  std::string name = client.substr(client.find_last_of("/\\") + 1);
  std::string out;
  for (const char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  return out.empty() ? "unnamed" : out.substr(0, 200);
}

}  // namespace

std::vector<IntakeFile> readUpload(const http::Request& request, UploadFormValues& v) {
  v.what = request.field("what");
  v.extracted = std::string(ingest::trim(request.field("extracted")));
  std::vector<IntakeFile> files;
  for (const http::UploadedFile& f : request.files)
    if (f.field == "files") files.push_back({&f, ""});
  const bool annex = v.what == "annex-a";
  if (v.what != "exports" && !annex) v.errors.push_back({"what", "Choose what you are uploading"});
  if (files.empty()) {
    v.errors.push_back({"files", "Choose the files to upload"});
  } else if (annex && (files.size() != 1 || !endsWith(files.front().file->client_name, ".xlsx"))) {
    v.errors.push_back({"files", "Choose one Annex A workbook, an .xlsx file"});
  } else if (annex) {
    files.front().stored = "annex-a.xlsx";
  } else {
    int workbooks = 0, others = 0;
    for (IntakeFile& f : files) {
      const std::string name = label(f.file->client_name);
      if (endsWith(name, ".xlsx")) {
        f.stored = "workbook-" + std::to_string(++workbooks) + ".xlsx";
        continue;
      }
      if (!endsWith(name, ".csv")) {
        v.errors.push_back({"files", "'" + name + "' is not a .csv or .xlsx file: upload CSV files or an Excel workbook"});
        continue;
      }
      // Kept under its kind's name, as the importer reads kinds from names.
      const std::string stem = std::filesystem::path(name).stem().string();
      const ingest::FileKind* kind = ingest::findFileKind(stem);
      f.stored = kind ? std::string(kind->name) + ".csv" : "file-" + std::to_string(++others) + ".csv";
    }
    for (size_t i = 0; i < files.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (!files[i].stored.empty() && files[i].stored == files[j].stored)
          v.errors.push_back({"files", "'" + label(files[j].file->client_name) + "' and '" +
                                           label(files[i].file->client_name) +
                                           "' are both " + files[i].stored + ": upload one file of each kind"});
  }
  if (!v.extracted.empty()) {
    const ingest::ExtractDate day = ingest::checkExtractDate(v.extracted);
    if (!day.date) v.errors.push_back({"extracted", "The day the exports were taken: " + day.error});
  } else if (annex) {
    v.errors.push_back({"extracted", "Enter the day the Annex A workbook was extracted, for example 2026-09-30"});
  }
  if (!v.errors.empty()) files.clear();
  return files;
}

}  // namespace hc::web::admin
