// Team activity of one demo team: its team meetings and the feedback it
// receives (complaints, compliments, comments and satisfaction ratings).
//
// Healthy teams meet about weekly and are thanked more than complained
// about; struggling teams meet once or twice a month, draw more complaints,
// more of them upheld, and lower ratings.
//
// Thread-safety: none beyond the files written; one call at a time.
#ifndef HC_DEMO_TEAM_ACTIVITY_H_
#define HC_DEMO_TEAM_ACTIVITY_H_

#include "demo/demo_files.h"
#include "demo/workforce.h"

namespace hc::demo {

void writeTeamMeetings(const TeamContext& team, DemoFiles& files);
void writeFeedback(const TeamContext& team, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_TEAM_ACTIVITY_H_
