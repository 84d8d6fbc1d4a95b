// Directory: the stored teams and staff as Annex A names them. Teams are
// found by team_id or name, staff by the optional `name` column of
// staff.csv; both compared with spaces folded and case-blind.
//
// Thread-safety: one thread; read once from the Database, then in memory.
#ifndef HC_INGEST_ANNEX_A_DIRECTORY_H_
#define HC_INGEST_ANNEX_A_DIRECTORY_H_

#include <map>
#include <optional>
#include <string>

#include "core/date.h"
#include "store/database.h"

namespace hc::ingest::annex_a {

class Directory {
 public:
  // Reads the teams and the named staff; `on` picks among staff sharing a
  // name the one in post that day (else the one who started last).
  Directory(store::Database& db, Date on);

  // The team_id of the team whose id or name is `team`; nullopt if none.
  std::optional<std::string> teamId(const std::string& team) const;
  // The staff_id of the person named `worker`; nullopt if none.
  std::optional<std::string> staffId(const std::string& worker) const;

  // Remembers a team created by the import, so later children find it.
  void addTeam(const std::string& team_id, const std::string& name);

  // A team_id for a new team named `name`: "annexa-" and its letters and
  // digits ("Assessment Team 2" -> "annexa-assessment-team-2"), not yet used.
  std::string newTeamId(const std::string& name) const;

 private:
  std::map<std::string, std::string> team_by_key_;  // nameKey(id or name) -> team_id
  struct Named {
    std::string staff_id;
    bool in_post = false;
    Date start;
  };
  std::map<std::string, Named> staff_by_name_;
};

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_DIRECTORY_H_
