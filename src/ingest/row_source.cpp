#include "ingest/row_source.h"

#include <filesystem>

namespace hc::ingest {

CsvRowSource::CsvRowSource(const std::string& path)
    : reader_(path), name_(std::filesystem::path(path).filename().string()) {}

}  // namespace hc::ingest
