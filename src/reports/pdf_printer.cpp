#include "reports/pdf_printer.h"

#include <Poco/Environment.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>
#include <Poco/URI.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace hc::reports {

std::string findChromium() {
  const std::string path = Poco::Environment::get("PATH", "/usr/local/bin:/usr/bin:/bin");
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    Poco::Path found;
    if (Poco::Path::find(path, name, found)) return found.toString();
  }
  return "";
}

void printToPdf(const std::string& chromium, const std::string& html_path, const std::string& pdf_path) {
  Poco::URI url;
  url.setScheme("file");
  url.setPath(Poco::Path(html_path).absolute().toString());
  const std::string pdf = Poco::Path(pdf_path).absolute().toString();
  // A PDF left from an earlier run must not pass for this one.
  if (Poco::File(pdf).exists()) Poco::File(pdf).remove();

  // A profile of its own: a running browser's profile would be locked.
  Poco::TemporaryFile profile;
  profile.createDirectories();
  std::vector<std::string> args = {"--headless", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                                   "--user-data-dir=" + profile.path(), "--print-to-pdf=" + pdf};
  // Chromium refuses to run as root inside its sandbox (containers, CI).
  // The page is our own escaped HTML with no script, so the sandbox buys
  // little there.
  if (geteuid() == 0) args.push_back("--no-sandbox");
  args.push_back(url.toString());

  // Chromium's chatter goes to a pipe: shown only if printing fails.
  Poco::Pipe output;
  Poco::ProcessHandle process = Poco::Process::launch(chromium, args, nullptr, &output, &output);
  Poco::PipeInputStream stream(output);
  std::ostringstream log;
  Poco::StreamCopier::copyStream(stream, log);
  const int status = process.wait();
  if (status != 0 || !Poco::File(pdf).exists() || Poco::File(pdf).getSize() == 0) {
    throw std::runtime_error("printing " + html_path + " to PDF with " + chromium + " failed (exit status " +
                             std::to_string(status) + "): " + log.str());
  }
}

std::string printHtmlToPdf(const std::string& chromium, const std::string& html) {
  char folder_template[] = "/tmp/hc-report-pdf-XXXXXX";
  const char* folder = mkdtemp(folder_template);
  if (!folder) throw std::runtime_error("printing to PDF: cannot make a temporary folder");
  const std::string html_path = std::string(folder) + "/report.html", pdf_path = std::string(folder) + "/report.pdf";
  std::string pdf;
  try {
    std::ofstream(html_path, std::ios::binary) << html;
    printToPdf(chromium, html_path, pdf_path);
    std::ifstream in(pdf_path, std::ios::binary);
    pdf.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (...) {
    std::filesystem::remove_all(folder);
    throw;
  }
  std::filesystem::remove_all(folder);
  return pdf;
}

}  // namespace hc::reports
