// OpenLinkLimit: how many respondents one client address may start from
// one team's open link in a clock hour, so that a script cannot pour
// answers in through it (README "What an open link can and cannot prevent").
//
// The counts live in this process only: an address is never written to the
// database or the log (a stored address beside a start time would point at
// a respondent). Several instances behind one proxy each count their own.
// An empty address (a request made in-process, with no connection) is not
// counted. The map is emptied at each new hour, so it holds at most one
// hour's addresses.
//
// Thread-safety: admit() may be called from any number of threads.
#ifndef HC_SURVEYS_OPEN_LINK_LIMIT_H_
#define HC_SURVEYS_OPEN_LINK_LIMIT_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace hc::surveys {

// Starts from one address on one open link per hour: enough for a team
// answering from one office (its network's single address), not for a flood.
constexpr int kOpenLinkStartsPerAddressHour = 30;

class OpenLinkLimit {
 public:
  explicit OpenLinkLimit(int per_hour = kOpenLinkStartsPerAddressHour) : per_hour_(per_hour) {}

  // Counts a start from `address` on the open link `open_link_hash` at
  // `now` (seconds); false when that address has had its starts this hour.
  bool admit(const std::string& open_link_hash, const std::string& address, int64_t now);

 private:
  const int per_hour_;
  std::mutex mutex_;
  int64_t hour_ = -1;
  std::map<std::string, int> starts_;  // open link hash + address -> starts this hour
};

}  // namespace hc::surveys

#endif  // HC_SURVEYS_OPEN_LINK_LIMIT_H_
