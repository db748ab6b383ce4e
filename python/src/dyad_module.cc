// dyad._dyad: the Python extension over the library, the layer under the
// `dyad` package (python/dyad/). It hands the library's own outputs to
// Python: events as the JSON Lines of `dyad code`, stored events and series
// as the CSV of `dyad query`/`dyad series`, exports as `dyad export` writes
// them, so that no coding or formatting logic is repeated in Python.
// Documents come in as JSON Lines text and are read by the library's JSON
// Lines reader, so that a Python batch is checked, mapped (fields) and
// rejected exactly as a file would be.
//
// Ownership: a Coder owns the library's Coder; a Store owns one store
// connection. Errors become Python exceptions (ValueError for bad input,
// OSError for the system's refusals); nothing here aborts the process.
// Thread-safety: Coder methods release the GIL while coding and may be
// called from many Python threads at once (the library's Coder is
// immutable). A Store is one connection: its methods hold a mutex, so
// threads sharing one take turns.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/run.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "ingest/readers.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

[[noreturn]] void Raise(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kNotFound:
    case StatusCode::kDataError:
      throw py::value_error(s.message());
    case StatusCode::kIoError:
      PyErr_SetString(PyExc_OSError, s.message().c_str());
      throw py::error_already_set();
    default:
      throw std::runtime_error(s.message());
  }
}

// How a batch of documents is read: the options of every reading command.
struct ReadSettings {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string default_date;
  bool dedupe = true;
  bool english_only = true;
};

ReadOptions MakeReadOptions(const ReadSettings& s) {
  ReadOptions r;
  if (!s.default_date.empty() && !NormalizeDate(s.default_date, &r.default_date)) {
    throw py::value_error("date \"" + s.default_date + "\" is not a date YYYY-MM-DD from 1800-01-01 to 2200-12-31");
  }
  r.fields = s.fields;
  r.dedupe = s.dedupe;
  r.english_only = s.english_only;
  return r;
}

// Reads JSON Lines text into documents with the library's reader; the
// records it rejects are counted in `corpus`'s report as a file's would be.
std::vector<Document> ReadBatch(const std::string& jsonl, const std::string& name, const ReadOptions& options,
                                Corpus* corpus) {
  std::vector<Document> docs;
  ReadReport local;
  Status s = ingest::ReadJsonLinesBuffer(jsonl, name, options, [&](Document&& d) { docs.push_back(std::move(d)); },
                                         &local);
  if (!s.ok()) Raise(s);
  ReadReport* r = corpus->mutable_report();
  r->documents_read += local.rejected;
  r->rejected += local.rejected;
  r->repaired_utf8 += local.repaired_utf8;
  for (ReadProblem& p : local.problems) r->problems.push_back(std::move(p));
  return docs;
}

// The end-of-run account of a Corpus, as a dict.
py::dict Account(const Corpus& corpus, const char* verb) {
  const ReadReport& r = corpus.report();
  py::list problems;
  for (const ReadProblem& p : r.problems) {
    py::dict d;
    d["file"] = p.file;
    d["line"] = p.line;
    d["reason"] = p.reason;
    d["rejected"] = p.rejected;
    problems.append(d);
  }
  py::dict a;
  a["read"] = r.documents_read;
  a["coded"] = corpus.coded();
  a["empty"] = corpus.empty();
  a["rejected"] = r.rejected;
  a["duplicates"] = r.duplicates;
  a["skipped_language"] = r.skipped_language;
  a["stored"] = corpus.stored();
  a["sentences"] = corpus.sentences();
  a["events"] = corpus.events();
  a["problems"] = problems;
  a["summary"] = corpus.Summary(verb);
  return a;
}

class PyCoder {
 public:
  PyCoder(const std::string& data_dir, const std::string& verbs, const std::vector<std::string>& actors,
          const std::string& agents, const std::string& discards, bool no_default_dictionaries, unsigned threads,
          double min_confidence, bool unknown_sides)
      : threads_(threads) {
    CoderOptions co;
    co.pipeline.data_dir = data_dir;
    co.petrarch_verbs = verbs;
    co.petrarch_actors = actors;
    co.petrarch_agents = agents;
    co.petrarch_discards = discards;
    co.no_default_dictionaries = no_default_dictionaries;
    co.min_confidence = min_confidence;
    co.unknown_sides = unknown_sides;
    Result<std::unique_ptr<Coder>> c = [&] {
      py::gil_scoped_release unlocked;
      return Coder::Create(co);
    }();
    if (!c.ok()) Raise(c.status());
    coder_ = std::move(c).value();
  }

