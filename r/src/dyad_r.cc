// The R package's native half (r/, library(dyad)): coding documents and
// querying a store through the same library calls as the CLI, with events
// handed to R as data.frames.
//
// Nothing here codes or formats: documents from R are written as JSON Lines
// records and read back with the JSON Lines reader's own record parser
// (ingest::ParseJsonRecord), so an R row means what the same record means in
// a .jsonl file; they are coded by CodeDocuments (dyad/run.h), as `dyad code`
// does; and events become data.frame columns by parsing the library's own
// JSON writers (AppendEventJson, AppendStoredEventJson) through one table of
// columns per shape (EventFrame). Every failure is an R error (Rcpp::stop,
// turned into stop() by END_RCPP) carrying the library's message: no C++
// exception leaves these functions and the library never aborts R.
//
// Ownership: coders are loaded once per data folder and kept for the R
// session (CachedCoder), since loading takes a second and coding a document
// milliseconds. Thread-safety: R calls these from its one thread; a coding
// run uses worker threads that touch only C++ buffers, never the R API.
#include <Rcpp.h>
#include <R_ext/Rdynload.h>
#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json.h"
#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/run.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "ingest/json_record.h"

namespace dyad::r {
namespace {

enum class Type { kString, kInteger, kDouble, kLogical };

// One data.frame column: its name and where its value is in the JSON object
// (a JSON Pointer). A missing or null value is NA.
struct Column {
  const char* name;
  const char* pointer;
  Type type;
};

// A coded event (docs/events.md), in the JSON's key order; nested objects
// are flattened with "_" as the CSV does, and each [begin, end) span becomes
// two integer columns.
constexpr Column kCodedEvent[] = {
    {"doc_id", "/doc_id", Type::kString},
    {"sentence", "/sentence", Type::kInteger},
    {"date", "/date", Type::kString},
    {"date_resolved", "/date_resolved", Type::kLogical},
    {"date_precision", "/date_precision", Type::kString},
    {"action_geo_name", "/action_geo/name", Type::kString},
    {"action_geo_country_code", "/action_geo/country_code", Type::kString},
    {"action_geo_admin1", "/action_geo/admin1", Type::kString},
    {"action_geo_lat", "/action_geo/lat", Type::kDouble},
    {"action_geo_lon", "/action_geo/lon", Type::kDouble},
    {"action_geo_feature_type", "/action_geo/feature_type", Type::kString},
    {"action_geo_geonameid", "/action_geo/geonameid", Type::kDouble},
    {"action_geo_how", "/action_geo/how", Type::kString},
    {"source", "/source", Type::kString},
    {"target", "/target", Type::kString},
    {"source_text", "/source_text", Type::kString},
    {"target_text", "/target_text", Type::kString},
    {"code", "/code", Type::kString},
    {"root", "/root", Type::kString},
    {"event_name", "/event_name", Type::kString},
    {"quad_class", "/quad_class", Type::kInteger},
    {"penta_class", "/penta_class", Type::kInteger},
    {"goldstein", "/goldstein", Type::kDouble},
    {"plover", "/plover", Type::kString},
    {"plover_mode", "/plover_mode", Type::kString},
    {"plover_context", "/plover_context", Type::kString},
    {"modality", "/modality", Type::kString},
    {"evidence_sentence", "/evidence/sentence", Type::kString},
    {"evidence_sentence_begin", "/evidence/sentence_span/0", Type::kInteger},
    {"evidence_sentence_end", "/evidence/sentence_span/1", Type::kInteger},
    {"evidence_verb_text", "/evidence/verb_text", Type::kString},
    {"evidence_source_begin", "/evidence/source/0", Type::kInteger},
    {"evidence_source_end", "/evidence/source/1", Type::kInteger},
    {"evidence_verb_begin", "/evidence/verb/0", Type::kInteger},
    {"evidence_verb_end", "/evidence/verb/1", Type::kInteger},
    {"evidence_target_begin", "/evidence/target/0", Type::kInteger},
    {"evidence_target_end", "/evidence/target/1", Type::kInteger},
    {"evidence_target_how", "/evidence/target_how", Type::kString},
    {"rule", "/rule", Type::kString},
    {"confidence", "/confidence", Type::kDouble},
    {"url", "/url", Type::kString},
    {"coder", "/coder", Type::kString},
    {"data_version", "/data_version", Type::kString},
};

// A stored event without its mentions: the columns of `dyad query --format
// csv`. The id is a double: R has no 64-bit integer, and ids stay far below
// 2^53.
constexpr Column kStoredEvent[] = {
    {"id", "/id", Type::kDouble},
    {"date", "/date", Type::kString},
    {"action_geo_name", "/action_geo/name", Type::kString},
    {"action_geo_country_code", "/action_geo/country_code", Type::kString},
    {"action_geo_admin1", "/action_geo/admin1", Type::kString},
    {"action_geo_lat", "/action_geo/lat", Type::kDouble},
    {"action_geo_lon", "/action_geo/lon", Type::kDouble},
    {"action_geo_feature_type", "/action_geo/feature_type", Type::kString},
    {"action_geo_geonameid", "/action_geo/geonameid", Type::kDouble},
    {"action_geo_how", "/action_geo/how", Type::kString},
    {"source", "/source", Type::kString},
    {"target", "/target", Type::kString},
    {"source_name", "/source_name", Type::kString},
    {"target_name", "/target_name", Type::kString},
    {"code", "/code", Type::kString},
    {"root", "/root", Type::kString},
    {"event_name", "/event_name", Type::kString},
    {"quad_class", "/quad_class", Type::kInteger},
    {"penta_class", "/penta_class", Type::kInteger},
    {"goldstein", "/goldstein", Type::kDouble},
    {"plover", "/plover", Type::kString},
    {"plover_mode", "/plover_mode", Type::kString},
    {"plover_context", "/plover_context", Type::kString},
    {"num_mentions", "/num_mentions", Type::kDouble},
    {"num_sources", "/num_sources", Type::kDouble},
    {"num_articles", "/num_articles", Type::kDouble},
    {"date_added", "/date_added", Type::kString},
    {"source_url", "/source_url", Type::kString},
};

template <size_t N>
Rcpp::List EventFrame(const std::string& jsonl, const Column (&columns)[N]) {
  R_xlen_t rows = 0;
  for (char c : jsonl) rows += c == '\n';
  Rcpp::List out(N);
  Rcpp::CharacterVector names(N);
  SEXP cols[N];  // protected by `out`
  for (size_t c = 0; c < N; ++c) {
    names[c] = columns[c].name;
    switch (columns[c].type) {
      case Type::kString: out[c] = Rcpp::CharacterVector(rows, NA_STRING); break;
      case Type::kInteger: out[c] = Rcpp::IntegerVector(rows, NA_INTEGER); break;
      case Type::kDouble: out[c] = Rcpp::NumericVector(rows, NA_REAL); break;
      case Type::kLogical: out[c] = Rcpp::LogicalVector(rows, NA_LOGICAL); break;
    }
    cols[c] = out[c];
  }
  if (rows > 0) {
    simdjson::dom::parser parser;
    simdjson::padded_string padded(jsonl);
    simdjson::dom::document_stream stream;
    if (parser.parse_many(padded).get(stream)) Rcpp::stop("dyad: cannot read the library's events (internal error)");
    R_xlen_t row = 0;
    for (auto doc : stream) {
      simdjson::dom::element event;
      if (doc.get(event) || row >= rows) Rcpp::stop("dyad: cannot read the library's events (internal error)");
      for (size_t c = 0; c < N; ++c) {
        simdjson::dom::element v;
        if (event.at_pointer(columns[c].pointer).get(v) || v.is_null()) continue;
        switch (columns[c].type) {
          case Type::kString: {
            std::string_view s;
            if (!v.get(s)) {
              SET_STRING_ELT(cols[c], row, Rf_mkCharLenCE(s.data(), static_cast<int>(s.size()), CE_UTF8));
            }
            break;
          }
          case Type::kInteger: {
            int64_t n;
            if (!v.get(n)) INTEGER(cols[c])[row] = static_cast<int>(n);
            break;
          }
          case Type::kDouble: {
            double d;
            if (!v.get(d)) REAL(cols[c])[row] = d;
            break;
          }
          case Type::kLogical: {
            bool b;
            if (!v.get(b)) LOGICAL(cols[c])[row] = b;
            break;
          }
        }
      }
      ++row;
    }
  }
  out.attr("names") = names;
  out.attr("row.names") = Rcpp::IntegerVector::create(NA_INTEGER, -static_cast<int>(rows));
  out.attr("class") = "data.frame";
  return out;
}

// Coders by data folder, loaded on first use and kept for the session.
const Coder& CachedCoder(const std::string& data_dir) {
  static std::map<std::string, std::unique_ptr<Coder>> coders;
  auto it = coders.find(data_dir);
  if (it != coders.end()) return *it->second;
  CoderOptions options;
  options.pipeline.data_dir = data_dir;
  auto coder = Coder::Create(options);
  if (!coder.ok()) Rcpp::stop("dyad: " + coder.status().ToString());
  return *coders.emplace(data_dir, std::move(coder).value()).first->second;
}

std::string Utf8(SEXP s) { return std::string(Rf_translateCharUTF8(s)); }

// Column `c` of the documents as one string per row (NA: absent).
struct Field {
  std::string key;
  Rcpp::CharacterVector values;
};

}  // namespace

// dyad_code_documents(fields, mapping, data_dir, dedupe, english_only, threads)
//   fields: a named list of character vectors of equal length, named by the
//     keys their values would have in a JSON Lines record ("text", or the
//     data.frame's own name when `mapping` maps it, as --field does);
//   mapping: a named character vector, target = source ("text" = "body").
// Returns list(events = data.frame, problems = character, summary = string).
extern "C" SEXP dyad_code_documents(SEXP fields_sexp, SEXP mapping_sexp, SEXP data_dir_sexp, SEXP dedupe_sexp,
                                    SEXP english_only_sexp, SEXP threads_sexp) {
  BEGIN_RCPP
  Rcpp::List fields_list(fields_sexp);
  Rcpp::CharacterVector mapping(mapping_sexp);
  const std::string data_dir = Rcpp::as<std::string>(data_dir_sexp);
  ReadOptions read;
  read.dedupe = Rcpp::as<bool>(dedupe_sexp);
  read.english_only = Rcpp::as<bool>(english_only_sexp);
  if (mapping.size() > 0) {
    Rcpp::CharacterVector targets = mapping.names();
    for (R_xlen_t i = 0; i < mapping.size(); ++i) {
      read.fields.emplace_back(Utf8(targets[i]), Utf8(mapping[i]));
    }
  }
  std::vector<Field> fields;
  R_xlen_t rows = -1;
  {
    Rcpp::CharacterVector keys = fields_list.names();
    for (R_xlen_t i = 0; i < fields_list.size(); ++i) {
      fields.push_back({Utf8(keys[i]), Rcpp::CharacterVector(fields_list[i])});
      if (rows >= 0 && fields.back().values.size() != rows) Rcpp::stop("dyad: the document fields differ in length");
      rows = fields.back().values.size();
    }
  }
  if (rows < 0) rows = 0;
  const Coder& coder = CachedCoder(data_dir);

  // Each row as the JSON Lines record it stands for, read by the reader's
  // record parser: the same trimming, ids, dates and reasons to reject. A
  // row is counted and its problems recorded in the corpus's report as the
  // reader would, named by its row number.
  Corpus corpus(read);
  ReadReport* report = corpus.mutable_report();
  const std::string kSource = "R";
  std::vector<Document> documents;
  simdjson::ondemand::parser parser;
  std::string record;
  std::vector<std::string> warnings;
  for (R_xlen_t row = 0; row < rows; ++row) {
    const uint64_t line = static_cast<uint64_t>(row + 1);
    record.assign("{");
    size_t repaired = 0;
    for (const Field& f : fields) {
      SEXP v = f.values[row];
      if (v == NA_STRING) continue;
      std::string value = Utf8(v);
      repaired += RepairUtf8(&value);
      if (record.size() > 1) record.push_back(',');
      json::AppendString(&record, f.key);
      record.push_back(':');
      json::AppendString(&record, value);
    }
    record.push_back('}');
    if (repaired > 0) {
      ++report->repaired_utf8;
      report->Warn(kSource, line, "invalid UTF-8 replaced with U+FFFD");
    }
    record.reserve(record.size() + simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document json;
    simdjson::ondemand::object object;
    Document doc;
    warnings.clear();
    std::string reason;
    if (parser.iterate(simdjson::padded_string_view(record.data(), record.size(), record.capacity())).get(json) ||
        json.get_object().get(object)) {
      reason = "cannot be read (internal error)";
    } else {
      reason = ingest::ParseJsonRecord(object, read, /*id_required=*/false, &doc, &warnings);
    }
    if (!reason.empty()) {
      // What the JSON Lines reader does with a bad record: count it, name
      // it, drop it, and code the rest.
      ++report->documents_read;
      report->Reject(kSource, line, std::move(reason));
      continue;
    }
    for (std::string& w : warnings) report->Warn(kSource, line, std::move(w));
    if (doc.id.empty()) doc.id = std::to_string(line);
    doc.source = kSource;
    doc.record = line;
    documents.push_back(std::move(doc));
  }

  RunOptions run;
  run.threads = static_cast<unsigned>(Rcpp::as<int>(threads_sexp));
  std::vector<std::string> text(run.batch_size);
  std::string events;
  CodeDocuments(
      coder, RunInput{{}, std::move(documents)}, run, &corpus,
      [&](size_t i, const Document& d, const CodedDocument& c) {
        text[i].clear();
        for (const Event& e : c.events) AppendEventJson(d, c, e, &text[i]);
      },
      [&](size_t i, const Document&) { events += text[i]; });
  // In row order; the corpus names a row by its number (ReadProblem::line).
  std::vector<ReadProblem> found = corpus.report().problems;
  std::stable_sort(found.begin(), found.end(),
                   [](const ReadProblem& a, const ReadProblem& b) { return a.line < b.line; });
  std::vector<std::string> problems;
  for (const ReadProblem& p : found) {
    problems.push_back("document " + std::to_string(p.line) + ": " + p.reason + (p.rejected ? " (rejected)" : ""));
  }
  Rcpp::List result = Rcpp::List::create(Rcpp::Named("events") = EventFrame(events, kCodedEvent),
                                         Rcpp::Named("problems") = Rcpp::wrap(problems),
                                         Rcpp::Named("summary") = corpus.Summary("coded"));
  return result;
  END_RCPP
}

// dyad_query_store(location, filter): the stored events that `filter` (a
// named list with EventFilter's fields) selects, as a data.frame.
extern "C" SEXP dyad_query_store(SEXP location_sexp, SEXP filter_sexp) {
  BEGIN_RCPP
  const std::string location = Rcpp::as<std::string>(location_sexp);
  Rcpp::List f(filter_sexp);
  EventFilter filter;
  auto str = [&](const char* name, std::string* out) {
    if (f.containsElementNamed(name)) *out = Rcpp::as<std::string>(f[name]);
  };
  str("source", &filter.source);
  str("target", &filter.target);
  str("dyad_a", &filter.dyad_a);
  str("dyad_b", &filter.dyad_b);
  str("code", &filter.code);
  str("root", &filter.root);
  str("actor_type", &filter.actor_type);
  str("country", &filter.country);
  if (f.containsElementNamed("directed")) filter.directed = Rcpp::as<bool>(f["directed"]);
  if (f.containsElementNamed("quad")) filter.quad_class = Rcpp::as<int>(f["quad"]);
  if (f.containsElementNamed("limit")) filter.limit = static_cast<int64_t>(Rcpp::as<double>(f["limit"]));
  if (f.containsElementNamed("near")) {
    Rcpp::NumericVector near(f["near"]);
    filter.lat = near[0];
    filter.lon = near[1];
    filter.radius_km = near[2];
  }
  // Dates as `dyad query` takes them: YYYY-MM-DD or ISO 8601, normalised.
  for (auto [name, out] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    std::string raw;
    str(name, &raw);
    if (raw.empty()) continue;
    if (!NormalizeDate(raw, out)) {
      Rcpp::stop(std::string("dyad: ") + name + " must be a date (YYYY-MM-DD, 1800-01-01 to 2200-12-31), not \"" +
                 raw + "\"");
    }
  }
  auto store = EventStore::Open(location, StoreAccess::kReadOnly);
  if (!store.ok()) Rcpp::stop("dyad: " + store.status().ToString());
  std::string events;
  Status s = (*store)->Query(filter, /*with_mentions=*/false, [&](const StoredEvent& e) {
    AppendStoredEventJson(e, &events);
    return true;
  });
  if (!s.ok()) Rcpp::stop("dyad: " + s.ToString());
  return EventFrame(events, kStoredEvent);
  END_RCPP
}

}  // namespace dyad::r

// R's registration table takes every entry point as DL_FUNC; the cast
// through void (*)() (which matches any function type) says so to the
// compiler.
template <typename F>
DL_FUNC Entry(F* f) {
  return reinterpret_cast<DL_FUNC>(reinterpret_cast<void (*)()>(f));
}

extern "C" void R_init_dyad(DllInfo* dll) {
  static const R_CallMethodDef kMethods[] = {
      {"dyad_code_documents", Entry(&dyad::r::dyad_code_documents), 6},
      {"dyad_query_store", Entry(&dyad::r::dyad_query_store), 2},
      {nullptr, nullptr, 0},
  };
  R_registerRoutines(dll, nullptr, kMethods, nullptr, nullptr);
  R_useDynamicSymbols(dll, FALSE);
}
