// The run layer: the Corpus account, and the coding and ingest runs that
// every caller (CLI, server, bindings) goes through (dyad/run.h).
#include "dyad/run.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>
#include <utility>

#include "ingest/filter.h"
#include "ingest/readers.h"
#include "run/batch_runner.h"

namespace dyad {

struct Corpus::Filter : ingest::DocumentFilter {
  using ingest::DocumentFilter::DocumentFilter;
};

Corpus::Corpus(ReadOptions options) : options_(std::move(options)), filter_(std::make_unique<Filter>(options_)) {}
Corpus::~Corpus() = default;

void Corpus::ForEach(const std::vector<std::string>& inputs, const DocumentSink& fn) {
  const DocumentSink admitted = [&](Document&& d) {
    if (filter_->Admit(d, &report_)) fn(std::move(d));
  };
  for (const std::string& in : inputs) {
    Status st = ReadDocuments(in, options_, admitted, &report_);
    if (!st.ok()) {
      ++failed_inputs_;
      report_.problems.push_back({in, 0, ingest::WithoutPrefix(st.message(), in), true});
    }
  }
}

void Corpus::ForEach(std::vector<Document> documents, const DocumentSink& fn) {
  for (Document& d : documents) {
    // What a reader counts for a record it hands on.
    ++report_.documents_read;
    ++report_.documents_passed;
    if (filter_->Admit(d, &report_)) fn(std::move(d));
  }
}

void Corpus::ForEach(RunInput input, const DocumentSink& fn) {
  ForEach(input.paths, fn);
  ForEach(std::move(input.documents), fn);
}

namespace {

// Appends printf-style text to a string (the summary used to be printed as
// it was made, with the same formats).
template <typename... Args>
void Appendf(std::string* out, const char* format, Args... args) {
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, format, args...);
  if (n < 0) return;
  if (static_cast<size_t>(n) < sizeof buf) {
    out->append(buf, static_cast<size_t>(n));
    return;
  }
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), format, args...);
  big.pop_back();
  out->append(big);
}

}  // namespace

std::string Corpus::Summary(const char* verb) const {
  std::string s;
  std::string* out = &s;
  Appendf(out, "dyad: %llu documents read, %llu %s, %llu empty, %llu rejected",
               static_cast<unsigned long long>(report_.documents_read),
               static_cast<unsigned long long>(coded_), verb,
               static_cast<unsigned long long>(empty_),
               static_cast<unsigned long long>(report_.rejected));
  if (report_.duplicates) {
    Appendf(out, ", %llu duplicates", static_cast<unsigned long long>(report_.duplicates));
  }
  if (stored_) Appendf(out, ", %llu already stored", static_cast<unsigned long long>(stored_));
  if (report_.skipped_language) {
    Appendf(out, ", %llu skipped (not English)",
                 static_cast<unsigned long long>(report_.skipped_language));
  }
  if (report_.repaired_utf8) {
    Appendf(out, ", %llu repaired (invalid UTF-8)",
                 static_cast<unsigned long long>(report_.repaired_utf8));
  }
  if (sentences_) Appendf(out, ", %llu sentences", static_cast<unsigned long long>(sentences_));
  if (count_events_) Appendf(out, ", %llu events", static_cast<unsigned long long>(events_));
  if (report_.warc_garbage) {
    Appendf(out, ", %llu runs of non-WARC bytes skipped", static_cast<unsigned long long>(report_.warc_garbage));
  }
  if (report_.skipped_entries) {
    Appendf(out, ", %llu folder entries skipped", static_cast<unsigned long long>(report_.skipped_entries));
  }
  if (failed_inputs_) {
    Appendf(out, ", %llu inputs unreadable", static_cast<unsigned long long>(failed_inputs_));
  }
  out->push_back('\n');
  // Every problem, capped so a broken file does not flood the terminal; the
  // reasons are also counted so none is hidden.
  constexpr size_t kMaxListedByDefault = 20;
  const size_t max_listed = options_.list_all_problems ? report_.problems.size() : kMaxListedByDefault;
  std::map<std::string, uint64_t> by_reason;
  size_t listed = 0;
  for (const ReadProblem& p : report_.problems) {
    if (listed < max_listed) {
      if (p.line) {
        Appendf(out, "  %s: %s:%llu: %s\n", p.rejected ? "rejected" : "warning", p.file.c_str(),
                     static_cast<unsigned long long>(p.line), p.reason.c_str());
      } else {
        Appendf(out, "  %s: %s: %s\n", p.rejected ? "rejected" : "warning", p.file.c_str(),
                     p.reason.c_str());
      }
      ++listed;
    }
  }
  if (report_.problems.size() > max_listed) {
    Appendf(out, "  ... and %zu more problems (--all-problems lists them)\n",
                 report_.problems.size() - max_listed);
  }
  return s;
}

