// Which council this is: its name and the DfE local authority it is compared
// as, one stored setting (`healthcheck council set --name NAME [--la CODE]`)
// read by the page header, the survey form, the comparison page, the
// members' report and the workbook; and whom it is compared with.
//
// `healthcheck council set --la CODE` (or `benchmarks council --la CODE`)
// sets the authority, by its new
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

// The council's one stored setting.
struct Council {
  std::string name;                    // "Northshire County Council"; "" until set
  std::optional<Authority> authority;  // the DfE authority it is compared as; nullopt until set
};

// What is stored; an empty Council until `council set`.
Council loadCouncil(store::Database& db);

// The council's name for titles and headers: the stored name, else
// kUnnamedCouncil. Example: councilName(db) == "Northshire County Council".
std::string councilName(store::Database& db);
inline constexpr const char* kUnnamedCouncil = "Your council";

// Why `name` cannot be the council's name (it is shown in titles and
// headers: one line of printable text, 255 bytes at most), e.g. "it is
// empty"; nullopt when it can. `council set --name` and the settings page
// both ask.
std::optional<std::string> councilNameProblem(std::string_view name);

// Stores the name, and the authority when given (else the one set stays).
void setCouncil(store::Database& db, std::string_view name, const std::optional<Authority>& authority);
// The same inside the caller's transaction (so that its audit row commits
// with it, or neither does).
void writeCouncil(store::Database& db, std::string_view name, const std::optional<Authority>& authority);

// The council's authority; nullopt until set.
std::optional<Authority> councilAuthority(store::Database& db);
// Sets the authority, keeping the stored name (the authority's name until
// one is given).
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
