#include "actions/action_store.h"

#include "access/audit_log.h"
#include "actions/action_check.h"
#include "core/utc_clock.h"
#include "store/sql_text.h"

namespace hc::actions {
namespace {

constexpr const char* kQueries = "queries/actions.sql";
constexpr const char* kAuditAdd = "action-add";
constexpr const char* kAuditUpdate = "action-update";

std::string query(std::string_view name) {
  return store::internal::sqlSection(store::internal::sqlFile(kQueries), name);
}

// No address is NULL, as the column's comment says.
void bindEmail(store::Statement& st, int index, const std::string& email) {
  if (email.empty()) st.bindNull(index);
  else st.bindText(index, email);
}

std::string subjectOf(int64_t id) { return "action " + std::to_string(id); }

// "status planned -> done; due 2027-03-31 -> 2027-04-30; note added"
std::string describeChange(const Action& before, const Action& after, bool note) {
  std::string out;
  const auto add = [&](const std::string& field, const std::string& from, const std::string& to) {
    if (from != to) out += (out.empty() ? "" : "; ") + field + " " + from + " -> " + to;
  };
  add("status", std::string(name(before.status)), std::string(name(after.status)));
  add("due", before.due.iso(), after.due.iso());
  add("title", before.title, after.title);
  add("owner", before.owner, after.owner);
  // Whether, never what: the log keeps no staff addresses.
  if (before.owner_email != after.owner_email)
    out += std::string(out.empty() ? "" : "; ") + "owner email " +
           (before.owner_email.empty() ? "set" : after.owner_email.empty() ? "removed" : "changed");
  if (before.description != after.description) out += std::string(out.empty() ? "" : "; ") + "description changed";
  add("needs_decision", before.needs_decision ? "yes" : "no", after.needs_decision ? "yes" : "no");
  if (note) out += std::string(out.empty() ? "" : "; ") + "note added";
  return out;
}

}  // namespace

ActionOutcome ActionStore::add(const Action& given, const std::string& actor) {
  Action action = given;
  action.owner_email = normalOwnerEmail(given.owner_email);
  if (std::string why = checkAction(db_, action); !why.empty()) return {0, why};
  const std::string now = utcNow();
  store::Transaction tx(db_);
  auto st = db_.prepare(query("insert"));
  int i = 0;
  for (const std::string* text : {&action.scope_id, &action.area, &action.metric, &action.title, &action.description,
                                  &action.owner})
    st->bindText(i++, *text);
  st->bindText(i++, action.due.iso());
  st->bindText(i++, name(action.status));
  st->bindText(i++, action.agreed_period);
  st->bindInt(i++, action.needs_decision ? 1 : 0);
  for (const std::string* text : {&actor, &now, &actor, &now}) st->bindText(i++, *text);
  bindEmail(*st, i++, action.owner_email);
  st->execute();
  auto last = db_.prepare(query(db_.dialect() == store::Dialect::kSqlite ? "last_id_sqlite" : "last_id_mysql"));
  const int64_t id = last->step() ? last->getInt(0) : 0;
  while (last->step()) {
  }
  access::AuditLog(db_).record(actor, kAuditAdd, subjectOf(id),
                               action.scope_id + " " + action.area + (action.metric.empty() ? "" : "/" + action.metric) +
                                   ": " + action.title + "; owner " + action.owner +
                                   (action.owner_email.empty() ? "" : " (email given)") + "; due " + action.due.iso() +
                                   "; agreed " + action.agreed_period);
  tx.commit();
  return {id, ""};
}

ActionOutcome ActionStore::update(int64_t id, const ActionChange& change, const std::string& actor, Date today) {
  if (change.empty()) return {id, "nothing to change: give a status, a due date or a note"};
  if (change.note.size() > kMaxText)
    return {id, "the note is too long (at most " + std::to_string(kMaxText) + " characters)"};
  store::Transaction tx(db_);
  const auto found = find(id);
  if (!found) return {id, "there is no action " + std::to_string(id) + " (see 'healthcheck action list')"};
  const Action& before = found->action;
  Action after = before;
  if (change.status) after.status = *change.status;
  if (change.due) after.due = *change.due;
  if (change.title) after.title = *change.title;
  if (change.description) after.description = *change.description;
  if (change.owner) after.owner = *change.owner;
  if (change.owner_email) after.owner_email = normalOwnerEmail(*change.owner_email);
  if (change.needs_decision) after.needs_decision = *change.needs_decision;
  if (std::string why = checkAction(db_, after); !why.empty()) return {id, why};
  const std::string detail = describeChange(before, after, !change.note.empty());
  if (detail.empty()) return {id, "nothing changed: the action already reads so"};

  const std::string now = utcNow();
  auto st = db_.prepare(query("update"));
  int i = 0;
  for (const std::string* text : {&after.title, &after.description, &after.owner}) st->bindText(i++, *text);
  st->bindText(i++, after.due.iso());
  st->bindText(i++, name(after.status));
  st->bindInt(i++, after.needs_decision ? 1 : 0);
  st->bindText(i++, actor);
  st->bindText(i++, now);
  bindEmail(*st, i++, after.owner_email);
  st->bindInt(i++, id);
  st->execute();
  if (!change.note.empty()) {
    auto note = db_.prepare(query("insert_note"));
    note->bindInt(0, id);
    note->bindText(1, today.iso());
    note->bindText(2, actor);
    note->bindText(3, change.note);
    note->execute();
  }
  access::AuditLog(db_).record(actor, kAuditUpdate, subjectOf(id), detail);
  tx.commit();
  return {id, ""};
}

std::optional<StoredAction> ActionStore::find(int64_t id) {
  if (id <= 0) return std::nullopt;
  auto found = select({}, id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<StoredAction> ActionStore::list(const ActionFilter& filter) { return select(filter, 0); }

std::vector<StoredAction> ActionStore::select(const ActionFilter& filter, int64_t id) {
  auto st = db_.prepare(query("select"));
  const std::string status = filter.status ? std::string(name(*filter.status)) : "";
  int i = 0;
  for (const std::string* text : {&filter.scope, &status, &filter.agreed_period}) {
    st->bindText(i++, *text);
    st->bindText(i++, *text);
  }
  st->bindInt(i++, id);
  st->bindInt(i++, id);
  st->bindText(i++, filter.owner_email);
  st->bindText(i++, filter.owner_email);
  std::vector<StoredAction> out;
  while (st->step()) {
    StoredAction s;
    Action& a = s.action;
    a.id = st->getInt(0);
    a.scope_id = st->getText(1);
    a.area = st->getText(2);
    a.metric = st->getText(3);
    a.title = st->getText(4);
    a.description = st->getText(5);
    a.owner = st->getText(6);
    a.due = Date::parse(st->getTextView(7)).value_or(Date());
    a.status = parseActionStatus(st->getTextView(8)).value_or(ActionStatus::kPlanned);
    a.agreed_period = st->getText(9);
    a.needs_decision = st->getInt(10) != 0;
    s.changed_by = st->getText(11);
    s.changed_at = st->getText(12);
    if (!st->isNull(13)) a.owner_email = st->getText(13);
    if (filter.open_only && !a.open()) continue;
    out.push_back(std::move(s));
  }
  auto notes = db_.prepare(query("notes"));
  for (StoredAction& s : out) {
    notes->bindInt(0, s.action.id);
    while (notes->step())
      s.action.notes.push_back(
          {Date::parse(notes->getTextView(0)).value_or(Date()), notes->getText(1), notes->getText(2)});
  }
  return out;
}

}  // namespace hc::actions
