// Case activity: the visits to a demo team's cases (the scheduling
// system's appointments) and the care packages agreed at assessment.
//
// Visits are made by whoever holds the case that day; a case nobody holds
// (waiting, or left with a worker who has gone) is not visited. Struggling
// teams miss more: more no-access visits and more cancelled by the service.
// Care packages are adults' services' business; in some adults' teams one
// assessor's packages cost well above the rest, for the outlier metric.
//
// Thread-safety: none beyond the files written; one call at a time.
#ifndef HC_DEMO_CASE_ACTIVITY_H_
#define HC_DEMO_CASE_ACTIVITY_H_

#include <vector>

#include "demo/caseload.h"
#include "demo/demo_files.h"
#include "demo/workforce.h"

namespace hc::demo {

// Both take the cases after writeCases has numbered them.
void writeVisits(const TeamContext& team, const std::vector<CaseLife>& cases, DemoFiles& files);
void writeCarePackages(const TeamContext& team, const std::vector<CaseLife>& cases, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_CASE_ACTIVITY_H_
