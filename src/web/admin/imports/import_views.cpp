#include "web/admin/imports/import_views.h"

#include <filesystem>

#include "html/element.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_table.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;

namespace {

std::string uploadPath(int id) { return "/admin/imports/" + std::to_string(id); }

// A wide table in a box of its own that scrolls sideways on a phone (and
// from the keyboard: it takes focus), so the page itself never does.
Html scrolling(const std::string& label, const Html& table) {
  return el("div").cls("app-scroll").attr("tabindex", "0").attr("role", "region").attr("aria-label", label).add(table);
}

Html cell(const std::string& text) { return Html::text(text); }
Html cell(int64_t n) { return Html::text(std::to_string(n)); }

std::string filesLine(const Upload& u) {
  std::string out;
  for (const UploadedExport& f : u.files) out += (out.empty() ? "" : ", ") + f.client;
  return out;
}

std::string statusText(const std::string& status) {
  if (status == "checking") return "Being checked";
  if (status == "checked") return "Checked";
  if (status == "importing") return "Being imported";
  if (status == "imported") return "Imported";
  if (status == "interrupted") return "Interrupted";
  if (status == "failed") return "Failed";
  return "Uploaded";
}

std::string statusColour(const std::string& status) {
  if (status == "imported") return "green";
  if (status == "interrupted" || status == "failed") return "red";
  if (status == "checked") return "blue";
  return "grey";
}

std::string outcomeText(const std::string& outcome, bool check) {
  if (outcome == "stored") return check ? "Can be imported" : "Stored";
  if (outcome == "stored_with_rejects") return check ? "Can be imported in part" : "Stored in part";
  if (outcome == "not_imported") return "Not a contract file";
  return check ? "Has errors" : "Not stored";
}

std::string outcomeColour(const std::string& outcome) {
  if (outcome == "stored") return "green";
  if (outcome == "stored_with_rejects") return "yellow";
  if (outcome == "not_imported") return "grey";
  return "red";
}

Html aboutUpload(const Upload& u) {
  std::vector<govuk::SummaryRow> rows = {
      {"Files", Html::text(filesLine(u))},
      {"What", Html::text(u.what == "annex-a" ? "An Ofsted Annex A workbook" : "The council's exports")},
      {"Extract date", Html::text(u.extracted.empty() ? "Not given" : u.extracted)},
      {"Uploaded by", Html::text(u.by + " at " + u.at + " UTC")},
  };
  return govuk::summaryList(rows);
}

// The problems of one severity, each row with an id the error summary links to.
Html problemsTable(const std::vector<KeptProblem>& problems, bool errors, const std::string& caption) {
  govuk::Table t{caption, {{"File"}, {"Where"}, {"Column"}, {"Value"}, {"Reason"}}};
  t.extra_class = "app-table--compact";
  t.id = errors ? "errors" : "warnings";
  for (size_t i = 0; i < problems.size(); ++i) {
    const KeptProblem& p = problems[i];
    if (p.is_error != errors) continue;
    t.rows.push_back({cell(p.file), cell(p.where), cell(p.column), cell(p.value), cell(p.reason)});
    t.row_ids.push_back("problem-" + std::to_string(i + 1));
  }
  if (t.rows.empty()) return {};
  return scrolling(caption, govuk::table(t));
}

Html reportsTable(const std::vector<KeptReport>& reports, bool check, int upload_id, const std::string& mode) {
  govuk::Table t{check ? "What the check found, file by file" : "What was imported, file by file",
                 {{"File"},
                  {"Outcome"},
                  {"Rows read", true},
                  {check ? "Would be new" : "New", true},
                  {check ? "Would replace" : "Replaced", true},
                  {"Rejected", true},
                  {"Warnings", true}}};
  if (!check) t.columns.push_back({"Rejected rows"});
  t.first_cell_is_header = true;
  for (const KeptReport& r : reports) {
    std::vector<Html> row = {cell(r.name), govuk::tag(outcomeText(r.outcome, check), outcomeColour(r.outcome)),
                             cell(r.rows_read), cell(r.inserted), cell(r.replaced), cell(r.rejected), cell(r.warnings)};
    if (!check)
      row.push_back(r.rejects.empty() ? cell("None")
                                      : govuk::linkWithHidden(uploadPath(upload_id) + "/rejects/" + mode + "/" + r.rejects,
                                                              "Download", "the rejected rows of " + r.name));
    t.rows.push_back(std::move(row));
  }
  return scrolling(t.caption, govuk::table(t));
}

Html problemsSection(const Upload& u, const std::vector<KeptProblem>& problems, size_t total, const std::string& mode) {
  if (total == 0) return {};
  Html out = govuk::headingM("Problems");
  if (total > problems.size())
    out += govuk::para("The first " + std::to_string(problems.size()) + " of " + std::to_string(total) +
                       " problems are listed here.");
  out += govuk::para(govuk::link(uploadPath(u.id) + "/problems.csv?of=" + mode,
                                 "Download every problem as a CSV file (" + std::to_string(total) + ")"));
  out += problemsTable(problems, true, "Errors: these rows must be fixed");
  out += problemsTable(problems, false, "Warnings: stored, but worth a look");
  return out;
}

}  // namespace

