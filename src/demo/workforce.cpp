#include "demo/workforce.h"

#include <algorithm>

#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kStream = 0x57af;

// One budgeted post, open over [open, close).
struct Post {
  Role role = Role::kSocialWorker;
  int fte_tenths = 10;
  Date open;
  std::optional<Date> close;  // cut from the budget
  // Falls vacant and is never filled again by a permanent worker, though
  // still budgeted: how a struggling team ends up with posts nobody applies
  // for, some covered by agency locums.
  std::optional<Date> unfilled_from;
  bool locum_cover = false;
};

std::vector<Post> planPosts(const TeamPlan& team, const DemoWindow& window, Random& rng,
                            std::vector<EstablishmentChange>& establishment) {
  std::vector<Post> posts;
  posts.push_back({Role::kTeamManager, 10, window.history_start, std::nullopt, std::nullopt});
  for (int i = 1; i < team.posts; ++i) {
    const Role role = rng.chance(0.2) ? Role::kSeniorPractitioner : Role::kSocialWorker;
    static constexpr int kPartTime[] = {5, 6, 8};
    const int fte = rng.chance(0.75) ? 10 : kPartTime[rng.below(3)];
    posts.push_back({role, fte, window.history_start, std::nullopt, std::nullopt});
  }
  const int service_manager_fte = team.hosts_service_manager ? 10 : 0;
  auto budget = [&](Date d) {
    int fte = service_manager_fte;
    for (const Post& p : posts) fte += p.open <= d && (!p.close || d < *p.close) ? p.fte_tenths : 0;
    return fte;
  };
  establishment.push_back({window.history_start, budget(window.history_start)});

  // Some teams have their budget changed during the reporting span: a new
  // post, or a post cut when its holder leaves.
  const int span = window.end - window.from;
  if (span > 120 && rng.chance(0.35)) {
    const Date change = window.from.plusDays(rng.between(60, span - 60)).firstOfMonth();
    if (rng.chance(0.6) || team.posts <= 5) {
      posts.push_back({Role::kSocialWorker, 10, change, std::nullopt, std::nullopt});
    } else {
      posts.back().close = change;
    }
    establishment.push_back({change, budget(change)});
  }
  if (team.health >= 0.85) {
    for (int i = 1; i <= 2 && i < static_cast<int>(posts.size()); ++i) {
      posts[i].unfilled_from = window.end.plusDays(-rng.between(90, 240));
      posts[i].locum_cover = i == 1;
    }
  }
  return posts;
}

// The people who hold one post, one after another.
void fillPost(const Post& post, const TeamPlan& team, const DemoWindow& window, Random& rng,
              std::vector<Member>& members) {
  const double h = team.health;
  const bool manager = post.role == Role::kTeamManager;
  const double p_agency = lerp(0.15, 0.55, h) * (manager ? 0.5 : 1.0);
  const int permanent_tenure = static_cast<int>(lerp(2400, 650, h));
  const int agency_tenure = static_cast<int>(lerp(600, 450, h));
  const int gap_mean = static_cast<int>(lerp(30, 170, h));
  const double p_newly_qualified = lerp(0.25, 0.4, h);

  std::optional<Date> stop = post.close;
  if (post.unfilled_from && (!stop || *post.unfilled_from < *stop)) stop = post.unfilled_from;
  bool first = post.open == window.history_start;
  Date start = first ? window.history_start : post.open.plusDays(1 + rng.skewed(gap_mean));
  while (start <= window.end && (!stop || start < *stop)) {
    Member m;
    m.role = post.role;
    m.employment = rng.chance(p_agency) ? Employment::kAgency : Employment::kPermanent;
    const bool agency = m.employment == Employment::kAgency;
    m.fte_tenths = agency ? 10 : post.fte_tenths;
    const int tenure = rng.skewed(agency ? agency_tenure : permanent_tenure);
    if (first) {
      // Already in post when the story starts; how long they stay from here
      // on does not depend on how long they have been there.
      m.start = window.history_start.plusDays(-rng.between(30, agency ? 400 : 4000));
      m.end = window.history_start.plusDays(tenure);
    } else {
      m.start = start;
      m.end = start.plusDays(std::max(agency ? 60 : 120, tenure));
    }
    if (!first && !agency && post.role == Role::kSocialWorker && rng.chance(p_newly_qualified)) {
      m.qualified = m.start.plusDays(-rng.between(14, 330));
    } else if (rng.chance(0.6)) {
      m.qualified = m.start.plusDays(-rng.between(400, 7000));
    }
    bool last = false;
    if (stop && *m.end >= *stop) {
      m.end = stop->plusDays(-1);
      last = true;
    }
    if (*m.end >= window.end) {
      m.end.reset();
      last = true;
    }
    members.push_back(m);
    if (last) break;
    start = m.end->plusDays(2 + rng.skewed(gap_mean));
    first = false;
  }
  if (post.locum_cover) {
    Member locum;
    locum.role = post.role;
    locum.employment = Employment::kAgency;
    locum.start = post.unfilled_from->plusDays(rng.between(14, 60));
    locum.qualified = locum.start.plusDays(-rng.between(400, 7000));
    members.push_back(locum);
  }
}

}  // namespace

