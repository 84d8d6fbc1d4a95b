#include "ingest/annex_a/child_case.h"

#include "ingest/annex_a/cell_values.h"

namespace hc::ingest::annex_a {
namespace {

// Rank of a list in the order current rows are chosen: 8, 7, 6, 4, 3.
int rank(int list) { return list == 3 ? 0 : list == 4 ? 1 : list; }

// The end of each row, list 3 rows without NFA ending when a later list
// takes the child on (the spec's "stays open only while ...").
std::vector<std::optional<Date>> endsOf(const std::vector<Episode>& rows) {
  std::vector<std::optional<Date>> ends;
  for (const Episode& r : rows) {
    std::optional<Date> end = r.end;
    if (r.list == 3 && !end) {
      for (const Episode& later : rows) {
        if (later.list != 3 && later.start >= r.start && (!end || later.start < *end)) end = later.start;
      }
    }
    ends.push_back(end);
  }
  return ends;
}

}  // namespace

bool saysUnallocated(const std::string& worker) {
  const std::string key = nameKey(worker);
  return key == "unallocated" || key == "not allocated" || key == "no worker";
}

ChildCase summariseChild(const std::vector<Episode>& rows, Date extracted) {
  ChildCase c;
  if (rows.empty()) return c;
  const std::vector<std::optional<Date>> ends = endsOf(rows);
  int current = -1, ended_last = -1;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Episode& r = rows[i];
    const bool open = r.start <= extracted && (!ends[i] || *ends[i] > extracted);
    const int n = static_cast<int>(i);
    if (open) {
      if (current < 0 || rank(r.list) > rank(rows[current].list) ||
          (r.list == rows[current].list && r.start > rows[current].start))
        current = n;
    } else if (ends[i] && (ended_last < 0 || *ends[i] > *ends[ended_last] ||
                           (*ends[i] == *ends[ended_last] && rank(r.list) > rank(rows[ended_last].list)))) {
      ended_last = n;
    }
  }
  c.open = current >= 0;
  c.basis = c.open ? current : ended_last;
  if (c.basis < 0) c.basis = 0;  // rows that all start after the extract: refused before this
  const Episode& basis = rows[c.basis];

  std::optional<Date> referral;
  Date earliest = rows[0].start;
  for (const Episode& r : rows) {
    if (r.start < earliest) earliest = r.start;
    if (r.list == 3 && r.start <= basis.start && (!referral || r.start > *referral)) referral = r.start;
  }
  c.referral_date = referral ? *referral : earliest;

  for (size_t i = 0; i < rows.size(); ++i) {
    const Episode& r = rows[i];
    if (r.list == 4 && r.end && *r.end >= c.referral_date &&
        (!c.assessment_completed_date || *r.end > *c.assessment_completed_date))
      c.assessment_completed_date = r.end;
    if (!c.open && ends[i] && (!c.closed_date || *ends[i] > *c.closed_date)) c.closed_date = ends[i];
  }
  if (c.closed_date && *c.closed_date < c.referral_date) c.closed_date = c.referral_date;
  if (c.open && !basis.worker.empty() && !saysUnallocated(basis.worker)) {
    c.worker = basis.worker;
    c.allocated_from = basis.start;
  }
  return c;
}

}  // namespace hc::ingest::annex_a
