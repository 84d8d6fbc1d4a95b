// CheckingThread: reads an import's data rows and checks them (their shape
// against the header, then RowImport::check) on a thread of its own, and
// hands them to the database's thread in batches, in file order. Reading
// and checking are a third of a visits file's import; beside the storing,
// they are off its path.
//
// Each batch holds a copy of its rows' bytes, so that a row's fields (and
// the values check() read from them) stay valid however far the reader has
// gone on. There are three batches (one being read, one waiting, one being
// stored), so memory stays flat however long the file is.
//
// Example (import_run.cpp):
//   CheckingThread checking(source, shape, rows);
//   while (RowBatch* batch = checking.next())
//     for (size_t i = 0; i < batch->size(); ++i) store((*batch)[i]);
//   // then source.error() says whether reading stopped early
//
// Thread-safety: next() and the destructor on one thread. Until next()
// returns nullptr or the object is destroyed, the source, the shape and
// RowImport::check are used on the checking thread and nowhere else.
#ifndef HC_INGEST_CHECKING_THREAD_H_
#define HC_INGEST_CHECKING_THREAD_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/import_run.h"
#include "ingest/row_shape.h"
#include "ingest/row_source.h"

namespace hc::ingest {

// Consecutive rows of a source, checked, with the bytes their views point to.
class RowBatch {
 public:
  size_t size() const { return size_; }
  CheckedRow& operator[](size_t i) { return rows_[i]; }

 private:
  friend class CheckingThread;
  struct Span {
    size_t offset, size;
  };

  std::vector<CheckedRow> rows_;  // the first size_ are this batch's; the rest keep their capacity
  size_t size_ = 0;
  std::string bytes_;        // each row's raw text, then any field that is not a slice of it
  std::vector<Span> spans_;  // per row: its raw text, then each field
};

class CheckingThread {
 public:
  // Starts reading `source`, whose header has been read, on a thread of its own.
  CheckingThread(RowSource& source, const RowShape& shape, RowImport& rows);
  // Stops the thread, at the end of the batch it is on.
  ~CheckingThread();
  CheckingThread(const CheckingThread&) = delete;
  CheckingThread& operator=(const CheckingThread&) = delete;

  // The next batch, valid until the next call; nullptr once every row
  // read has been handed over. Rethrows what check() threw.
  RowBatch* next();

 private:
  void run();
  bool fill(RowBatch& batch);  // false: the source has no more rows
  void check(RowBatch& batch);

  RowSource& source_;
  const RowShape& shape_;
  RowImport& rows_;
  CsvRecord record_;  // the checking thread's

  std::vector<std::unique_ptr<RowBatch>> batches_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<RowBatch*> empty_;  // guarded by mutex_, like the four below
  std::deque<RowBatch*> checked_;
  RowBatch* lent_ = nullptr;  // the batch next() last returned
  bool finished_ = false;     // the thread has handed over its last batch
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::thread thread_;  // last: starts once the rest is built
};

}  // namespace hc::ingest

#endif  // HC_INGEST_CHECKING_THREAD_H_
