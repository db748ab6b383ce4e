// Codes documents in batches across a thread pool and hands each batch back
// in input order (internal to the run layer: CodeDocuments and
// IngestDocuments in dyad/run.h are built on it).
//
// Add() collects documents; when a batch is full (or at Flush()) every
// document is coded on the pool and `each(index, worker, doc, coded)` runs on
// the worker thread (index into the batch; the CodedDocument belongs to that
// worker and is reused), then `done(batch)` runs on the calling thread with
// the documents in input order. With more than one thread a full batch is
// coded while the caller reads the next one (reading is then no longer a
// serial step); `done` for a batch always runs before the next batch's
// `each`. Flush() returns when every document added has been handed to
// `done`. An optional `select(batch, &skip)` runs on the calling thread just
// before a batch is coded (after `done` of the previous one) and marks the
// documents not to code (skip[i] != 0): they get no `each` and are still
// handed to `done` in their place. Not thread-safe: call from one thread.
#ifndef DYAD_SRC_RUN_BATCH_RUNNER_H_
#define DYAD_SRC_RUN_BATCH_RUNNER_H_

#include <functional>
#include <thread>
#include <utility>
#include <vector>

#include "core/thread_pool.h"
#include "dyad/coder.h"

namespace dyad::run {

class BatchRunner {
 public:
  using Each = std::function<void(size_t index, unsigned worker, const Document& doc, const CodedDocument& coded)>;
  using Done = std::function<void(std::vector<Document>& batch)>;
  using Select = std::function<void(const std::vector<Document>& batch, std::vector<char>* skip)>;

  BatchRunner(const Coder& coder, unsigned threads, size_t batch_size, Each each, Done done, Select select = nullptr)
      : coder_(coder), pool_(threads), coded_(pool_.size()), batch_size_(batch_size ? batch_size : 1),
        each_(std::move(each)), done_(std::move(done)), select_(std::move(select)) {}

  // Size the caller's per-document or per-worker state by these.
  unsigned threads() const { return pool_.size(); }
  size_t batch_size() const { return batch_size_; }

  ~BatchRunner() { Wait(); }

  void Add(Document&& d) {
    batch_.push_back(std::move(d));
    if (batch_.size() >= batch_size_) Launch();
  }

  void Flush() {
    Launch();
    Wait();
  }

 private:
  // Hands the previous batch to `done`, then starts coding the current one:
  // on a driver thread when there are several workers, else right here.
  void Launch() {
    Wait();
    if (batch_.empty()) return;
    running_.swap(batch_);
    batch_.clear();
    skip_.assign(running_.size(), 0);
    if (select_) select_(running_, &skip_);
    auto code = [this] {
      pool_.ParallelFor(running_.size(), [&](size_t i, unsigned w) {
        if (skip_[i]) return;
        CodedDocument& c = coded_[w];
        coder_.Code(running_[i], &c);
        each_(i, w, running_[i], c);
      });
    };
    if (pool_.size() > 1) {
      driver_ = std::thread(code);
    } else {
      code();
    }
  }
  void Wait() {
    if (driver_.joinable()) driver_.join();
    if (running_.empty()) return;
    done_(running_);
    running_.clear();
  }

  const Coder& coder_;
  ThreadPool pool_;
  std::vector<CodedDocument> coded_;
  size_t batch_size_;
  Each each_;
  Done done_;
  Select select_;
  std::vector<char> skip_;         // of running_
  std::vector<Document> batch_;    // being read
  std::vector<Document> running_;  // being coded, until `done`
  std::thread driver_;
};

}  // namespace dyad::run

#endif  // DYAD_SRC_RUN_BATCH_RUNNER_H_
