// Staff wellbeing records of one demo team: absences, and the lone-working
// risk assessments that keep people safe on visits.
//
// Absences are drawn as episodes, short sicknesses mostly, longer for
// stress, so that many run over weekends and month and quarter ends; some
// are placed over Christmas to cross bank holidays. Most leave
// working_days_lost empty for the service to count; some give it, as HR
// systems do for phased returns. Struggling teams are off more, and more of
// it is stress, and keep fewer lone-working assessments up to date.
//
// Thread-safety: none beyond the files written; one call at a time.
#ifndef HC_DEMO_STAFF_WELLBEING_H_
#define HC_DEMO_STAFF_WELLBEING_H_

#include "demo/demo_files.h"
#include "demo/workforce.h"

namespace hc::demo {

void writeAbsences(const TeamContext& team, DemoFiles& files);
void writeRiskAssessments(const TeamContext& team, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_STAFF_WELLBEING_H_
