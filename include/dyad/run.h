// Runs over many documents: the one path that `dyad code`, `dyad ingest`,
// the server's POST /api/code and /api/ingest and the language bindings all
// take, so that the same documents give the same events and the same store
// rows whichever way they come in.
//
// A run reads its documents (input files, or documents already in memory),
// passes them through the duplicate and language filters, codes them in
// batches on a thread pool and hands them back in input order, while a
// Corpus keeps the account that every run reports at its end:
//   documents read = coded + empty + rejected + duplicates + skipped (not English)
//                    + already stored (an ingest's documents the store holds,
//                      found before coding and not coded again).
// CodeDocuments() is the coding run (the caller formats the events);
// IngestDocuments() also writes every batch to an event store, one
// transaction per batch.
//
// Ownership: the caller owns the Coder, the Corpus and the store, which must
// outlive the call. Nothing here prints: problems are in the Corpus's
// report, failures are a Status.
// Thread-safety: a Corpus and a run belong to one calling thread; the Coder
// is shared with the run's workers (it is immutable). Different runs may go
// on at once with different Corpus objects, and share one Coder.
#ifndef DYAD_RUN_H_
#define DYAD_RUN_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

// Where a run's documents come from: the input files first (paths, folders
// or "-", as ReadDocuments reads them), then documents already in memory
// (an API body, a Python list). Both go through the same filters.
struct RunInput {
  std::vector<std::string> paths;
  std::vector<Document> documents;
};

struct RunOptions {
  unsigned threads = 1;      // worker threads; 0: one per core
  size_t batch_size = 512;   // documents coded (and, for an ingest, stored) together
};

// The documents of one run and its account. Filters with the ReadOptions
// given (dedupe, english_only): a duplicate of an earlier document of the
// same run, or a document in another language, is counted and not handed on.
class Corpus {
 public:
  explicit Corpus(ReadOptions options);
  ~Corpus();
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;

  // Reads every input in order and hands each admitted document to `fn`.
  // Inputs that cannot be opened are recorded (failed_inputs) and skipped.
  void ForEach(const std::vector<std::string>& inputs, const DocumentSink& fn);
  // The same for documents already in memory: each is counted as read, then
  // filtered as a read one is.
  void ForEach(std::vector<Document> documents, const DocumentSink& fn);
  // Both, paths first.
  void ForEach(RunInput input, const DocumentSink& fn);

  // Counts a document as coded (it had text) or empty; CodeDocuments and
  // IngestDocuments count for themselves.
  void CountCoded(bool had_content) { had_content ? ++coded_ : ++empty_; }
  void CountEvents(uint64_t n) { events_ += n; }
  void CountSentences(uint64_t n) { sentences_ += n; }
  // Counts a document an ingest found in the store and did not code.
  void CountStored() { ++stored_; }
  // The summary gives the event count too.
  void ReportEvents() { count_events_ = true; }

  const ReadReport& report() const { return report_; }
  ReadReport* mutable_report() { return &report_; }
  uint64_t coded() const { return coded_; }
  uint64_t empty() const { return empty_; }
  uint64_t sentences() const { return sentences_; }
  uint64_t events() const { return events_; }
  uint64_t stored() const { return stored_; }
  bool failed_inputs() const { return failed_inputs_ > 0; }

  // The end-of-run account, "dyad: N documents read, ..." and one line per
  // problem (capped unless ReadOptions::list_all_problems), each line ending
  // in a newline. `verb` says what was done ("coded", "parsed").
  std::string Summary(const char* verb = "coded") const;
  // Exit status: 0 when all went well, 1 when any input or record was bad.
  int ExitCode() const { return (failed_inputs_ > 0 || report_.rejected > 0) ? 1 : 0; }

 private:
  struct Filter;  // ingest::DocumentFilter
  ReadOptions options_;
  std::unique_ptr<Filter> filter_;
  ReadReport report_;
  uint64_t coded_ = 0, empty_ = 0, failed_inputs_ = 0, events_ = 0, sentences_ = 0, stored_ = 0;
  bool count_events_ = false;
};

// Runs on a worker thread for each coded document, with the worker's
// CodedDocument (reused for its next document). `slot` is the document's
// place in its batch (0 to batch_size - 1): per-document results go in the
// caller's vectors at that index.
using CodedFn = std::function<void(size_t slot, const Document& doc, const CodedDocument& coded)>;
// Runs on the calling thread for each coded document, in input order, after
// the CodedFn of its whole batch.
using InOrderFn = std::function<void(size_t slot, const Document& doc)>;

