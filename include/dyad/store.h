// The event store: coded documents, their events and the mentions that
// report them, kept in a database so that they can be queried, counted over
// time and exported in the formats researchers use (GDELT 2.0, Phoenix).
//
// One interface, two backends with the same schema and behaviour: SQLite (an
// embedded file, WAL mode; the default) and PostgreSQL (a location starting
// with postgresql:// or postgres://, through libpq).
//
// Semantics:
//  - A document is stored once. Its identity ("document key") is its content:
//    a hash of its title and text (ASCII case and whitespace normalised) and
//    of its normalised URL. Its input file and id are kept as provenance
//    (source_file, doc_id) but do not make it another document: the same
//    file name in two folders, or two days' files that both number their
//    records from 1, are different documents. Adding a document whose key
//    is stored already adds nothing (ingesting again is a no-op) and names
//    the stored one (AddCounts::skipped).
//  - An event's day is its own date, else its document's, else none: an
//    undated event is stored with an empty date (never the day of ingest),
//    as `dyad code` writes null for it.
//  - Events are deduplicated as GDELT does: the same day, source actor,
//    target actor, CAMEO code and place is one event, however many documents
//    report it. Each report is a mention (document, sentence, evidence); an
//    event counts its mentions, its articles (distinct documents) and its
//    sources (distinct sites: the URL's host, else the input file's name).
//  - Add() writes a whole batch in one transaction: after a crash (even
//    kill -9) the store holds every batch committed before it and nothing of
//    the others, and all counts agree with the mention rows.
//  - Every statement is parameterised; filter values never become SQL text.
//
// Thread-safety: an EventStore is one database connection and is not
// thread-safe; use one per thread (several processes may share a store:
// SQLite serialises writers, PostgreSQL resolves them by its constraints).
// Values returned are plain copies.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/events.h"
#include "dyad/status.h"

