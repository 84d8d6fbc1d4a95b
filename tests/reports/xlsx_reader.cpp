#include "xlsx_reader.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cstdio>
#include <memory>

#include "support/test_files.h"

namespace hc::reports::testing {
namespace {

// Prints the workbook as JSON. Kept beside the reader: the C++ side
// depends on exactly these keys.
const char kDumper[] = R"PY(
import json, re, sys, zipfile
import xml.dom.minidom
try:
    import openpyxl
except ImportError:
    print(json.dumps({"error": "python3-openpyxl is missing: run scripts/install-deps --test"}))
    sys.exit(0)
path = sys.argv[1]
out = {"sheets": {}, "sheet_names": [], "properties": {}, "formula_elements": 0, "xml_well_formed": True}
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            data = z.read(name)
            try:
                xml.dom.minidom.parseString(data)
            except Exception as e:
                out["xml_well_formed"] = False
                out.setdefault("xml_errors", []).append(name + ": " + str(e))
            if name.startswith("xl/worksheets/"):
                out["formula_elements"] += len(re.findall(rb"<f[ >]", data))
wb = openpyxl.load_workbook(path)
out["sheet_names"] = wb.sheetnames
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cell = {"type": c.data_type, "text": str(c.value), "number_format": c.number_format}
            if c.data_type == "n":
                cell["number"] = float(c.value)
            cells[c.coordinate] = cell
    rules = sum(len(r.rules) for r in ws.conditional_formatting)
    out["sheets"][ws.title] = {
        "cells": cells,
        "freeze_panes": ws.freeze_panes or "",
        "auto_filter": ws.auto_filter.ref or "",
        "charts": len(ws._charts),
        "conditional_rules": rules,
        "merged": [str(r) for r in ws.merged_cells.ranges],
        "orientation": ws.page_setup.orientation or "",
        "paper_size": int(ws.page_setup.paperSize or 0),
        "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        "fit_to_width": int(ws.page_setup.fitToWidth if ws.page_setup.fitToWidth is not None else 1),
        "fit_to_height": int(ws.page_setup.fitToHeight if ws.page_setup.fitToHeight is not None else 1),
        "print_title_rows": ws.print_title_rows or "",
        "print_title_cols": ws.print_title_cols or "",
        "footer": (ws.oddFooter.left.text or "") + "|" + (ws.oddFooter.center.text or "") + "|" + (ws.oddFooter.right.text or ""),
        "row_heights": {str(k): float(v.height) for k, v in ws.row_dimensions.items() if v.height},
    }
p = wb.properties
for key in ("title", "subject", "creator", "keywords", "description", "category"):
    out["properties"][key] = getattr(p, key) or ""
print(json.dumps(out))
)PY";

std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return "";
  std::string output;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) output.append(buf, n);
  return output;
}

std::string str(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  return o->has(key) ? o->getValue<std::string>(key) : "";
}

}  // namespace

XlsxWorkbook readXlsx(const std::string& path) {
  XlsxWorkbook wb;
  const std::string dir = hc::testing::makeTempDir("hc-xlsx-reader");
  const std::string script = dir + "/dump.py";
  hc::testing::writeFile(script, kDumper);
  const std::string output = run("/usr/bin/python3 '" + script + "' '" + path + "' 2>&1");
  std::remove(script.c_str());
  std::remove(dir.c_str());
  Poco::JSON::Object::Ptr root;
  try {
    root = Poco::JSON::Parser().parse(output).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    wb.error = "cannot read " + path + " with /usr/bin/python3 and openpyxl: " + output;
    return wb;
  }
  if (root->has("error")) {
    wb.error = str(root, "error");
    return wb;
  }
  for (const auto& name : *root->getArray("sheet_names")) wb.sheet_names.push_back(name.convert<std::string>());
  auto sheets = root->getObject("sheets");
  for (const auto& [name, value] : *sheets) {
    auto s = value.extract<Poco::JSON::Object::Ptr>();
    XlsxSheet sheet;
    for (const auto& [ref, c] : *s->getObject("cells")) {
      auto o = c.extract<Poco::JSON::Object::Ptr>();
      XlsxCell cell;
      cell.type = str(o, "type");
      cell.text = str(o, "text");
      cell.number_format = str(o, "number_format");
      if (o->has("number")) cell.number = o->getValue<double>("number");
      sheet.cells[ref] = cell;
    }
    sheet.freeze_panes = str(s, "freeze_panes");
    sheet.auto_filter = str(s, "auto_filter");
    sheet.charts = s->getValue<int>("charts");
    sheet.conditional_rules = s->getValue<int>("conditional_rules");
    for (const auto& m : *s->getArray("merged")) sheet.merged.push_back(m.convert<std::string>());
    sheet.orientation = str(s, "orientation");
    sheet.paper_size = s->getValue<int>("paper_size");
    sheet.fit_to_page = s->getValue<bool>("fit_to_page");
    sheet.fit_to_width = s->getValue<int>("fit_to_width");
    sheet.fit_to_height = s->getValue<int>("fit_to_height");
    sheet.print_title_rows = str(s, "print_title_rows");
    sheet.print_title_cols = str(s, "print_title_cols");
    sheet.footer = str(s, "footer");
    for (const auto& [row, height] : *s->getObject("row_heights")) sheet.row_heights[std::stoi(row)] = height.convert<double>();
    wb.sheets[name] = sheet;
  }
  for (const auto& [key, value] : *root->getObject("properties")) wb.properties[key] = value.convert<std::string>();
  wb.formula_elements = root->getValue<int>("formula_elements");
  wb.xml_well_formed = root->getValue<bool>("xml_well_formed");
  return wb;
}

}  // namespace hc::reports::testing
