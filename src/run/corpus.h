// Runs over every document of a list of inputs, keeping the account that
// every run prints at its end: documents read = coded + empty + rejected +
// duplicates + skipped (not English) (internal; used by every command that
// reads documents).
// Not thread-safe: one Corpus per run.
#ifndef DYAD_SRC_RUN_CORPUS_H_
#define DYAD_SRC_RUN_CORPUS_H_

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "ingest/filter.h"

namespace dyad {

class Corpus {
 public:
  explicit Corpus(ReadOptions options) : options_(std::move(options)), filter_(options_) {}

  // Reads every input in order and hands each document to `fn`, except
  // duplicates and non-English documents (see ingest/filter.h), which are
  // counted here. The caller counts the others with CountCoded. Inputs that cannot be opened are recorded
  // and skipped.
  void ForEach(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& fn);

  // Counts a document as coded (it had text) or empty.
  void CountCoded(bool had_content) { had_content ? ++coded_ : ++empty_; }
  void CountEvents(uint64_t n) { events_ += n; }
  void CountSentences(uint64_t n) { sentences_ += n; }
  const ReadReport& report() const { return report_; }
  ReadReport* mutable_report() { return &report_; }
  uint64_t coded() const { return coded_; }
  uint64_t empty() const { return empty_; }
  bool failed_inputs() const { return failed_inputs_ > 0; }

  // The end-of-run summary (multi-line when there are problems).
  void PrintSummary(FILE* out, const char* verb = "coded") const;
  void ReportEvents() { count_events_ = true; }
  // Exit status: 0 when all went well, 1 when any input or record was bad.
  int ExitCode() const { return (failed_inputs_ > 0 || report_.rejected > 0) ? 1 : 0; }

 private:
  ReadOptions options_;
  ingest::DocumentFilter filter_;
  ReadReport report_;
  uint64_t coded_ = 0, empty_ = 0, failed_inputs_ = 0, events_ = 0;
  bool count_events_ = false;
  uint64_t sentences_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SRC_RUN_CORPUS_H_
