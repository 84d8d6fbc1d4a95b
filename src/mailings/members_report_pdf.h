// The members' report of a period as a PDF, for the email that carries it:
// the published view (HealthCheckOptions::published, the small-numbers
// rule applied), exactly the document a member gets from
// /report/members.pdf, with an empty cover's meeting, author and contact.
// The figures' settings and the council's name are the database's, as the
// dashboard uses them.
//
// Thread-safety: opens its own connections and its own temporary folder
// for Chromium; concurrent calls are safe.
#ifndef HC_MAILINGS_MEMBERS_REPORT_PDF_H_
#define HC_MAILINGS_MEMBERS_REPORT_PDF_H_

#include <string>

#include "core/date.h"
#include "metrics/period.h"

namespace hc::mailings {

struct MembersReportSource {
  std::string db_url;
  std::string chromium;    // a path from reports::findChromium()
  int min_group_size = 5;  // used when the database holds no setting
};

struct MembersReportPdf {
  std::string pdf;      // the bytes; empty when there is no report
  std::string problem;  // why not: "no records fall in or before 2026-Q3"
};

// Throws DatabaseError, and std::runtime_error when Chromium fails.
MembersReportPdf membersReportPdf(const MembersReportSource& source, const metrics::Period& period, Date written);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_MEMBERS_REPORT_PDF_H_
