#include "access/audit_log.h"

#include <cstdlib>

#include "core/date.h"
#include "core/utc_clock.h"

namespace hc::access {
namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is invalid
// (overlong forms, surrogates and values beyond U+10FFFF included).
size_t utf8Length(const std::string& s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  unsigned min_second = 0x80, max_second = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) min_second = 0xA0;
    if (c == 0xED) max_second = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) min_second = 0x90;
    if (c == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < min_second || b(i + 1) > max_second) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

}  // namespace

std::string cleanForLog(const std::string& text, size_t max_bytes) {
  std::string out;
  out.reserve(std::min(text.size(), max_bytes));
  for (size_t i = 0; i < text.size();) {
    const size_t n = utf8Length(text, i);
    std::string piece;
    if (n == 0) {
      piece = "\xEF\xBF\xBD";
      i += 1;
    } else {
      piece = text.substr(i, n);
      if (n == 1 && (static_cast<unsigned char>(piece[0]) < 0x20 || piece[0] == 0x7F))
        piece = " ";
      i += n;
    }
    if (out.size() + piece.size() > max_bytes) break;
    out += piece;
  }
  return out;
}

std::string cliActor() {
  for (const char* name : {"LOGNAME", "USER"})
    if (const char* v = std::getenv(name); v && *v) return "cli:" + cleanForLog(v, 200);
  return "cli:unknown";
}

void AuditLog::record(const std::string& actor, const std::string& action, const std::string& subject,
                      const std::string& detail) {
  auto st = db_.prepare("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)");
  st->bindText(0, utcNow());
  st->bindText(1, cleanForLog(actor, 255));
  st->bindText(2, cleanForLog(action, 64));
  st->bindText(3, cleanForLog(subject));
  st->bindText(4, cleanForLog(detail));
  st->execute();
}

std::vector<AuditEntry> AuditLog::since(const std::string& since, size_t limit) {
  AuditFilter filter;
  filter.from = since;
  return find(filter, 0, limit, /*oldest_first=*/true);
}

namespace {

// The WHERE clause of `filter`, its values bound from parameter 0 in the
// order the conditions are written.
struct Where {
  std::string sql;
  std::vector<std::string> values;
};

Where whereOf(const AuditFilter& f) {
  Where w;
  auto add = [&](const char* condition, const std::string& value) {
    w.sql += w.values.empty() ? " WHERE " : " AND ";
    w.sql += condition;
    w.values.push_back(value);
  };
  if (!f.from.empty()) add("at >= ?", f.from);
  // "YYYY-MM-DD" sorts before every timestamp of that day and after every
  // one of the day before: the day after `to`, exclusive, keeps `to` whole.
  if (!f.to.empty()) {
    const std::optional<Date> to = Date::parse(f.to);
    add("at < ?", to ? to->plusDays(1).iso() : f.to);
  }
  if (!f.actor.empty()) add("actor = ?", f.actor);
  if (!f.action.empty()) add("action = ?", f.action);
  return w;
}

void bindWhere(store::Statement& st, const Where& w) {
  for (size_t i = 0; i < w.values.size(); ++i) st.bindText(static_cast<int>(i), w.values[i]);
}

}  // namespace

std::vector<AuditEntry> AuditLog::find(const AuditFilter& filter, size_t offset, size_t limit, bool oldest_first) {
  const Where w = whereOf(filter);
  auto st = db_.prepare("SELECT audit_id, at, actor, action, subject, detail FROM audit_log" + w.sql +
                        (oldest_first ? " ORDER BY audit_id" : " ORDER BY audit_id DESC") + " LIMIT ? OFFSET ?");
  bindWhere(*st, w);
  st->bindInt(static_cast<int>(w.values.size()), static_cast<int64_t>(limit));
  st->bindInt(static_cast<int>(w.values.size()) + 1, static_cast<int64_t>(offset));
  std::vector<AuditEntry> out;
  while (st->step())
    out.push_back(AuditEntry{st->getInt(0), st->getText(1), st->getText(2), st->getText(3), st->getText(4),
                             st->getText(5)});
  return out;
}

int64_t AuditLog::count(const AuditFilter& filter) {
  const Where w = whereOf(filter);
  auto st = db_.prepare("SELECT COUNT(*) FROM audit_log" + w.sql);
  bindWhere(*st, w);
  int64_t n = 0;
  while (st->step()) n = st->getInt(0);
  return n;
}

std::vector<std::string> AuditLog::kinds() {
  auto st = db_.prepare("SELECT DISTINCT action FROM audit_log ORDER BY action");
  std::vector<std::string> out;
  while (st->step()) out.push_back(st->getText(0));
  return out;
}

}  // namespace hc::access
