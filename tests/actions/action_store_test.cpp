// The action store on SQLite and MariaDB: round trips, checks, updates with
// notes, filters and the audit rows written with each change.
#include "actions/action_store.h"

#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "metrics/period.h"
#include "store/schema.h"
#include "support/test_database.h"

namespace hc::actions {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

class ActionStoreTest : public ::testing::Test {
 protected:
  ActionStoreTest() {
    store::migrate(db());
    auto st = db().prepare("INSERT INTO teams (team_id, name, service) VALUES (?, ?, ?)");
    for (const auto& [id, name, service] : {std::tuple{"T0001", "Assessment North", "children"},
                                            std::tuple{"T0002", "Adults East", "adults"}}) {
      st->bindText(0, id);
      st->bindText(1, name);
      st->bindText(2, service);
      st->execute();
    }
  }
  store::Database& db() { return test_db_.db(); }

  static Action recruit() {
    Action a;
    a.scope_id = "T0001";
    a.area = "workload";
    a.metric = "caseload_avg";
    a.title = "Recruit two social workers";
    a.description = "Advertise two permanent posts and cover with agency staff meanwhile";
    a.owner = "Head of children's social work";
    a.due = day("2027-03-31");
    a.agreed_period = "2026-Q3";
    a.needs_decision = true;
    return a;
  }

  hc::testing::TestDatabase test_db_;
};

TEST_F(ActionStoreTest, AddedActionReadsBackFieldForField) {
  ActionStore store(db());
  const auto added = store.add(recruit(), "cli:alice");
  ASSERT_TRUE(added.ok()) << added.error;
  const auto found = store.find(added.id);
  ASSERT_TRUE(found);
  const Action& a = found->action;
  EXPECT_EQ(a.id, added.id);
  EXPECT_EQ(a.scope_id, "T0001");
  EXPECT_EQ(a.area, "workload");
  EXPECT_EQ(a.metric, "caseload_avg");
  EXPECT_EQ(a.title, "Recruit two social workers");
  EXPECT_EQ(a.description, "Advertise two permanent posts and cover with agency staff meanwhile");
  EXPECT_EQ(a.owner, "Head of children's social work");
  EXPECT_EQ(a.due, day("2027-03-31"));
  EXPECT_EQ(a.status, ActionStatus::kPlanned);
  EXPECT_EQ(a.agreed_period, "2026-Q3");
  EXPECT_TRUE(a.needs_decision);
  EXPECT_TRUE(a.notes.empty());
  EXPECT_EQ(found->changed_by, "cli:alice");
  EXPECT_EQ(found->changed_at.size(), 20u) << found->changed_at;  // 2026-12-02T11:00:00Z
}

TEST_F(ActionStoreTest, SecondActionGetsTheNextId) {
  ActionStore store(db());
  const auto first = store.add(recruit(), "a");
  Action other = recruit();
  other.scope_id = "council";
  const auto second = store.add(other, "a");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(second.id, first.id + 1);
  EXPECT_EQ(store.find(second.id)->action.scope_id, "council");
}

TEST_F(ActionStoreTest, RefusalsNameTheFieldAndStoreNothing) {
  ActionStore store(db());
  const auto refuse = [&](void (*spoil)(Action&), const std::string& expected) {
    Action a = recruit();
    spoil(a);
    const auto out = store.add(a, "a");
    EXPECT_EQ(out.error, expected);
  };
  refuse([](Action& a) { a.scope_id = "T9999"; },
         "unknown scope 'T9999': give a team id, a service (children, adults, other) or 'council'");
  refuse([](Action& a) { a.scope_id = "other"; },  // a service word, but no team has it
         "unknown scope 'other': give a team id, a service (children, adults, other) or 'council'");
  refuse([](Action& a) { a.area = "staffing"; },
         "unknown area 'staffing': give one of workload, allocation, tools, wellbeing, delivery");
  refuse([](Action& a) { a.metric = "caseload_mean"; },
         "unknown metric 'caseload_mean' (see 'healthcheck metrics' for the ids)");
  refuse([](Action& a) { a.metric = "sickness_rate"; },
         "metric 'sickness_rate' belongs to the area wellbeing, not workload");
  refuse([](Action& a) { a.title.clear(); }, "give a title: what will be done, in a few words");
  refuse([](Action& a) { a.owner.clear(); }, "give an owner: the person or role who will do it");
  refuse([](Action& a) { a.agreed_period = "2026-Q5"; }, "agreed period '2026-Q5': " + [] {
    std::string why;
    metrics::Period::parse("2026-Q5", &why);
    return why;
  }());
  EXPECT_TRUE(store.list().empty());
  EXPECT_TRUE(access::AuditLog(db()).since("2000-01-01").empty());
}

TEST_F(ActionStoreTest, ServiceScopeNeedsTeamsInThatService) {
  ActionStore store(db());
  Action a = recruit();
  a.scope_id = "adults";
  a.metric.clear();
  EXPECT_TRUE(store.add(a, "a").ok());
}

TEST_F(ActionStoreTest, UpdateChangesStatusAndDueAndKeepsDatedNotesInOrder) {
  ActionStore store(db());
  const int64_t id = store.add(recruit(), "cli:alice").id;
  ActionChange first;
  first.status = ActionStatus::kInProgress;
  first.note = "Two posts advertised";
  ASSERT_TRUE(store.update(id, first, "bob", day("2026-11-02")).ok());
  ActionChange second;
  second.due = day("2027-04-30");
  second.note = "Interviews moved to April";
  ASSERT_TRUE(store.update(id, second, "carol", day("2026-12-01")).ok());

  const auto found = store.find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->action.status, ActionStatus::kInProgress);
  EXPECT_EQ(found->action.due, day("2027-04-30"));
  EXPECT_EQ(found->changed_by, "carol");
  ASSERT_EQ(found->action.notes.size(), 2u);
  EXPECT_EQ(found->action.notes[0].date, day("2026-11-02"));
  EXPECT_EQ(found->action.notes[0].author, "bob");
  EXPECT_EQ(found->action.notes[0].text, "Two posts advertised");
  EXPECT_EQ(found->action.notes[1].date, day("2026-12-01"));
  EXPECT_EQ(found->action.notes[1].text, "Interviews moved to April");
}