  // Codes the documents of `jsonl` (and then of `paths`, read as `dyad code`
  // reads files): the events' JSON Lines, and the run's account.
  py::tuple Code(const std::string& jsonl, const std::string& name, const std::vector<std::string>& paths,
                 const ReadSettings& settings) {
    const ReadOptions options = MakeReadOptions(settings);
    Corpus corpus(options);
    corpus.ReportEvents();
    RunInput input;
    input.paths = paths;
    input.documents = ReadBatch(jsonl, name, options, &corpus);
    std::string out;
    {
      py::gil_scoped_release unlocked;
      RunOptions run;
      run.threads = threads_;
      std::vector<std::string> text(run.batch_size);
      CodeDocuments(
          *coder_, std::move(input), run, &corpus,
          [&](size_t i, const Document& d, const CodedDocument& c) {
            text[i].clear();
            for (const Event& e : c.events) AppendEventJson(d, c, e, &text[i]);
          },
          [&](size_t i, const Document&) { out.append(text[i]); });
    }
    return py::make_tuple(py::bytes(out), Account(corpus, "coded"));
  }

  // `dyad actors --format jsonl` or `dyad explain` (what = "actors" or
  // "explain") over the documents of `jsonl`, and the account.
  py::tuple Describe(const std::string& what, const std::string& jsonl, const std::string& name,
                     const ReadSettings& settings, const std::string& doc_id, int sentence) {
    const ReadOptions options = MakeReadOptions(settings);
    Corpus corpus(options);
    std::vector<Document> docs = ReadBatch(jsonl, name, options, &corpus);
    std::string out, error;
    bool found = false;
    {
      py::gil_scoped_release unlocked;
      CodedDocument c;
      corpus.ForEach(std::move(docs), [&](Document&& d) {
        if (what == "actors") {
          coder_->FindActors(d, &c);
          AppendActorMentions(d, c, /*jsonl=*/true, &out);
        } else if (what == "parse") {
          c.full_text = d.FullText();
          coder_->pipeline().Analyze(c.full_text, d.title.size(), &c.analysis);
          AppendParseJsonl(d, c.analysis, &out);
        } else {
          if (found || (!doc_id.empty() && d.id != doc_id)) {
            corpus.CountCoded(true);
            return;
          }
          found = true;
          coder_->Code(d, &c, /*explain=*/true);
          const size_t n = c.analysis.sentences.size();
          if (sentence >= 0 && static_cast<size_t>(sentence) >= n) {
            // Nothing would look like a sentence with nothing in it.
            error = "sentence " + std::to_string(sentence) + ": document " + d.id + " has " + std::to_string(n) +
                    " sentences (0 to " + std::to_string(n ? n - 1 : 0) + ")";
          }
          AppendExplainText(d, c, sentence, &out);
        }
        corpus.CountCoded(!c.analysis.sentences.empty());
        corpus.CountSentences(c.analysis.sentences.size());
      });
    }
    if (!error.empty()) throw py::value_error(error);
    if (what == "explain" && !found) {
      throw py::value_error(doc_id.empty() ? "no document in the input" : "no document with id " + doc_id);
    }
    return py::make_tuple(py::bytes(out), Account(corpus, what == "explain" ? "coded" : "read"));
  }

  const Coder& coder() const { return *coder_; }
  unsigned threads() const { return threads_; }

 private:
  std::unique_ptr<Coder> coder_;
  unsigned threads_;
};

