#include "access/session_store.h"

#include "access/secure_random.h"

namespace hc::access {
namespace {

constexpr size_t kIdBytes = 32;  // 256 bits

}  // namespace

std::string SessionStore::create(const std::string& username, int64_t now) {
  const std::string id = randomHex(kIdBytes);
  auto st = db_.prepare("INSERT INTO sessions (session_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)");
  st->bindText(0, sha256Hex(id));
  st->bindText(1, username);
  st->bindInt(2, now);
  st->bindInt(3, now);
  st->execute();
  return id;
}

std::optional<std::string> SessionStore::resolve(const std::string& session_id, int64_t now) {
  if (!isHex(session_id, 2 * kIdBytes)) return std::nullopt;
  const std::string hash = sha256Hex(session_id);
  auto st = db_.prepare("SELECT username, created_at, last_seen_at FROM sessions WHERE session_hash = ?");
  st->bindText(0, hash);
  if (!st->step()) return std::nullopt;
  const std::string username = st->getText(0);
  const int64_t created = st->getInt(1), seen = st->getInt(2);
  while (st->step()) {
  }
  if (now - seen > kIdleSeconds || now - created > kAbsoluteSeconds || now < created) {
    destroy(session_id);
    return std::nullopt;
  }
  if (now - seen >= kTouchSeconds) {
    auto touch = db_.prepare("UPDATE sessions SET last_seen_at = ? WHERE session_hash = ?");
    touch->bindInt(0, now);
    touch->bindText(1, hash);
    touch->execute();
  }
  return username;
}

void SessionStore::destroy(const std::string& session_id) {
  if (!isHex(session_id, 2 * kIdBytes)) return;
  auto st = db_.prepare("DELETE FROM sessions WHERE session_hash = ?");
  st->bindText(0, sha256Hex(session_id));
  st->execute();
}

int64_t SessionStore::purgeExpired(int64_t now) {
  auto st = db_.prepare("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?");
  st->bindInt(0, now - kIdleSeconds);
  st->bindInt(1, now - kAbsoluteSeconds);
  return st->execute();
}

}  // namespace hc::access
