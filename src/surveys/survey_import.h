// Importing staff survey responses exported from another survey tool
// (data-contract.md, "Staff survey responses"): one row per response, a
// team_id column and one column per question id of the survey definition
// holding 1..5 (empty: not answered); free-text questions, where present,
// as text columns. The HSE Indicator Tool layout (team_id, q1..q35) is the
// hse-indicator-tool definition.
//
// The same reader, header rules, row checks, rejects file and messages as
// every other import (src/ingest/): a missing team_id column rejects the
// file, an unknown column is a warning, an unknown team or an answer of 7
// is an invalid row reported as FILE:LINE: column: reason; one invalid row
// rejects the file unless skip_invalid, which writes it to the rejects file.
//
// The responses go into the run "<survey>-<period>" (created, closed, when
// new). A run's imported responses are the file's: importing replaces them
// all, so importing the same export twice changes nothing. A run that
// collects responses through the form is never touched by an import.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_SURVEYS_SURVEY_IMPORT_H_
#define HC_SURVEYS_SURVEY_IMPORT_H_

#include <string>

#include "core/date.h"
#include "ingest/importer.h"
#include "store/database.h"
#include "surveys/survey_definition.h"

namespace hc::surveys {

struct SurveyImportTarget {
  const SurveyDefinition* survey = nullptr;
  std::string period_label;  // "2025-Q3"
  Date from, to;
};

// Throws SurveyRunError when the run collects through the form; other
// problems are in the report, as for any import.
ingest::FileReport importSurveyResponses(store::Database& db, const std::string& path,
                                         const SurveyImportTarget& target, const ingest::ImportOptions& options);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_IMPORT_H_