TEST_F(ActionStoreTest, EveryChangeIsAuditedWithWhoAndWhat) {
  ActionStore store(db());
  const int64_t id = store.add(recruit(), "cli:alice").id;
  ActionChange change;
  change.status = ActionStatus::kDone;
  change.due = day("2027-01-15");
  change.note = "Both posts filled";
  store.update(id, change, "bob", day("2026-12-01"));
  const auto log = access::AuditLog(db()).since("2000-01-01");
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].actor, "cli:alice");
  EXPECT_EQ(log[0].action, "action-add");
  EXPECT_EQ(log[0].subject, "action " + std::to_string(id));
  EXPECT_EQ(log[0].detail,
            "T0001 workload/caseload_avg: Recruit two social workers; owner Head of children's social work; "
            "due 2027-03-31; agreed 2026-Q3");
  EXPECT_EQ(log[1].actor, "bob");
  EXPECT_EQ(log[1].action, "action-update");
  EXPECT_EQ(log[1].detail, "status planned -> done; due 2027-03-31 -> 2027-01-15; note added");
}

TEST_F(ActionStoreTest, UpdateRefusesUnknownIdsAndEmptyChanges) {
  ActionStore store(db());
  const int64_t id = store.add(recruit(), "a").id;
  ActionChange done;
  done.status = ActionStatus::kDone;
  EXPECT_EQ(store.update(id + 40, done, "a", day("2026-12-01")).error,
            "there is no action " + std::to_string(id + 40) + " (see 'healthcheck action list')");
  EXPECT_EQ(store.update(id, ActionChange{}, "a", day("2026-12-01")).error,
            "nothing to change: give a status, a due date or a note");
  ActionChange same;
  same.status = ActionStatus::kPlanned;
  EXPECT_EQ(store.update(id, same, "a", day("2026-12-01")).error, "nothing changed: the action already reads so");
  EXPECT_EQ(access::AuditLog(db()).since("2000-01-01").size(), 1u) << "only the add";
}

TEST_F(ActionStoreTest, ListFiltersByScopeStatusPeriodAndOpenness) {
  ActionStore store(db());
  Action a = recruit();
  const int64_t t1 = store.add(a, "x").id;
  a.scope_id = "T0002";
  a.metric.clear();
  a.agreed_period = "2026-Q4";
  const int64_t t2 = store.add(a, "x").id;
  a.scope_id = "council";
  a.status = ActionStatus::kDone;
  const int64_t council = store.add(a, "x").id;

  const auto ids = [](const std::vector<StoredAction>& list) {
    std::vector<int64_t> out;
    for (const auto& s : list) out.push_back(s.action.id);
    return out;
  };
  // Ordered by scope id: "T0001" < "T0002" < "council" in byte order.
  EXPECT_EQ(ids(store.list()), (std::vector<int64_t>{t1, t2, council}));
  EXPECT_EQ(ids(store.list({"T0002", {}, "", false})), (std::vector<int64_t>{t2}));
  EXPECT_EQ(ids(store.list({"", ActionStatus::kDone, "", false})), (std::vector<int64_t>{council}));
  EXPECT_EQ(ids(store.list({"", {}, "2026-Q4", false})), (std::vector<int64_t>{t2, council}));
  EXPECT_EQ(ids(store.list({"", {}, "", true})), (std::vector<int64_t>{t1, t2}));
}

}  // namespace
}  // namespace hc::actions
