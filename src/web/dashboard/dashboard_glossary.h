// The dashboard's glossary page: the words of art its pages use (area
// score, attention order, funnel plot, special cause, statistical
// neighbours, ...), from the members' report's glossary so both explain
// them alike.
//
// Thread-safety: pure function.
#ifndef HC_WEB_DASHBOARD_GLOSSARY_H_
#define HC_WEB_DASHBOARD_GLOSSARY_H_

#include <string>
#include <string_view>

#include "html/html.h"

namespace hc::web::dashboard {

// The page's <main> contents: a heading and a description list, each term
// with an id ("glossary-funnel-plot") that other pages link to.
html::Html glossaryHtml();

// The id of a term's entry: glossaryId("Funnel plot") == "glossary-funnel-plot".
std::string glossaryId(std::string_view term);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_GLOSSARY_H_
