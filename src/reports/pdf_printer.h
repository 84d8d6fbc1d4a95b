// Printing the members' report to PDF with a headless Chromium, when one is
// installed: the HTML's print stylesheet (A4, page breaks) does the layout,
// so the PDF is exactly what "Print" in a browser gives.
//
// Thread-safety: each call runs its own browser process with its own
// profile folder; concurrent calls are safe.
#ifndef HC_REPORTS_PDF_PRINTER_H_
#define HC_REPORTS_PDF_PRINTER_H_

#include <string>

namespace hc::reports {

// The first of chromium, chromium-browser, google-chrome on PATH, or ""
// when there is none.
std::string findChromium();

// Prints the HTML file `html_path` to `pdf_path` with `chromium` (a path
// from findChromium()). Throws std::runtime_error when Chromium fails or
// writes no PDF.
void printToPdf(const std::string& chromium, const std::string& html_path, const std::string& pdf_path);

// The HTML document `html` printed to PDF, as bytes: written to a
// temporary folder of its own for Chromium, which is removed after. Throws
// as printToPdf.
std::string printHtmlToPdf(const std::string& chromium, const std::string& html);

}  // namespace hc::reports

#endif  // HC_REPORTS_PDF_PRINTER_H_
