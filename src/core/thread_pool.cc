#include "core/thread_pool.h"

namespace dyad {

ThreadPool::ThreadPool(unsigned threads) : threads_(threads == 0 ? 1 : threads) {
  // The calling thread is worker 0; the others wait for jobs.
  for (unsigned w = 1; w < threads_; ++w) workers_.emplace_back([this, w] { Work(w); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  start_cv_.notify_all();
  for (auto& t : workers_) t.join();
}

void ThreadPool::Work(unsigned worker) {
  uint64_t seen = 0;
  for (;;) {
    const std::function<void(size_t, unsigned)>* job;
    size_t n;
    {
      std::unique_lock<std::mutex> lock(mu_);
      start_cv_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      job = job_;
      n = n_;
    }
    for (size_t i = next_.fetch_add(1); i < n; i = next_.fetch_add(1)) (*job)(i, worker);
    std::lock_guard<std::mutex> lock(mu_);
    if (--running_ == 0) done_cv_.notify_one();
  }
}

void ThreadPool::ParallelFor(size_t n, const std::function<void(size_t, unsigned)>& fn) {
  if (threads_ == 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    job_ = &fn;
    n_ = n;
    next_.store(0);
    running_ = threads_ - 1;
    ++generation_;
  }
  start_cv_.notify_all();
  for (size_t i = next_.fetch_add(1); i < n; i = next_.fetch_add(1)) fn(i, 0);
  std::unique_lock<std::mutex> lock(mu_);
  done_cv_.wait(lock, [&] { return running_ == 0; });
}

}  // namespace dyad
