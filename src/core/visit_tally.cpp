#include "core/visit_tally.h"

#include <algorithm>

namespace hc {
namespace {

constexpr int kStatusBits = 3;  // five statuses

int32_t keyOf(int year, unsigned month, VisitStatus status) {
  const int32_t months = int32_t(year) * 12 + int32_t(month) - 1;
  return (months << kStatusBits) | int32_t(status);
}

}  // namespace

uint32_t VisitTally::slotOf(std::string_view staff_id) {
  if (last_slot_ != UINT32_MAX && staff_ids_[last_slot_] == staff_id) return last_slot_;
  last_cell_ = SIZE_MAX;
  auto [it, added] = slots_.try_emplace(std::string(staff_id), uint32_t(staff_ids_.size()));
  if (added) {
    staff_ids_.emplace_back(staff_id);
    cells_.emplace_back();
  }
  return last_slot_ = it->second;
}

VisitTally::Cell& VisitTally::cellOf(uint32_t slot, int32_t key) {
  std::vector<Cell>& cells = cells_[slot];
  // A case's visits come in date order: most often the month of the last.
  if (last_cell_ < cells.size() && cells[last_cell_].key == key) return cells[last_cell_];
  for (size_t i = 0; i < cells.size(); ++i)
    if (cells[i].key == key) return cells[last_cell_ = i];
  last_cell_ = cells.size();
  cells.push_back(Cell{key});
  return cells.back();
}

void VisitTally::count(std::string_view staff_id, int year, unsigned month, VisitStatus status, int64_t sign,
                       int64_t planned_minutes, std::optional<int64_t> actual_minutes,
                       std::optional<int64_t> travel_minutes) {
  Cell& c = cellOf(slotOf(staff_id), keyOf(year, month, status));
  c.visits += sign;
  c.planned += sign * planned_minutes;
  c.actual += sign * actual_minutes.value_or(0);
  c.travel += sign * travel_minutes.value_or(0);
}

void VisitTally::add(std::string_view staff_id, int year, unsigned month, VisitStatus status,
                     int64_t planned_minutes, std::optional<int64_t> actual_minutes,
                     std::optional<int64_t> travel_minutes) {
  count(staff_id, year, month, status, 1, planned_minutes, actual_minutes, travel_minutes);
}

void VisitTally::remove(std::string_view staff_id, int year, unsigned month, VisitStatus status,
                        int64_t planned_minutes, std::optional<int64_t> actual_minutes,
                        std::optional<int64_t> travel_minutes) {
  count(staff_id, year, month, status, -1, planned_minutes, actual_minutes, travel_minutes);
}

void VisitTally::add(const Visit& v) {
  const Date day = v.scheduled_start.date();
  add(v.staff_id, day.year(), day.month(), v.status, v.planned_minutes, v.actual_minutes, v.travel_minutes);
}

void VisitTally::merge(const VisitTally& other) {
  for (size_t s = 0; s < other.staff_ids_.size(); ++s) {
    const uint32_t slot = slotOf(other.staff_ids_[s]);
    for (const Cell& o : other.cells_[s]) {
      Cell& c = cellOf(slot, o.key);
      c.visits += o.visits;
      c.planned += o.planned;
      c.actual += o.actual;
      c.travel += o.travel;
    }
  }
}

std::vector<VisitMonth> VisitTally::summaries() const {
  std::vector<uint32_t> order(staff_ids_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return staff_ids_[a] < staff_ids_[b]; });
  std::vector<VisitMonth> out;
  for (const uint32_t s : order) {
    std::vector<Cell> cells = cells_[s];
    std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.key < b.key; });
    for (const Cell& c : cells) {
      if (c.visits == 0 && c.planned == 0 && c.actual == 0 && c.travel == 0) continue;  // added, then removed
      const int32_t months = c.key >> kStatusBits;
      out.push_back(VisitMonth{staff_ids_[s], Date::fromCivil(months / 12, unsigned(months % 12 + 1), 1),
                               VisitStatus(c.key & ((1 << kStatusBits) - 1)), c.visits, c.planned, c.actual,
                               c.travel});
    }
  }
  return out;
}

std::vector<VisitMonth> summariseVisits(const std::vector<Visit>& visits) {
  VisitTally tally;
  for (const Visit& v : visits) tally.add(v);
  return tally.summaries();
}

}  // namespace hc