Html uploadForm(const UploadFormValues& v, const Html& csrf_field, uint64_t max_upload_mb,
                const std::vector<Upload>& recent) {
  auto error = [&](const std::string& id) {
    for (const auto& e : v.errors)
      if (e.field_id == id) return e.message;
    return std::string();
  };
  Html main = govuk::errorSummary(v.errors);
  main += govuk::heading("Data", "Take in the exports");
  if (v.busy)
    main += govuk::notificationBanner(
        govuk::BannerKind::kImportant, "An import is running",
        govuk::para(govuk::link(uploadPath(v.busy->upload_id), "Follow upload " + std::to_string(v.busy->upload_id))) +
            govuk::para("You can upload files now; they are checked once it has finished."));
  main += govuk::para(
      "Upload the exports from the council's systems. They are checked first, as the command line's healthcheck "
      "import checks them, and nothing is stored until you choose to import them.");
  Html fields = csrf_field;
  fields += govuk::radios({"what",
                           "What are you uploading?",
                           "",
                           {{"exports", "The council's exports",
                             "CSV files named as the data contract names them (teams.csv, staff.csv, cases.csv, "
                             "visits.csv ...), or an Excel workbook with a sheet for each"},
                            {"annex-a", "An Ofsted Annex A workbook",
                             "Lists 3, 4, 6, 7 and 8 become cases and allocations. Import teams and staff first."}},
                           {v.what},
                           error("what"),
                           false,
                           true,
                           govuk::LabelSize::kMedium});
  fields += govuk::fileUpload({"files", "Files",
                               "One or more .csv files, or one .xlsx workbook; at most " +
                                   std::to_string(max_upload_mb) + " MB in all.",
                               error("files"), ".csv,.xlsx", true});
  govuk::InputField date{"extracted", "The day the exports were taken",
                         "For example, 2026-09-30. The records then cover up to this day. Required for an Annex A "
                         "workbook.",
                         v.extracted, error("extracted")};
  date.width_class = "govuk-input--width-10";
  date.spellcheck_off = true;
  fields += govuk::textInput(date);
  fields += govuk::button("Upload and check");
  main += el("form").attr("method", "post").attr("action", "/admin/imports").attr("enctype", "multipart/form-data")
              .attr("novalidate").add(fields);
  main += govuk::para(govuk::link("/admin/imports/history", "See every import so far"));
  if (!recent.empty()) {
    govuk::Table t{"Recent uploads", {{"Upload"}, {"When"}, {"By"}, {"Files"}, {"Status"}}};
    for (const Upload& u : recent)
      t.rows.push_back({govuk::link(uploadPath(u.id), "Upload " + std::to_string(u.id)), cell(u.at), cell(u.by),
                        cell(filesLine(u)), govuk::tag(statusText(u.status), statusColour(u.status))});
    main += scrolling("Recent uploads", govuk::table(t));
  }
  return main;
}

Html progressBody(const Upload& u, const JobProgress& p) {
  const bool check = p.mode == JobMode::kCheck;
  Html main = govuk::heading("Upload " + std::to_string(u.id), check ? "Checking the files" : "Importing the files");
  main += govuk::para("This page refreshes itself every few seconds. You can leave it and come back: the work "
                      "carries on without it.");
  govuk::Table t{"Progress, file by file",
                 {{"File"}, {"Rows read", true}, {check ? "Rows valid" : "Rows stored", true}, {"Status"}}};
  t.first_cell_is_header = true;
  for (const FileProgress& f : p.files)
    t.rows.push_back({cell(f.name), cell(f.rows_read), cell(f.rows_stored),
                      f.done ? govuk::tag("Done", "green") : govuk::tag("In progress", "blue")});
  if (t.rows.empty()) main += govuk::para("Starting ...");
  else main += govuk::table(t);
  main += aboutUpload(u);
  return main;
}

