// Workforce: the staff of one demo team over the whole demo window, and the
// team's establishment (budgeted posts).
//
// Each budgeted post is filled by a chain of people: someone in post since
// before the window, then on each departure a vacancy gap and a successor,
// permanent or agency, sometimes newly qualified. Struggling teams lose
// people sooner, take longer to fill posts and fill more of them with agency
// workers; the chains alone give them their vacancy, agency and turnover
// rates. Leavers stay in the file, because their cases may outlive them.
//
// Thread-safety: plain values; planWorkforce is pure.
#ifndef HC_DEMO_WORKFORCE_H_
#define HC_DEMO_WORKFORCE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/records.h"
#include "demo/demo_files.h"
#include "demo/demo_window.h"
#include "demo/team_plan.h"

namespace hc::demo {

struct Member {
  int64_t number = 0;  // staff id number
  Role role = Role::kSocialWorker;
  Employment employment = Employment::kPermanent;
  int fte_tenths = 10;
  Date start;
  std::optional<Date> end;  // last day in post
  std::optional<Date> qualified;

  bool inPostOn(Date d) const { return start <= d && (!end || d <= *end); }
  bool practitioner() const { return role == Role::kSocialWorker || role == Role::kSeniorPractitioner; }
  // Days since qualifying on `d`; large for the experienced.
  int daysQualified(Date d) const { return qualified ? d - *qualified : 100000; }
};

struct EstablishmentChange {
  Date effective_from;
  int fte_tenths = 0;
};

struct Workforce {
  std::vector<Member> members;
  std::vector<EstablishmentChange> establishment;
  // The group's service manager, who supervises the team manager.
  int64_t service_manager = 0;
  // The member whose care packages cost well above their colleagues', or -1.
  int outlier_assessor = -1;
  // Budgeted practitioner FTE at the start: what the team's demand scales on.
  int practitioner_fte_tenths = 0;

  // The member in post on `d` in the given role (the first found), or -1.
  int inPost(Role role, Date d, int other_than = -1) const;
};

// Staff numbers start at first_staff_number. group_service_manager is the
// staff number of the service manager of the team's group, 0 when the team
// hosts its group's service manager itself (it is then created here).
Workforce planWorkforce(const TeamPlan& team, const DemoWindow& window, uint64_t seed, int64_t first_staff_number,
                        int64_t group_service_manager);

// What every record-family generator needs to know about the team it is
// writing.
struct TeamContext {
  const TeamPlan& plan;
  const Workforce& workforce;
  const DemoWindow& window;
  uint64_t seed;
  int teams;  // in the whole council
};

void writeWorkforce(const TeamPlan& team, const Workforce& workforce, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_WORKFORCE_H_
