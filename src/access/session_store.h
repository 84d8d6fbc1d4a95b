// SessionStore: signed-in sessions, in the database so that several
// `healthcheck serve` instances on one database share them.
//
// A session id is 256 random bits (64 hex digits) held only by the
// browser's cookie; the table holds its SHA-256, so reading the table (a
// backup, a replica) signs no one in. A session ends after kIdleSeconds
// without a request or kAbsoluteSeconds after sign-in, whichever is first,
// and on sign-out, password reset or account removal.
//
// Thread-safety: a SessionStore uses its Database on one thread at a time.
#ifndef HC_ACCESS_SESSION_STORE_H_
#define HC_ACCESS_SESSION_STORE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"

namespace hc::access {

constexpr int64_t kIdleSeconds = 30 * 60;        // a working session left alone
constexpr int64_t kAbsoluteSeconds = 10 * 3600;  // a working day
// last_seen_at is written at most this often, so pages do not each write.
constexpr int64_t kTouchSeconds = 60;

class SessionStore {
 public:
  explicit SessionStore(store::Database& db) : db_(db) {}

  // Starts a session for `username`; returns the id for the cookie.
  std::string create(const std::string& username, int64_t now);
  // The username of a live session, refreshing its idle timer; nullopt for
  // a malformed, unknown or expired id (an expired one is deleted).
  std::optional<std::string> resolve(const std::string& session_id, int64_t now);
  // Ends a session; harmless when it does not exist.
  void destroy(const std::string& session_id);
  // Deletes every expired session (housekeeping); returns how many.
  int64_t purgeExpired(int64_t now);

 private:
  store::Database& db_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_SESSION_STORE_H_
