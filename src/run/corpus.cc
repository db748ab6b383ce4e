#include "run/corpus.h"

#include <map>

#include "ingest/readers.h"

namespace dyad {

void Corpus::ForEach(const std::vector<std::string>& inputs,
                     const std::function<void(Document&&)>& fn) {
  const DocumentSink admitted = [&](Document&& d) {
    if (filter_.Admit(d, &report_)) fn(std::move(d));
  };
  for (const std::string& in : inputs) {
    Status st = ReadDocuments(in, options_, admitted, &report_);
    if (!st.ok()) {
      ++failed_inputs_;
      report_.problems.push_back({in, 0, ingest::WithoutPrefix(st.message(), in), true});
    }
  }
}

void Corpus::PrintSummary(FILE* out, const char* verb) const {
  std::fprintf(out, "dyad: %llu documents read, %llu %s, %llu empty, %llu rejected",
               static_cast<unsigned long long>(report_.documents_read),
               static_cast<unsigned long long>(coded_), verb,
               static_cast<unsigned long long>(empty_),
               static_cast<unsigned long long>(report_.rejected));
  if (report_.duplicates) {
    std::fprintf(out, ", %llu duplicates", static_cast<unsigned long long>(report_.duplicates));
  }
  if (report_.skipped_language) {
    std::fprintf(out, ", %llu skipped (not English)",
                 static_cast<unsigned long long>(report_.skipped_language));
  }
  if (report_.repaired_utf8) {
    std::fprintf(out, ", %llu repaired (invalid UTF-8)",
                 static_cast<unsigned long long>(report_.repaired_utf8));
  }
  if (sentences_) std::fprintf(out, ", %llu sentences", static_cast<unsigned long long>(sentences_));
  if (count_events_) std::fprintf(out, ", %llu events", static_cast<unsigned long long>(events_));
  if (report_.warc_garbage) {
    std::fprintf(out, ", %llu runs of non-WARC bytes skipped", static_cast<unsigned long long>(report_.warc_garbage));
  }
  if (report_.skipped_entries) {
    std::fprintf(out, ", %llu folder entries skipped", static_cast<unsigned long long>(report_.skipped_entries));
  }
  if (failed_inputs_) {
    std::fprintf(out, ", %llu inputs unreadable", static_cast<unsigned long long>(failed_inputs_));
  }
  std::fputc('\n', out);
  // Every problem, capped so a broken file does not flood the terminal; the
  // reasons are also counted so none is hidden.
  constexpr size_t kMaxListedByDefault = 20;
  const size_t max_listed = options_.list_all_problems ? report_.problems.size() : kMaxListedByDefault;
  std::map<std::string, uint64_t> by_reason;
  size_t listed = 0;
  for (const ReadProblem& p : report_.problems) {
    if (listed < max_listed) {
      if (p.line) {
        std::fprintf(out, "  %s: %s:%llu: %s\n", p.rejected ? "rejected" : "warning", p.file.c_str(),
                     static_cast<unsigned long long>(p.line), p.reason.c_str());
      } else {
        std::fprintf(out, "  %s: %s: %s\n", p.rejected ? "rejected" : "warning", p.file.c_str(),
                     p.reason.c_str());
      }
      ++listed;
    }
  }
  if (report_.problems.size() > max_listed) {
    std::fprintf(out, "  ... and %zu more problems (--all-problems lists them)\n",
                 report_.problems.size() - max_listed);
  }
}

}  // namespace dyad