namespace dyad {

// One coded document ready to be stored: a copy of what the store needs, so
// that the coder's buffers can be reused at once. Unlike Event's, the
// offsets of `events` are Unicode code points into doc.FullText() (the
// title, "\n\n" and the text; the text alone when there is no title), as
// every output writes them (docs/events.md).
struct StoreDocument {
  Document doc;
  // DocumentKey(doc), or empty to have it computed (a document read back
  // from a store keeps the key it was stored under).
  std::string doc_key;
  std::vector<Event> events;
  std::vector<std::string> sentences;  // text of events[i]'s sentence
  std::vector<std::pair<uint32_t, uint32_t>> sentence_spans;  // of events[i]'s sentence, code points
  std::string coder;         // Coder::Version() of the coder that coded it
  std::string data_version;  // its Coder::data_version()
  // Owns the CameoCodes that `events` point to when they were read back from
  // a store (ForEachDocument) rather than coded; null otherwise.
  std::shared_ptr<const std::vector<CameoCode>> codes;
  // The events' dates are final (coded, or read back from a store): an
  // event without one is undated. Otherwise (events made by hand) it takes
  // the document's date.
  bool events_dated = false;
};
// Copies `doc` and the events of `coded` (with their sentences' text).
StoreDocument MakeStoreDocument(const Document& doc, const CodedDocument& coded);

// The identity of a document in the store (see above).
std::string DocumentKey(const Document& doc);
// The site a document comes from: its URL's host without "www.", else the
// base name of its input file.
std::string DocumentSite(const Document& doc);

// A document Add() did not store because the store holds one with the same
// key: the earlier, stored document.
struct SkippedDocument {
  size_t index = 0;  // in the batch given to Add()
  std::string doc_id, source_file, url;  // of the stored document
};

// What one Add() did.
struct AddCounts {
  uint64_t documents_added = 0;    // new documents
  uint64_t documents_skipped = 0;  // already stored (same key)
  uint64_t events_added = 0;       // new event rows
  uint64_t mentions_added = 0;     // new mentions (of new or existing events)
  std::vector<SkippedDocument> skipped;  // one per documents_skipped
};

// One evidence of an event. Offsets are code points into the document's
// full text (see StoreDocument).
struct StoredMention {
  std::string doc_key, doc_id, url, source_file, site;
  uint32_t sentence = 0;
  std::string sentence_text, source_text, target_text, verb_text, rule, modality;
  bool date_resolved = false;
  std::string date_precision;  // Event::date_precision
  uint32_t source_begin = 0, source_end = 0, verb_begin = 0, verb_end = 0;
  uint32_t target_begin = 0, target_end = 0;
  uint32_t sentence_begin = 0, sentence_end = 0;
  std::string target_how;  // Event::target_how
  double confidence = 0;   // Event::confidence
  std::string coder, data_version;  // what coded its document (StoreDocument)
};

// One deduplicated event.
struct StoredEvent {
  // GDELT's GLOBALEVENTID: a 53-bit hash of what makes the event one (its
  // day, actors, code and place, as deduplication compares them), so the
  // same event has the same id in every store, and stores can be merged.
  int64_t id = 0;
  std::string date;          // YYYY-MM-DD, empty when undated
  std::string source, target;
  std::string source_name, target_name;  // text of the first mention
  std::string code, root, name;
  // PLOVER type, mode and context of the code (CameoCode), empty when none.
  std::string plover, plover_mode, plover_context;
  int quad_class = 0, penta_class = 0;
  double goldstein = 0;
  Geo geo;
  // The GeoNames ids of the places the first mention's sentence ties the
  // source and the target to below their country ("police in Kharkiv",
  // Event::source_geo), 0 when it ties none; GDELT's Actor1Geo/Actor2Geo
  // are read from the gazetteer by them.
  uint32_t source_geonameid = 0, target_geonameid = 0;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  uint32_t first_sentence = 0;  // smallest sentence number among mentions
  std::string date_added;       // YYYYMMDDHHMMSS (UTC) when first stored
  std::string source_url;       // URL of the first document that reported it
  std::vector<StoredMention> mentions;  // filled only when asked for
};

// The cursor date (EventFilter::after_date) of an undated event.
inline constexpr const char* kUndatedCursor = "undated";

// Which events a query returns. Empty fields do not filter. Actor filters
// match by prefix, in any case ("chn" matches "CHNMIL"), and are at least
// one three-letter unit: Query and Series answer InvalidArgument for a
// shorter one ("CH" would mix CHN, CHE and CHL), and NotFound for an actor no
// stored event has as source or target (rather than an empty answer).
struct EventFilter {
  std::string source, target;
  // Both set: events between the two actors; in both directions unless
  // `directed` (then dyad_a -> dyad_b only).
  std::string dyad_a, dyad_b;
  bool directed = false;
  std::string code;      // exact ("0311"), or a prefix when it ends in '*' ("03*")
  std::string root;      // exact root ("19")
  int quad_class = 0;    // 1..4, 0: any
  std::string from, to;  // inclusive YYYY-MM-DD bounds
  // An actor type ("MIL", "REB"): one of the three-letter units of the
  // source's or the target's code, in any case.
  std::string actor_type;
  // The action's place: its country (ISO 3166-1 alpha-3, any case), and/or
  // within radius_km of (lat, lon) when radius_km > 0. The distance is
  // equirectangular (flat around the centre: within 1% up to 1,000 km,
  // except near the poles); events without a place never match.
  std::string country;
  double lat = 0, lon = 0, radius_km = 0;
  int64_t limit = 0;     // 0: no limit
  // Keyset paging: only events after (after_date, after_id) in (date, id)
  // order; unused when after_date is empty. A page's last event gives the
  // next page's cursor, which stays cheap however deep the page. Undated
  // events (stored with an empty date) come first; their cursor date is
  // kUndatedCursor.
  std::string after_date;
  int64_t after_id = 0;
};

enum class SeriesPeriod { kDay, kWeek, kMonth };
// "day", "week", "month"; false when unknown.
bool ParseSeriesPeriod(std::string_view s, SeriesPeriod* out);

// One period of a series. Weeks start on Monday and are named by that day;
// months are named YYYY-MM.
struct SeriesRow {
  std::string period;
  int64_t quad[4] = {0, 0, 0, 0};  // events of quad class 1..4
  int64_t total = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 when total is 0
  // Cooperation minus conflict: (q1 + q2 - q3 - q4) / total, in [-1, 1];
  // 0 when total is 0.
  double coop_conflict = 0;
};

// Events with one source and target code (DyadCounts).
struct DyadCount {
  std::string source, target;
  int64_t events = 0;
};

// Counts for checks and summaries.
struct StoreStats {
  int64_t documents = 0, events = 0, mentions = 0;
};

// kReadOnly: for commands that only read (query, series, export). The store
// is neither created nor changed (a SQLite store keeps its journal mode), and
// one in a read-only file or folder can be read.
enum class StoreAccess { kReadWrite, kReadOnly };

class EventStore {
 public:
  // Opens (with kReadWrite creating when needed) the store at `location`: a
  // file path for SQLite, or a postgresql:// URI. A database that holds
  // other tables and no dyad marker (table dyad_meta) is refused, untouched.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location,
                                                  StoreAccess access = StoreAccess::kReadWrite);
  virtual ~EventStore() = default;

  // Stores a batch of documents in one transaction (see above).
  virtual Status Add(const std::vector<StoreDocument>& batch, AddCounts* counts) = 0;
  // Which of `keys` (DocumentKey values) the store holds: one SkippedDocument
  // per key found (index into `keys`, the stored document's provenance),
  // appended to `found` in the order of `keys`. Looked up in a few batched
  // queries, so that an ingest can skip stored documents before coding them.
  virtual Status FindDocuments(const std::vector<std::string>& keys, std::vector<SkippedDocument>* found) = 0;