Html checkBody(const Upload& u, const std::vector<KeptReport>& reports, const std::vector<KeptProblem>& problems,
               size_t total, const Html& csrf_field, const std::string& refusal) {
  int64_t errors = 0, rows = 0;
  for (const KeptReport& r : reports) {
    errors += r.errors;
    rows += r.rows_read;
  }
  std::vector<govuk::FieldError> summary;
  if (!refusal.empty()) summary.push_back({"import", refusal});
  for (size_t i = 0; i < problems.size() && summary.size() < 10; ++i) {
    const KeptProblem& p = problems[i];
    if (!p.is_error) continue;
    summary.push_back({"problem-" + std::to_string(i + 1),
                       p.file + (p.where.empty() ? "" : " " + p.where) + (p.column.empty() ? "" : ", " + p.column) +
                           ": " + p.reason});
  }
  Html main = govuk::errorSummary(summary);
  main += govuk::heading("Upload " + std::to_string(u.id), "Check of the files");
  if (errors == 0)
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "No errors: the files can be imported",
                                      govuk::para(std::to_string(rows) + " rows read. Nothing has been stored yet."));
  else
    main += govuk::para(std::to_string(errors) + " error(s) were found in " + std::to_string(rows) +
                        " rows. Nothing has been stored. Fix the files and upload them again, or import the valid "
                        "rows and set the rest aside.");
  main += aboutUpload(u);
  main += reportsTable(reports, true, u.id, "check");
  main += problemsSection(u, problems, total, "check");
  main += govuk::headingM("Import", "import");
  Html form = csrf_field;
  if (errors == 0) {
    form += govuk::button("Import", govuk::ButtonKind::kPrimary, "mode", "all");
  } else {
    form += govuk::para("The rows with errors are written to a rejects file, with their reasons, for you to "
                        "download, fix and upload again.");
    form += govuk::button("Import the valid rows and set the rest aside", govuk::ButtonKind::kSecondary, "mode",
                          "valid");
  }
  main += el("form").attr("method", "post").attr("action", uploadPath(u.id) + "/import").attr("novalidate").add(form);
  main += govuk::para(govuk::link("/admin/imports", "Upload corrected files instead"));
  return main;
}

Html importBody(const Upload& u, const std::vector<KeptReport>& reports, const std::vector<KeptProblem>& problems,
                size_t total) {
  int64_t stored = 0, rejected = 0;
  bool all = true;
  for (const KeptReport& r : reports) {
    stored += r.inserted + r.replaced;
    rejected += r.rejected;
    all = all && r.outcome == "stored";
  }
  Html main;
  if (all)
    main += govuk::panel("Import complete", std::to_string(stored) + " rows stored from upload " + std::to_string(u.id));
  else
    main += govuk::heading("Upload " + std::to_string(u.id), "Imported in part");
  if (!all)
    main += govuk::para(std::to_string(stored) + " rows stored; " + std::to_string(rejected) +
                        " rows rejected. A file with errors is stored whole or not at all unless its valid rows were "
                        "imported alone.");
  main += govuk::para(u.figures.empty()
                          ? "The dashboard computes the new figures when they are first viewed."
                          : "Figures up to " + u.figures + " are ready for the dashboard and the reports.");
  main += aboutUpload(u);
  main += reportsTable(reports, false, u.id, u.mode);
  main += problemsSection(u, problems, total, u.mode);
  main += govuk::headingM("What next");
  main += govuk::list({govuk::link("/dashboard", "See the figures on the overview"),
                       govuk::link("/admin/imports/history", "See the import history"),
                       govuk::link("/admin/imports", "Upload more files")});
  return main;
}

Html stoppedBody(const Upload& u) {
  Html main = govuk::heading("Upload " + std::to_string(u.id),
                             u.status == "interrupted" ? "The job was interrupted" : "The job failed");
  main += govuk::para(u.message);
  main += govuk::para("Each file is stored whole or not at all, so nothing is half-written. The import history "
                      "shows which files, if any, were stored.");
  main += aboutUpload(u);
  main += govuk::list({govuk::link("/admin/imports/history", "See the import history"),
                       govuk::link("/admin/imports", "Upload the files again")});
  return main;
}

Html historyBody(const std::vector<ingest::ImportLogEntry>& entries, const std::string& data_version,
                 const std::optional<std::string>& figures_ready) {
  Html main = govuk::heading("Data", "Import history");
  main += govuk::summaryList({
      {"Data version", Html::text(data_version)},
      {"Figures", Html::text(figures_ready ? "Ready for the dashboard up to " + *figures_ready
                                           : "Computed when the dashboard is first viewed")},
  });
  if (entries.empty()) {
    main += govuk::para("Nothing has been imported yet.");
  } else {
    govuk::Table t{"Imports, newest first",
                   {{"When"}, {"Who"}, {"File"}, {"Extracted"}, {"Read", true}, {"Inserted", true},
                    {"Replaced", true}, {"Rejected", true}, {"Outcome"}}};
    t.extra_class = "app-table--compact";
    for (const ingest::ImportLogEntry& e : entries)
      t.rows.push_back({cell(e.started_at), cell(e.imported_by.empty() ? "Not recorded" : e.imported_by),
                        // The file's name says its kind (an Annex A workbook's is annex-a.xlsx).
                        cell(std::filesystem::path(e.file_name).filename().string()),
                        cell(e.extracted.empty() ? "None" : e.extracted), cell(e.counts.rows_read),
                        cell(e.counts.inserted), cell(e.counts.replaced), cell(e.counts.rejected),
                        govuk::tag(e.outcome == "stored" ? "Stored" : "Stored in part",
                                   e.outcome == "stored" ? "green" : "yellow")});
    main += scrolling("Imports", govuk::table(t));
  }
  main += govuk::para(govuk::link("/admin/imports", "Upload more files"));
  return main;
}

}  // namespace hc::web::admin