Workforce planWorkforce(const TeamPlan& team, const DemoWindow& window, uint64_t seed, int64_t first_staff_number,
                        int64_t group_service_manager) {
  Random rng(seed, kStream, static_cast<uint64_t>(team.index));
  Workforce w;
  const std::vector<Post> posts = planPosts(team, window, rng, w.establishment);
  for (const Post& post : posts) {
    fillPost(post, team, window, rng, w.members);
    if (post.role != Role::kTeamManager && post.open == window.history_start) w.practitioner_fte_tenths += post.fte_tenths;
  }
  if (team.hosts_service_manager) {
    Member m;
    m.role = Role::kServiceManager;
    m.start = window.history_start.plusDays(-rng.between(365, 3000));
    m.qualified = m.start.plusDays(-rng.between(3000, 8000));
    w.members.push_back(m);
  }
  for (size_t i = 0; i < w.members.size(); ++i) w.members[i].number = first_staff_number + static_cast<int64_t>(i);
  w.service_manager = team.hosts_service_manager ? w.members.back().number : group_service_manager;

  if (team.service == Service::kAdults && rng.chance(0.35)) {
    std::vector<int> candidates;
    for (size_t i = 0; i < w.members.size(); ++i) {
      const Member& m = w.members[i];
      if (m.practitioner() && (!m.end || *m.end >= window.from)) candidates.push_back(static_cast<int>(i));
    }
    if (!candidates.empty()) w.outlier_assessor = candidates[rng.below(static_cast<uint32_t>(candidates.size()))];
  }
  return w;
}

int Workforce::inPost(Role role, Date d, int other_than) const {
  for (size_t i = 0; i < members.size(); ++i) {
    if (members[i].role == role && members[i].inPostOn(d) && static_cast<int>(i) != other_than) return static_cast<int>(i);
  }
  return -1;
}

void writeWorkforce(const TeamPlan& team, const Workforce& workforce, DemoFiles& files) {
  for (const Member& m : workforce.members) {
    CsvFile& f = files.staff;
    f.id(kStaffId, m.number).id(kTeamId, team.number).text(name(m.role)).text(name(m.employment));
    f.decimal(m.fte_tenths, 1).date(m.start);
    m.end ? f.date(*m.end) : f.empty();
    m.qualified ? f.date(*m.qualified) : f.empty();
    f.endRow();
  }
  for (const EstablishmentChange& e : workforce.establishment) {
    files.establishment.id(kTeamId, team.number).date(e.effective_from).decimal(e.fte_tenths, 1).endRow();
  }
}

}  // namespace hc::demo