// A filter from keyword arguments, checked as the CLI checks its options.
EventFilter MakeFilter(const py::dict& f) {
  EventFilter out;
  auto str = [&](const char* key, std::string* to) {
    if (f.contains(key) && !f[key].is_none()) *to = py::str(f[key]).cast<std::string>();
  };
  str("source", &out.source);
  str("target", &out.target);
  str("code", &out.code);
  str("root", &out.root);
  str("actor_type", &out.actor_type);
  str("country", &out.country);
  for (auto [key, to] : {std::pair{"from", &out.from}, std::pair{"to", &out.to}}) {
    std::string d;
    str(key, &d);
    if (d.empty()) continue;
    if (!NormalizeDate(d, to)) {
      throw py::value_error(std::string(key) + " must be a date (YYYY-MM-DD, 1800-01-01 to 2200-12-31), not \"" + d +
                            "\"");
    }
  }
  if (f.contains("dyad") && !f["dyad"].is_none()) {
    auto pair = f["dyad"].cast<std::vector<std::string>>();
    if (pair.size() != 2 || pair[0].empty() || pair[1].empty()) {
      throw py::value_error("dyad takes two actor codes (A, B), e.g. (\"CHN\", \"RUS\")");
    }
    out.dyad_a = pair[0];
    out.dyad_b = pair[1];
  }
  if (f.contains("directed")) out.directed = f["directed"].cast<bool>();
  if (f.contains("quad") && !f["quad"].is_none()) {
    out.quad_class = f["quad"].cast<int>();
    if (out.quad_class < 1 || out.quad_class > 4) throw py::value_error("quad must be 1, 2, 3 or 4");
  }
  if (f.contains("near") && !f["near"].is_none()) {
    auto n = f["near"].cast<std::vector<double>>();
    if (n.size() != 3 || !(n[0] >= -90 && n[0] <= 90) || !(n[1] >= -180 && n[1] <= 180) || !(n[2] > 0)) {
      throw py::value_error("near takes (lat, lon, km), e.g. (50.45, 30.52, 100)");
    }
    out.lat = n[0];
    out.lon = n[1];
    out.radius_km = n[2];
  }
  if (f.contains("limit") && !f["limit"].is_none()) {
    out.limit = f["limit"].cast<int64_t>();
    if (out.limit < 0) throw py::value_error("limit must be 0 or more");
  }
  return out;
}

class PyStore {
 public:
  PyStore(const std::string& location, bool read_only) {
    Result<std::unique_ptr<EventStore>> s = [&] {
      py::gil_scoped_release unlocked;
      return EventStore::Open(location, read_only ? StoreAccess::kReadOnly : StoreAccess::kReadWrite);
    }();
    if (!s.ok()) Raise(s.status());
    store_ = std::move(s).value();
  }

  // `dyad ingest`: codes the documents (skipping those the store holds) and
  // stores them, one transaction per batch. Returns the counts and the
  // account.
  py::tuple Ingest(PyCoder& coder, const std::string& jsonl, const std::string& name,
                   const std::vector<std::string>& paths, const ReadSettings& settings, size_t batch) {
    const ReadOptions options = MakeReadOptions(settings);
    Corpus corpus(options);
    corpus.ReportEvents();
    RunInput input;
    input.paths = paths;
    input.documents = ReadBatch(jsonl, name, options, &corpus);
    AddCounts counts;
    Status s;
    {
      py::gil_scoped_release unlocked;
      std::lock_guard<std::mutex> lock(mu_);
      IngestOptions io;
      io.run.threads = coder.threads();
      io.run.batch_size = batch;
      s = IngestDocuments(coder.coder(), store_.get(), std::move(input), io, &corpus, &counts);
    }
    if (!s.ok()) Raise(s);
    py::dict c;
    c["documents_added"] = counts.documents_added;
    c["documents_skipped"] = counts.documents_skipped;
    c["events_added"] = counts.events_added;
    c["mentions_added"] = counts.mentions_added;
    return py::make_tuple(c, Account(corpus, "coded"));
  }

  // Stored events matching `filter` as `dyad query --format csv` (with a
  // header) or jsonl, or `dyad export` (gdelt, phoenix, jsonl).
  py::bytes Write(const std::string& format, const py::dict& filter) {
    const EventFilter f = MakeFilter(filter);
    const bool csv = format == "csv", gdelt = format == "gdelt", phoenix = format == "phoenix";
    if (!csv && !gdelt && !phoenix && format != "jsonl") {
      throw py::value_error("format must be csv, jsonl, gdelt or phoenix, not \"" + format + "\"");
    }
    std::string out;
    Status s;
    {
      py::gil_scoped_release unlocked;
      std::lock_guard<std::mutex> lock(mu_);
      if (csv) AppendStoredEventCsvHeader(&out);
      s = store_->Query(f, !csv && !gdelt, [&](const StoredEvent& e) {
        if (csv) AppendStoredEventCsv(e, &out);
        else if (gdelt) AppendGdeltRow(e, &out);
        else if (phoenix) AppendPhoenixRow(e, &out);
        else AppendStoredEventJson(e, &out);
        return true;
      });
    }
    if (!s.ok()) Raise(s);
    return py::bytes(out);
  }

