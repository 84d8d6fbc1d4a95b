#include "core/action.h"

namespace hc {

std::string_view name(ActionStatus s) {
  switch (s) {
    case ActionStatus::kPlanned: return "planned";
    case ActionStatus::kInProgress: return "in_progress";
    case ActionStatus::kDone: return "done";
    case ActionStatus::kDropped: return "dropped";
  }
  return "planned";
}

std::string_view label(ActionStatus s) {
  switch (s) {
    case ActionStatus::kPlanned: return "Planned";
    case ActionStatus::kInProgress: return "In progress";
    case ActionStatus::kDone: return "Done";
    case ActionStatus::kDropped: return "Dropped";
  }
  return "Planned";
}

std::optional<ActionStatus> parseActionStatus(std::string_view s) {
  if (s == "planned") return ActionStatus::kPlanned;
  if (s == "in_progress" || s == "in progress" || s == "in-progress") return ActionStatus::kInProgress;
  if (s == "done") return ActionStatus::kDone;
  if (s == "dropped") return ActionStatus::kDropped;
  return std::nullopt;
}

}  // namespace hc
