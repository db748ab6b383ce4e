// A fixed set of worker threads that run one indexed job at a time
// (internal). ParallelFor blocks until every index is done; callers keep
// per-thread state indexed by the worker number they are given, so jobs share
// nothing mutable. ParallelFor itself must be called from one thread.
#ifndef DYAD_SRC_CORE_THREAD_POOL_H_
#define DYAD_SRC_CORE_THREAD_POOL_H_

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dyad {

class ThreadPool {
 public:
  explicit ThreadPool(unsigned threads);
  ~ThreadPool();
  unsigned size() const { return threads_; }
  // Runs fn(index, worker) for every index in [0, n); worker < size().
  void ParallelFor(size_t n, const std::function<void(size_t, unsigned)>& fn);

 private:
  void Work(unsigned worker);
  unsigned threads_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable start_cv_, done_cv_;
  const std::function<void(size_t, unsigned)>* job_ = nullptr;
  size_t n_ = 0;
  std::atomic<size_t> next_{0};
  unsigned running_ = 0;
  uint64_t generation_ = 0;
  bool stop_ = false;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_THREAD_POOL_H_