  // `dyad series --format csv`.
  py::bytes Series(const py::dict& filter, const std::string& by) {
    const EventFilter f = MakeFilter(filter);
    if (f.dyad_a.empty()) throw py::value_error("series needs dyad=(A, B)");
    SeriesPeriod period;
    if (!ParseSeriesPeriod(by, &period)) throw py::value_error("by must be day, week or month, not \"" + by + "\"");
    Result<std::vector<SeriesRow>> rows = [&] {
      py::gil_scoped_release unlocked;
      std::lock_guard<std::mutex> lock(mu_);
      return store_->Series(f, period);
    }();
    if (!rows.ok()) Raise(rows.status());
    std::string out = "period,q1,q2,q3,q4,events,goldstein_sum,goldstein_mean,coop_minus_conflict\n";
    for (const SeriesRow& r : *rows) AppendSeriesRow(r, /*json=*/false, &out);
    return py::bytes(out);
  }

  py::dict Stats() {
    std::lock_guard<std::mutex> lock(mu_);
    Result<StoreStats> s = store_->Stats();
    if (!s.ok()) Raise(s.status());
    py::dict d;
    d["documents"] = s->documents;
    d["events"] = s->events;
    d["mentions"] = s->mentions;
    return d;
  }

  void CheckConsistency() {
    std::lock_guard<std::mutex> lock(mu_);
    Status s = store_->CheckConsistency();
    if (!s.ok()) Raise(s);
  }

  std::string backend() const { return store_->backend(); }

 private:
  std::mutex mu_;
  std::unique_ptr<EventStore> store_;
};

}  // namespace
}  // namespace dyad::python

PYBIND11_MODULE(_dyad, m) {
  using dyad::python::PyCoder;
  using dyad::python::PyStore;
  using dyad::python::ReadSettings;
  m.doc() = "dyad's library (the dyad package wraps it: use dyad.Coder and dyad.Store)";
  m.attr("version") = dyad::Coder::Version();
  py::class_<ReadSettings>(m, "ReadSettings")
      .def(py::init<>())
      .def_readwrite("fields", &ReadSettings::fields)
      .def_readwrite("default_date", &ReadSettings::default_date)
      .def_readwrite("dedupe", &ReadSettings::dedupe)
      .def_readwrite("english_only", &ReadSettings::english_only);
  py::class_<PyCoder>(m, "Coder")
      .def(py::init<const std::string&, const std::string&, const std::vector<std::string>&, const std::string&,
                    const std::string&, bool, unsigned, double, bool>(),
           py::arg("data_dir"), py::arg("verbs"), py::arg("actors"), py::arg("agents"), py::arg("discards"),
           py::arg("no_default_dictionaries"), py::arg("threads"), py::arg("min_confidence"),
           py::arg("unknown_sides"))
      .def("code", &PyCoder::Code, py::arg("jsonl"), py::arg("name"), py::arg("paths"), py::arg("settings"))
      .def("describe", &PyCoder::Describe, py::arg("what"), py::arg("jsonl"), py::arg("name"), py::arg("settings"),
           py::arg("doc_id"), py::arg("sentence"))
      .def_property_readonly("data_version", [](const PyCoder& c) { return c.coder().data_version(); })
      .def_property_readonly("load_notes", [](const PyCoder& c) { return c.coder().load_notes(); })
      .def_property_readonly("threads", &PyCoder::threads);
  py::class_<PyStore>(m, "Store")
      .def(py::init<const std::string&, bool>(), py::arg("location"), py::arg("read_only"))
      .def("ingest", &PyStore::Ingest, py::arg("coder"), py::arg("jsonl"), py::arg("name"), py::arg("paths"),
           py::arg("settings"), py::arg("batch"))
      .def("write", &PyStore::Write, py::arg("format"), py::arg("filter"))
      .def("series", &PyStore::Series, py::arg("filter"), py::arg("by"))
      .def("stats", &PyStore::Stats)
      .def("check_consistency", &PyStore::CheckConsistency)
      .def_property_readonly("backend", &PyStore::backend);
}
