// Which local authority this council is, and whom it is compared with.
//
// `healthcheck benchmarks council --la CODE` sets the authority, by its new
// code (E10000002) or old three-digit code (201), looked up in the imported
// DfE indicators so both codes and the name are known. Its statistical
// neighbours are the DfE's group for it (benchmarks neighbours import),
// unless the council keeps its own list (--neighbours), which then
// replaces the DfE's.
//
// Errors are values: functions that can fail return nullopt with the
// reason in *error.
//
// Thread-safety: uses the caller's Database on the caller's thread.
#ifndef HC_NATIONAL_COUNCIL_SETTING_H_
#define HC_NATIONAL_COUNCIL_SETTING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace hc::national {

struct Authority {
  std::string old_la_code;  // "301"
  std::string new_la_code;  // "E09000002"
  std::string la_name;      // "Barking and Dagenham"
};

// The authority with this old or new code in the newest imported year that
// lists it; nullopt with a reason naming the code when there is none.
std::optional<Authority> findAuthority(store::Database& db, std::string_view code, std::string* error);

// The council's authority; nullopt until set.
std::optional<Authority> councilAuthority(store::Database& db);
void setCouncilAuthority(store::Database& db, const Authority& authority);

// The council's own neighbour list (old codes, in order); empty: none kept.
std::vector<std::string> neighbourOverride(store::Database& db);
// Replaces the council's own list; an empty list returns to the DfE's group.
void setNeighbourOverride(store::Database& db, const std::vector<std::string>& old_la_codes);

// Whom the council is compared with: its own list when it keeps one, else
// the DfE's group for its authority (old codes, closest first).
std::vector<std::string> councilNeighbours(store::Database& db, const Authority& council);

}  // namespace hc::national

#endif  // HC_NATIONAL_COUNCIL_SETTING_H_
