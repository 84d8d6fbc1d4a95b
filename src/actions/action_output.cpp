#include "actions/action_output.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "metrics/output.h"

namespace hc::actions {

void writeActionsText(std::ostream& out, const std::vector<StoredAction>& actions, Date today) {
  if (actions.empty()) {
    out << "No actions match.\n";
    return;
  }
  for (const StoredAction& s : actions) {
    const Action& a = s.action;
    out << "#" << a.id << "  " << a.scope_id << " " << a.area << (a.metric.empty() ? "" : " (" + a.metric + ")")
        << "  " << name(a.status) << "  due " << a.due.iso() << (a.overdue(today) ? "  OVERDUE" : "")
        << (a.needs_decision ? "  needs a decision by members" : "") << "\n";
    out << "    " << a.title << "; owner: " << a.owner << (a.owner_email.empty() ? "" : " <" + a.owner_email + ">")
        << "; agreed " << a.agreed_period << "\n";
    if (!a.description.empty()) out << "    " << a.description << "\n";
    for (const ActionNote& n : a.notes) out << "    " << n.date.iso() << " " << n.author << ": " << n.text << "\n";
  }
}

void writeActionsJson(std::ostream& out, const std::vector<StoredAction>& actions, Date today) {
  Poco::JSON::Array list;
  for (const StoredAction& s : actions) {
    const Action& a = s.action;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", static_cast<Poco::Int64>(a.id));
    o->set("scope", a.scope_id);
    o->set("area", a.area);
    if (a.metric.empty()) o->set("metric", Poco::Dynamic::Var());
    else o->set("metric", a.metric);
    o->set("title", a.title);
    o->set("description", a.description);
    o->set("owner", a.owner);
    if (a.owner_email.empty()) o->set("owner_email", Poco::Dynamic::Var());
    else o->set("owner_email", a.owner_email);
    o->set("due", a.due.iso());
    o->set("status", std::string(name(a.status)));
    o->set("overdue", a.overdue(today));
    o->set("agreed_period", a.agreed_period);
    o->set("needs_decision", a.needs_decision);
    o->set("changed_by", s.changed_by);
    o->set("changed_at", s.changed_at);
    Poco::JSON::Array notes;
    for (const ActionNote& n : a.notes) {
      Poco::JSON::Object::Ptr note = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
      note->set("date", n.date.iso());
      note->set("author", n.author);
      note->set("text", n.text);
      notes.add(note);
    }
    o->set("notes", notes);
    list.add(o);
  }
  list.stringify(out, 2);
  out << "\n";
}

void writeActionsCsv(std::ostream& out, const std::vector<StoredAction>& actions, Date today) {
  out << "id,scope,area,metric,title,description,owner,due,status,overdue,agreed_period,needs_decision,changed_by,"
         "changed_at,latest_note\n";
  for (const StoredAction& s : actions) {
    const Action& a = s.action;
    out << a.id;
    for (const std::string* text : {&a.scope_id, &a.area, &a.metric, &a.title, &a.description, &a.owner}) {
      out << ',';
      metrics::writeCsvText(out, *text);
    }
    out << ',' << a.due.iso() << ',' << name(a.status) << ',' << (a.overdue(today) ? "yes" : "no") << ',';
    metrics::writeCsvText(out, a.agreed_period);
    out << ',' << (a.needs_decision ? "yes" : "no") << ',';
    metrics::writeCsvText(out, s.changed_by);
    out << ',' << s.changed_at << ',';
    if (!a.notes.empty()) metrics::writeCsvText(out, a.notes.back().date.iso() + " " + a.notes.back().text);
    out << "\n";
  }
}

}  // namespace hc::actions
