// readUpload: the upload form's answers checked before anything is kept:
// what is uploaded (the exports, or an Annex A workbook), the files (at
// least one; .csv or .xlsx; one Annex A workbook; one file of each kind)
// and the extract date (checked as --extracted is, required for Annex A),
// with a message per field naming what to do. Each file gets the name it
// is kept under: its contract kind for a CSV file (so that the importer
// knows it, as from the command line), workbook-N.xlsx, annex-a.xlsx; the
// browser's name is never used as a path.
//
// Thread-safety: a plain function.
#ifndef HC_WEB_ADMIN_IMPORTS_UPLOAD_INTAKE_H_
#define HC_WEB_ADMIN_IMPORTS_UPLOAD_INTAKE_H_

#include <string>
#include <vector>

#include "web/admin/imports/import_views.h"
#include "web/http/request.h"

namespace hc::web::admin {

struct IntakeFile {
  const http::UploadedFile* file;
  std::string stored;
};

// Fills values.what, .extracted and .errors from the request; the files to
// keep when there are no errors.
std::vector<IntakeFile> readUpload(const http::Request& request, UploadFormValues& values);

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_IMPORTS_UPLOAD_INTAKE_H_