  // Calls `fn` for up to `limit` stored documents (0: all) with row numbers
  // above `after` (0: from the first), in the order they were stored: the
  // document with its text (kept compressed in the store), the key, coder
  // and data version it was stored with and, `with_events`, its events as
  // stored (one per mention, with the event's day, code and place; their
  // CameoCodes owned by StoreDocument::codes). *last gets the row number of
  // the last document given, for the next call's `after`. Rows are read
  // whole before `fn` is called, so `fn` may write to this store.
  virtual Status ForEachDocument(int64_t after, int64_t limit, bool with_events,
                                 const std::function<bool(StoreDocument&)>& fn, int64_t* last) = 0;

  // Replaces the events of stored documents (found by their key) with those
  // of `batch`, in one transaction: each document's mentions are removed
  // (an event left without mentions goes; the others' counts are
  // recomputed) and the new events added as Add() adds them. The document
  // keeps its row, provenance and the time it was added; its coder and data
  // version become the batch's. A key the store does not hold is an error.
  virtual Status Replace(const std::vector<StoreDocument>& batch, AddCounts* counts) = 0;

  // Calls `fn` for every event matching `filter`, in (date, id) order; with
  // `with_mentions`, each event carries its mentions. `fn` returns false to
  // stop early. Rows are streamed: `fn` must not call this store.
  virtual Status Query(const EventFilter& filter, bool with_mentions,
                       const std::function<bool(const StoredEvent&)>& fn) = 0;

  // The number of events matching `filter`, whatever its limit and cursor
  // (the total of which Query gives a page).
  virtual Result<int64_t> Count(const EventFilter& filter) = 0;

  // Events per period between the dyad of `filter` (dyad_a, dyad_b, directed,
  // from, to, actor_type and the place; the other fields are ignored).
  // Periods without events between the first and the last one (or from/to,
  // when given) are included with zero counts.
  virtual Result<std::vector<SeriesRow>> Series(const EventFilter& filter, SeriesPeriod by) = 0;

  // The event `id` with all its mentions; NotFound when there is none.
  virtual Status GetEvent(int64_t id, StoredEvent* out) = 0;

  // Events per (source, target) code pair, among the events from `filter.from`
  // to `filter.to` (the other fields are ignored), in (source, target) order.
  virtual Result<std::vector<DyadCount>> DyadCounts(const EventFilter& filter) = 0;

  // A number that changes whenever a document is added or recoded (every
  // added event or mention comes with a new document or new mentions), so
  // that answers computed from the store can be cached until it changes.
  // Cheap: two index lookups.
  virtual Result<int64_t> Version() = 0;

  virtual Result<StoreStats> Stats() = 0;
  // Verifies that every event's counts agree with its mentions and that no
  // mention lacks its document or event; returns a DataError naming the first
  // disagreement.
  virtual Status CheckConsistency() = 0;

  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;
};

// Adds every document of `from` with its events to `to`, in the order they
// were stored, as an ingest adds them: a document `to` holds already is
// skipped, and events are deduplicated, so that merging stores coded from
// two parts of a corpus gives the events and counts of coding it whole.
// Documents are read and written `batch_size` at a time, one transaction
// per batch.
Status MergeStores(EventStore* from, EventStore* to, AddCounts* counts, int64_t batch_size = 512);

// Export rows. Each appends one line (with '\n') to `out`.
// GDELT 2.0 event record: 61 tab-separated columns in GDELT's order; fields
// dyad does not compute are empty.
void AppendGdeltRow(const StoredEvent& e, std::string* out);
// The 26 Phoenix columns, tab-separated; needs the event's mentions.
void AppendPhoenixRow(const StoredEvent& e, std::string* out);
// One JSON object with the event and its mentions (docs/events.md).
void AppendStoredEventJson(const StoredEvent& e, std::string* out);
// The event without its mentions as a CSV row (RFC 4180 quoting): the JSON
// object's keys in order, action_geo's as action_geo_name and so on, null as
// an empty cell. The header names the columns.
void AppendStoredEventCsvHeader(std::string* out);
void AppendStoredEventCsv(const StoredEvent& e, std::string* out);

// One period of a series as a CSV row (with '\n') or a JSON object
// (without). goldstein_mean and coop_minus_conflict are null (an empty cell)
// for a period without events.
void AppendSeriesRow(const SeriesRow& r, bool json, std::string* out);

// Draws `rows` (title above) to `path`: SVG when it ends in .svg, PNG when it
// ends in .png. Stacked bars of events per quad class, and below them the
// cooperation-minus-conflict index.
Status PlotSeries(const std::vector<SeriesRow>& rows, const std::string& title,
                  const std::string& path);

}  // namespace dyad

#endif  // DYAD_STORE_H_
