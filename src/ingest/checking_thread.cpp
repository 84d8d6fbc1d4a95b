#include "ingest/checking_thread.h"

#include <utility>

namespace hc::ingest {
namespace {

// A batch's size: large enough that handing it over costs nothing beside
// its rows, small enough that the first rows are stored at once.
constexpr size_t kBatchRows = 4096;
constexpr size_t kBatchBytes = size_t(4) << 20;
constexpr size_t kBatches = 3;

}  // namespace

CheckingThread::CheckingThread(RowSource& source, const RowShape& shape, RowImport& rows)
    : source_(source), shape_(shape), rows_(rows) {
  for (size_t i = 0; i < kBatches; ++i) {
    batches_.push_back(std::make_unique<RowBatch>());
    empty_.push_back(batches_.back().get());
  }
  thread_ = std::thread([this] { run(); });
}

CheckingThread::~CheckingThread() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

RowBatch* CheckingThread::next() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (lent_) {
    empty_.push_back(lent_);
    lent_ = nullptr;
    changed_.notify_all();
  }
  changed_.wait(lock, [this] { return !checked_.empty() || finished_; });
  if (!checked_.empty()) {
    lent_ = checked_.front();
    checked_.pop_front();
    return lent_;
  }
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  return nullptr;
}

void CheckingThread::run() {
  for (;;) {
    RowBatch* batch = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return !empty_.empty() || stopping_; });
      if (stopping_) return;
      batch = empty_.back();
      empty_.pop_back();
    }
    bool more = false;
    std::exception_ptr failure;
    try {
      more = fill(*batch);
      check(*batch);
    } catch (...) {
      failure = std::current_exception();
      more = false;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // A batch that failed half way is not handed over: nothing of it is stored.
      if (batch->size_ > 0 && !failure) checked_.push_back(batch); else empty_.push_back(batch);
      failure_ = std::move(failure);  // the storing thread holds the only reference
      finished_ = !more;
    }
    changed_.notify_all();
    if (!more) return;
  }
}

bool CheckingThread::fill(RowBatch& batch) {
  batch.size_ = 0;
  batch.bytes_.clear();
  batch.spans_.clear();
  bool more = true;
  while (batch.size_ < kBatchRows && batch.bytes_.size() < kBatchBytes) {
    if (!source_.next(record_)) {
      more = false;
      break;
    }
    if (batch.rows_.size() == batch.size_) batch.rows_.emplace_back();
    CsvRecord& copy = batch.rows_[batch.size_++].record;
    copy.line = record_.line;
    copy.problem = record_.problem;
    copy.problem_field = record_.problem_field;
    copy.fields.resize(record_.fields.size());
    // A field is most often a slice of the raw text (unquoted, or quoted
    // without a doubled quote), so it costs no bytes of its own.
    const size_t raw_at = batch.bytes_.size();
    const char* raw = record_.raw.data();
    batch.bytes_.append(record_.raw);
    batch.spans_.push_back({raw_at, record_.raw.size()});
    for (std::string_view field : record_.fields) {
      if (!field.empty() && raw && field.data() >= raw && field.data() + field.size() <= raw + record_.raw.size()) {
        batch.spans_.push_back({raw_at + static_cast<size_t>(field.data() - raw), field.size()});
      } else {
        batch.spans_.push_back({batch.bytes_.size(), field.size()});
        batch.bytes_.append(field);
      }
    }
  }
  // The bytes are all in place: the views can point into them now.
  const char* bytes = batch.bytes_.data();
  size_t span = 0;
  for (size_t r = 0; r < batch.size_; ++r) {
    CsvRecord& copy = batch.rows_[r].record;
    copy.raw = std::string_view(bytes + batch.spans_[span].offset, batch.spans_[span].size);
    ++span;
    for (std::string_view& field : copy.fields) {
      field = std::string_view(bytes + batch.spans_[span].offset, batch.spans_[span].size);
      ++span;
    }
  }
  return more;
}

void CheckingThread::check(RowBatch& batch) {
  for (size_t r = 0; r < batch.size_; ++r) {
    CheckedRow& row = batch.rows_[r];
    row.findings.clear();
    if (shape_.repeatsHeader(row.record)) {
      row.findings.push_back(Diagnostic{source_.name(), row.record.line, "",
                                        "this line repeats the header: the export looks pasted twice"});
      row.checked = false;
    } else {
      row.checked = shape_.check(row.record, source_.name(), row.findings) && rows_.check(row);
    }
  }
}

}  // namespace hc::ingest