// Codes every document `corpus` admits from `input`, and counts each one
// (coded or empty, sentences, events) in `corpus`. Either function may be
// null.
void CodeDocuments(const Coder& coder, RunInput input, const RunOptions& options, Corpus* corpus,
                   const CodedFn& each, const InOrderFn& in_order);

struct IngestOptions {
  RunOptions run;
  // After each batch is stored, on the calling thread: documents and events
  // so far, and an estimate of the input bytes they came from.
  std::function<void(uint64_t documents, uint64_t events, uint64_t bytes)> progress;
};

// Writes one batch of coded documents to a store, adding to `counts`.
using StoreBatchFn = std::function<Status(const std::vector<StoreDocument>& batch, AddCounts* counts)>;

// Which of a batch's document keys the store holds (EventStore::FindDocuments).
using StoredLookupFn = std::function<Status(const std::vector<std::string>& keys, std::vector<SkippedDocument>* found)>;

// Codes every document `corpus` admits from `input` and writes it, with its
// events, through `add`, one call (one transaction) per batch
// (IngestOptions::run.batch_size). Before a batch is coded, `lookup` (when
// not null) is asked for its documents' keys: a document the store holds is
// not coded and not given to `add`, and is counted as `add` counts one it
// skips (AddCounts::documents_skipped) and in corpus->stored(). Counts go to
// `counts` (added to what it holds) and to `corpus`; a document the store
// holds already, found either way, is named in the corpus's report as a
// warning, in input order. The first failure of `lookup` or `add` stops the
// writing (the rest is read only to be counted) and is returned.
Status IngestDocuments(const Coder& coder, const StoreBatchFn& add, const StoredLookupFn& lookup, RunInput input,
                       const IngestOptions& options, Corpus* corpus, AddCounts* counts);
// The same without a lookup: every document is coded, `add` skips the
// stored ones.
Status IngestDocuments(const Coder& coder, const StoreBatchFn& add, RunInput input, const IngestOptions& options,
                       Corpus* corpus, AddCounts* counts);
// The same into one store (EventStore::FindDocuments and EventStore::Add).
Status IngestDocuments(const Coder& coder, EventStore* store, RunInput input, const IngestOptions& options,
                       Corpus* corpus, AddCounts* counts);

// The readable forms of `dyad parse`, `dyad actors` and `dyad explain`, for
// the CLI and the language bindings alike; each appends to `out`.
// A document's analysis: one block per sentence (tokens, tags, lemmas,
// chunks, clauses), or one JSON object per sentence.
void AppendParseText(const Document& doc, const Analysis& analysis, std::string* out);
void AppendParseJsonl(const Document& doc, const Analysis& analysis, std::string* out);
// Every actor mention of a document coded by Coder::FindActors (or Code):
// one tab-separated line each, or one JSON object each when `jsonl`.
void AppendActorMentions(const Document& doc, const CodedDocument& coded, bool jsonl, std::string* out);
// The reasoning of a document coded with explain=true, sentence `sentence`
// only when it is 0 or more, else every sentence.
void AppendExplainText(const Document& doc, const CodedDocument& coded, int sentence, std::string* out);

// What RecodeStore does.
struct RecodeOptions {
  RunOptions run;
  // Recode every document, also those the current coder and data version
  // coded already (which are otherwise skipped: coding them again would
  // give the same events).
  bool all = false;
  // After each batch: documents looked at and recoded so far.
  std::function<void(uint64_t seen, uint64_t recoded)> progress;
};

struct RecodeCounts {
  uint64_t documents = 0;  // stored documents looked at
  uint64_t recoded = 0;    // coded again, their events replaced
  uint64_t current = 0;    // already coded by this coder and data version: skipped
  uint64_t mentions = 0;   // the events the recoded documents report now
};

// Codes the stored documents again with `coder`, from the text the store
// keeps, and replaces their events (EventStore::Replace), one transaction
// per batch. Documents are not filtered again: the store holds only what an
// ingest admitted.
Status RecodeStore(const Coder& coder, EventStore* store, const RecodeOptions& options, RecodeCounts* counts);

}  // namespace dyad

#endif  // DYAD_RUN_H_