namespace {

unsigned ThreadsFor(const RunOptions& options) {
  return options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

void CodeDocuments(const Coder& coder, RunInput input, const RunOptions& options, Corpus* corpus,
                   const CodedFn& each, const InOrderFn& in_order) {
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  // Per slot of the batch: what the account needs, written by the workers.
  std::vector<size_t> sentences(batch_size), events(batch_size);
  run::BatchRunner runner(
      coder, ThreadsFor(options), batch_size,
      [&](size_t i, unsigned, const Document& d, const CodedDocument& c) {
        sentences[i] = c.analysis.sentences.size();
        events[i] = c.events.size();
        if (each) each(i, d, c);
      },
      [&](std::vector<Document>& batch) {
        for (size_t i = 0; i < batch.size(); ++i) {
          if (in_order) in_order(i, batch[i]);
          corpus->CountCoded(sentences[i] > 0);
          corpus->CountSentences(sentences[i]);
          corpus->CountEvents(events[i]);
        }
      });
  corpus->ForEach(std::move(input), [&](Document&& d) { runner.Add(std::move(d)); });
  runner.Flush();
}

Status IngestDocuments(const Coder& coder, const StoreBatchFn& add, const StoredLookupFn& lookup, RunInput input,
                       const IngestOptions& options, Corpus* corpus, AddCounts* counts) {
  const size_t batch_size = std::max<size_t>(1, options.run.batch_size);
  std::vector<StoreDocument> docs(batch_size);
  std::vector<char> had_text(batch_size);
  // Per slot of the batch being coded: the stored document it repeats, when
  // the lookup found one (then it is not coded). Written by `select` before
  // the batch is coded and read by `done` before the next `select`.
  std::vector<char> stored(batch_size);
  std::vector<SkippedDocument> stored_as(batch_size);
  std::vector<std::string> keys;
  std::vector<SkippedDocument> found;
  uint64_t seen_docs = 0, seen_events = 0, bytes = 0;
  Status failure;
  run::BatchRunner::Select select;
  if (lookup) {
    select = [&](const std::vector<Document>& batch, std::vector<char>* skip) {
      std::fill(stored.begin(), stored.end(), 0);
      if (!failure.ok()) return;
      keys.clear();
      for (const Document& d : batch) keys.push_back(DocumentKey(d));
      found.clear();
      if (Status st = lookup(keys, &found); !st.ok()) {
        failure = st;
        return;
      }
      for (SkippedDocument& k : found) {
        (*skip)[k.index] = 1;
        stored[k.index] = 1;
        stored_as[k.index] = std::move(k);
      }
    };
  }
  // Documents given to `add` when some of the batch was found stored, and
  // their slots in the batch.
  std::vector<StoreDocument> fresh;
  std::vector<size_t> fresh_slot;
  std::vector<const SkippedDocument*> skipped_at(batch_size);
  run::BatchRunner runner(
      coder, ThreadsFor(options.run), batch_size,
      [&](size_t i, unsigned, const Document& d, const CodedDocument& c) {
        docs[i] = MakeStoreDocument(d, c);
        had_text[i] = !c.analysis.sentences.empty();
      },
      [&](std::vector<Document>& batch) {
        // Only the last batch is short; drop the previous batch's leftovers.
        docs.resize(batch.size());
        const size_t n_stored = static_cast<size_t>(std::count(stored.begin(), stored.begin() + batch.size(), 1));
        const size_t skipped_before = counts->skipped.size();
        if (n_stored == 0) {
          if (failure.ok()) failure = add(docs, counts);
        } else {
          fresh.clear();
          fresh_slot.clear();
          for (size_t i = 0; i < batch.size(); ++i) {
            if (stored[i]) continue;
            fresh.push_back(std::move(docs[i]));
            fresh_slot.push_back(i);
          }
          if (failure.ok() && !fresh.empty()) failure = add(fresh, counts);
          for (size_t s = skipped_before; s < counts->skipped.size(); ++s) {
            counts->skipped[s].index = fresh_slot[counts->skipped[s].index];
          }
          counts->documents_skipped += n_stored;
          for (size_t i = 0; i < fresh.size(); ++i) docs[fresh_slot[i]] = std::move(fresh[i]);
        }
        // A document already stored is named with the stored one it repeats,
        // in input order whichever way it was found.
        std::fill(skipped_at.begin(), skipped_at.begin() + batch.size(), nullptr);
        for (size_t s = skipped_before; s < counts->skipped.size(); ++s) {
          skipped_at[counts->skipped[s].index] = &counts->skipped[s];
        }
        for (size_t i = 0; i < batch.size(); ++i) {
          const SkippedDocument* k = stored[i] ? &stored_as[i] : skipped_at[i];
          if (!k) continue;
          const Document& d = batch[i];
          std::string earlier = "document " + k->doc_id;
          if (!k->source_file.empty()) earlier += " of " + k->source_file;
          if (!k->url.empty()) earlier += " (" + k->url + ")";
          corpus->mutable_report()->Warn(d.source, d.record,
                                         "already stored: same text and URL as the stored " + earlier);
        }
        counts->skipped.resize(skipped_before);
        for (size_t i = 0; i < batch.size(); ++i) {
          // An estimate of the input bytes consumed, for the time left.
          bytes += batch[i].text.size() + batch[i].title.size() + batch[i].url.size() + batch[i].id.size() + 64;
          if (stored[i]) {
            corpus->CountStored();
            continue;
          }
          corpus->CountCoded(had_text[i]);
          corpus->CountEvents(docs[i].events.size());
          seen_events += docs[i].events.size();
        }
        seen_docs += batch.size();
        if (options.progress) options.progress(seen_docs, seen_events, bytes);
      },
      select);
  corpus->ForEach(std::move(input), [&](Document&& d) {
    if (!failure.ok()) return;  // the store failed: read on only to count
    runner.Add(std::move(d));
  });
  runner.Flush();
  return failure;
}

Status IngestDocuments(const Coder& coder, const StoreBatchFn& add, RunInput input, const IngestOptions& options,
                       Corpus* corpus, AddCounts* counts) {
  return IngestDocuments(coder, add, nullptr, std::move(input), options, corpus, counts);
}

Status IngestDocuments(const Coder& coder, EventStore* store, RunInput input, const IngestOptions& options,
                       Corpus* corpus, AddCounts* counts) {
  return IngestDocuments(
      coder, [store](const std::vector<StoreDocument>& batch, AddCounts* c) { return store->Add(batch, c); },
      [store](const std::vector<std::string>& keys, std::vector<SkippedDocument>* found) {
        return store->FindDocuments(keys, found);
      },
      std::move(input), options, corpus, counts);
}

Status RecodeStore(const Coder& coder, EventStore* store, const RecodeOptions& options, RecodeCounts* counts) {
  const int64_t batch_size = static_cast<int64_t>(std::max<size_t>(1, options.run.batch_size));
  ReadOptions read;
  // The store holds only what an ingest admitted: nothing is filtered again.
  read.dedupe = false;
  read.english_only = false;
  read.max_document_bytes = SIZE_MAX;
  int64_t after = 0;
  while (true) {
    std::vector<StoreDocument> stored;
    int64_t last = after;
    DYAD_RETURN_IF_ERROR(store->ForEachDocument(
        after, batch_size, /*with_events=*/false,
        [&](StoreDocument& sd) {
          ++counts->documents;
          if (!options.all && sd.coder == Coder::Version() && sd.data_version == coder.data_version()) {
            ++counts->current;
          } else {
            stored.push_back(std::move(sd));
          }
          return true;
        },
        &last));
    if (last == after) break;
    after = last;
    if (stored.empty()) {
      if (options.progress) options.progress(counts->documents, counts->recoded);
      continue;
    }
    // A document's place in `stored` rides in its record number, which the
    // store does not keep (the key does the document's work).
    std::vector<Document> docs;
    docs.reserve(stored.size());
    for (size_t k = 0; k < stored.size(); ++k) {
      Document d = stored[k].doc;
      d.record = k;
      docs.push_back(std::move(d));
    }
    std::vector<StoreDocument> coded(stored.size());
    std::vector<char> done(stored.size());
    Corpus corpus(read);
    RunOptions run = options.run;
    run.batch_size = stored.size();
    CodeDocuments(
        coder, RunInput{{}, std::move(docs)}, run, &corpus,
        [&](size_t, const Document& d, const CodedDocument& c) {
          const size_t k = static_cast<size_t>(d.record);
          coded[k] = MakeStoreDocument(stored[k].doc, c);
          coded[k].doc_key = stored[k].doc_key;
          done[k] = 1;
        },
        nullptr);
    std::vector<StoreDocument> batch;
    for (size_t k = 0; k < coded.size(); ++k) {
      if (!done[k]) return Status::Internal("document " + stored[k].doc.id + " was not coded again");
      counts->mentions += coded[k].events.size();
      batch.push_back(std::move(coded[k]));
    }
    DYAD_RETURN_IF_ERROR(store->Replace(batch, nullptr));
    counts->recoded += batch.size();
    if (options.progress) options.progress(counts->documents, counts->recoded);
  }
  return Status::Ok();
}

}  // namespace dyad
