// WorkerPool: the threads that run requests once they have arrived whole,
// with a bounded queue in front. A full queue refuses at once (the caller
// answers 503) rather than letting waiting requests pile up without end.
//
// Example:
//   WorkerPool pool(32, 1024);
//   if (!pool.submit([] { handle(); })) answer 503;
//   pool.stop();  // runs nothing more; waits for the tasks running
//
// Thread-safety: submit() from any thread; stop() once, from one thread.
#ifndef HC_WEB_HTTP_WORKER_POOL_H_
#define HC_WEB_HTTP_WORKER_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hc::web::http {

class WorkerPool {
 public:
  WorkerPool(int threads, size_t max_queued);
  ~WorkerPool() { stop(); }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // False when the queue is full or the pool stopped: the task will not run.
  bool submit(std::function<void()> task);
  // Drops the tasks still queued and waits for those running.
  void stop();

 private:
  void run();

  const size_t max_queued_;
  std::mutex mutex_;  // guards queue_ and stopping_
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_WORKER_POOL_H_
