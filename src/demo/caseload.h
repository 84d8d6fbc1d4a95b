// Caseload: the cases of one demo team, who held them and when, and the
// transfers asked of other teams.
//
// Referrals arrive day by day at a rate set so that the team's open cases
// settle near its demand (with weekday and seasonal patterns and the odd
// peak week), each case lives for weeks, months or years, and is allocated
// after a wait to a practitioner in post, mostly one with room under the
// team's usual caseload. When a worker leaves, their cases
// are usually reallocated; in struggling teams many are not, and stay with
// the leaver, which the metrics count as unallocated.
//
// The whole team is held in memory (hundreds of cases); no more than one
// team at a time is, so the demo's memory does not grow with --teams.
//
// Thread-safety: plain values; planCases is pure.
#ifndef HC_DEMO_CASELOAD_H_
#define HC_DEMO_CASELOAD_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.h"
#include "demo/demo_files.h"
#include "demo/workforce.h"

namespace hc::demo {

struct AllocationSpan {
  int member = 0;  // index into Workforce::members
  Date start;
  std::optional<Date> end;  // the day it ended
};

struct CaseTransfer {
  int to_team = 0;  // team index
  Date requested;
  std::optional<Date> completed;
};

struct CaseLife {
  int64_t number = 0;  // case id number; 0 until written
  Date referral;
  std::optional<Date> assessed;
  std::optional<Date> closed;
  std::vector<AllocationSpan> allocations;
  std::optional<CaseTransfer> transfer;

  // Written only when open at some point of the reporting span; older
  // cases only served to build up the team's caseload.
  bool reported(const DemoWindow& window) const { return !closed || *closed > window.from; }
  // The member who holds the case on `d` and is in post then (the latest
  // allocation if several), or -1: unallocated.
  int holderOn(Date d, const Workforce& workforce) const;
};

std::vector<CaseLife> planCases(const TeamContext& team);

// Numbers the reported cases and writes them, their allocations and their
// transfers.
void writeCases(const TeamContext& team, std::vector<CaseLife>& cases, DemoFiles& files);

}  // namespace hc::demo

#endif  // HC_DEMO_CASELOAD_H_
