// Supervision: the supervision sessions of one demo team's staff.
//
// Each month everyone in post is due the sessions the supervision standard
// asks of them (newly qualified workers weekly, then fortnightly, then
// monthly; see metrics.md), and most happen. Struggling teams miss more and
// cut more short (under 90 minutes, which does not count). Some months the
// team also meets for group supervision, one row per person present.
//
// Thread-safety: none beyond the file written; one call at a time.
#ifndef HC_DEMO_SUPERVISION_H_
#define HC_DEMO_SUPERVISION_H_

#include "demo/demo_files.h"
#include "demo/workforce.h"

namespace hc::demo {

void writeSupervision(const TeamContext& team, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_SUPERVISION_H_
