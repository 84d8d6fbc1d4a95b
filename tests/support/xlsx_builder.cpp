#include "support/xlsx_builder.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <fstream>
#include <sstream>

#include "core/date.h"
#include "xlsx/cell.h"

namespace hc::testing {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

XlsxBuilder& XlsxBuilder::sheet(const std::string& name, const Rows& rows) {
  sheets_.emplace_back(name, rows);
  return *this;
}

std::string XlsxBuilder::sheetXml(const Rows& rows) const {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  for (size_t r = 0; r < rows.size(); ++r) {
    xml += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c) {
      std::string v = rows[r][c];
      if (v.empty()) continue;
      const std::string ref = xlsx::columnLetters(c) + std::to_string(r + 1);
      std::string formula;
      if (v[0] == '=') {
        formula = "<f>SOMETHING()</f>";
        v = v.substr(1);
        if (v.empty()) {
          xml += "<c r=\"" + ref + "\">" + formula + "</c>";
          continue;
        }
        if (v[0] != '%' && v[0] != '@' && v[0] != '#') {
          xml += "<c r=\"" + ref + "\" t=\"str\">" + formula + "<v>" + escaped(v) + "</v></c>";
          continue;
        }
      }
      if (v[0] == '#') {
        xml += "<c r=\"" + ref + "\" t=\"e\">" + formula + "<v>" + escaped(v) + "</v></c>";
      } else if (v[0] == '%') {
        xml += "<c r=\"" + ref + "\">" + formula + "<v>" + v.substr(1) + "</v></c>";
      } else if (v[0] == '?') {
        xml += "<c r=\"" + ref + "\" t=\"b\"><v>" + v.substr(1) + "</v></c>";
      } else if (v[0] == '~') {
        xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(v.substr(1)) +
               "</t></is></c>";
      } else if (v[0] == '@') {
        std::string style = "1";
        v = v.substr(1);
        if (v.compare(0, 3, "14:") == 0) {
          style = "2";
          v = v.substr(3);
        }
        const Date day = *Date::parse(v);
        const int serial = date1904_ ? day - Date::fromCivil(1904, 1, 1) : day - Date::fromCivil(1899, 12, 30);
        xml += "<c r=\"" + ref + "\" s=\"" + style + "\">" + formula + "<v>" + std::to_string(serial) + "</v></c>";
      } else {
        strings_.push_back(v);
        xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(strings_.size() - 1) + "</v></c>";
      }
    }
    xml += "</row>";
  }
  return xml + "</sheetData></worksheet>";
}

void XlsxBuilder::write(const std::string& path) const {
  strings_.clear();
  std::vector<std::pair<std::string, std::string>> parts;
  std::string workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr" +
      std::string(date1904_ ? " date1904=\"1\"" : "") + "/><sheets>";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdT\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>";
  for (size_t i = 0; i < sheets_.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook += "<sheet name=\"" + escaped(sheets_[i].first) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.emplace_back("xl/worksheets/sheet" + n + ".xml", sheetXml(sheets_[i].second));
  }
  parts.emplace_back("xl/workbook.xml", workbook + "</sheets></workbook>");
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  parts.emplace_back("xl/styles.xml",
                     "<?xml version=\"1.0\"?><styleSheet "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
                     "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                     "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                     "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>"
                     "</styleSheet>");
  std::string sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const std::string& s : strings_) sst += "<si><t xml:space=\"preserve\">" + escaped(s) + "</t></si>";
  parts.emplace_back("xl/sharedStrings.xml", sst + "</sst>");
  writeZip(path, parts);
}

void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, contents] : parts) {
    std::istringstream in(contents);
    zip.addFile(in, Poco::DateTime(2025, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
}

}  // namespace hc::testing
