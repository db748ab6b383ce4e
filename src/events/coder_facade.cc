#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "actors/sentence_mentions.h"
#include "core/json.h"
#include "core/strings.h"
#include "dyad/coder.h"
#include "dyad/version.h"
#include "events/petrarch.h"
#include "events/restates.h"
#include "events/when.h"
#include "events/where.h"
#include "places/mentions.h"
#include "tag/mapped_file.h"

namespace dyad {

struct Coder::Parts {
  // Event places; null when the gazetteer is not installed (no places).
  std::unique_ptr<places::Gazetteer> gazetteer;
  // Paired codes, null codes and discards of PETRARCH dictionaries; null
  // without them.
  std::unique_ptr<petrarch::Extras> petrarch;
};

Coder::Coder() : parts_(std::make_unique<Parts>()) {}
Coder::~Coder() = default;

const char* Coder::Version() { return "dyad " DYAD_VERSION; }

namespace {

// Coder::data_version(): a hash over each file's path (relative to its
// root, so that a moved installation keeps its version) and contents, in
// path order. FORMAT.md and other notes do not code anything and are left out.
std::string HashDataFiles(const std::string& data, const std::vector<std::string>& extra_files) {
  std::vector<std::pair<std::string, std::string>> files;  // (name in the hash, path)
  for (const char* dir : {"actors", "cameo", "coding", "events", "geo", "parse"}) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(data + "/" + dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec) || it->path().extension() == ".md") continue;
      // (lexically: the build tree links its files, and a link must not
      // change the name the hash sees)
      files.emplace_back(it->path().lexically_relative(data).generic_string(), it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : extra_files) {
    if (!f.empty()) files.emplace_back(std::filesystem::path(f).filename().string(), f);
  }
  // Eight bytes per step: the gazetteer alone is 9 MB, and a byte-wise hash
  // of it cost more start-up than loading it.
  auto mix = [](std::string_view s, uint64_t h) {
    constexpr uint64_t kPrime = 0x100000001b3ull;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * kPrime;
      h ^= h >> 29;
    }
    for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * kPrime;
    return h;
  };
  uint64_t h = kFnvOffset;
  for (const auto& [name, path] : files) {
    h = mix(name, h);
    // Mapped, not read: reading into a string zero-filled its 20 MB first
    // (2% of start-up). A file that cannot be read hashes as empty, as before.
    tag::MappedFile file;
    const std::string_view bytes = file.Open(path).ok() ? file.data() : std::string_view();
    h = mix(bytes, mix("\x1f", h) ^ bytes.size());
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  std::unique_ptr<Coder> c(new Coder());
  if (!(options.min_confidence >= 0 && options.min_confidence <= 1)) {
    return Status::InvalidArgument("the minimum confidence must be between 0 and 1");
  }
  c->min_confidence_ = options.min_confidence;
  c->unknown_sides_ = options.unknown_sides;
  petrarch::Files pf{options.petrarch_verbs, options.petrarch_actors, options.petrarch_agents,
                     options.petrarch_discards};
  const bool own_dictionaries = pf.empty() && !options.no_default_dictionaries;
  PipelineOptions po = options.pipeline;
  if (po.data_dir.empty()) po.data_dir = DefaultDataDir();
  if (po.data_dir.empty()) {
    return Status::NotFound(
        "no dyad data (codebook, patterns, actors): looked in share/dyad beside the binary and in $DYAD_DATA; "
        "install dyad (cmake --install), set DYAD_DATA or give --data DIR");
  }
  const std::string data = po.data_dir;
  // The language tables, the actor dictionaries and the event patterns load
  // independently: on two threads start-up takes the time of the largest
  // rather than of all three (a whole run pays it before its first document).
  // (The gazetteer goes on the side thread too: the tagger's tables alone
  // take about as long as the rest.)
  Result<std::unique_ptr<ActorDictionary>> actors = Status::DataError("actor dictionaries not loaded");
  Result<std::unique_ptr<EventCoder>> events = Status::DataError("event patterns not loaded");
  const std::string gazetteer_path = places::Gazetteer::DefaultPath(data);
  Result<std::unique_ptr<places::Gazetteer>> gazetteer = Status::DataError("gazetteer not loaded");
  std::vector<std::string> foreign_files = options.extra_actor_files;
  for (const std::string* f : {&options.petrarch_verbs, &options.petrarch_agents, &options.petrarch_discards}) {
    foreign_files.push_back(*f);
  }
  foreign_files.insert(foreign_files.end(), options.petrarch_actors.begin(), options.petrarch_actors.end());
  std::thread side([&] {
    c->data_version_ = HashDataFiles(data, foreign_files);
    if (own_dictionaries) {
      actors = ActorDictionary::Load(data + "/actors");
      events = EventCoder::Load(data);
    }
    gazetteer = places::Gazetteer::Load(gazetteer_path);
  });
  auto p = Pipeline::Create(po);
  side.join();
  if (!p.ok()) return p.status();
  c->pipeline_ = std::move(p).value();
  if (own_dictionaries) {
    if (!actors.ok()) return actors.status();
    c->actors_ = std::move(actors).value();
    if (!events.ok()) return events.status();
    c->events_ = std::move(events).value();
  } else {
    DYAD_RETURN_IF_ERROR(c->LoadWithPetrarch(options));
  }
  c->events_->set_unknown_sides(options.unknown_sides);
  c->events_->set_conventions(options.conventions);
  // (Force and aid that name no one are aimed at the place their clause
  // names, which the gazetteer resolves; PETRARCH's conventions do not.)
  c->events_->set_place_targets(gazetteer.ok() && options.conventions == Conventions::kDyad);
  // Places are optional: without the gazetteer dyad codes events without
  // them, and says so once per process.
  if (gazetteer.ok()) {
    c->parts_->gazetteer = std::move(gazetteer).value();
  } else {
    // The library does not print: the caller shows its load notes.
    c->load_notes_.push_back("warning: events get no places: " + gazetteer.status().message());
  }
  return c;
}

Status Coder::LoadWithPetrarch(const CoderOptions& options) {
  const petrarch::Files files{options.petrarch_verbs, options.petrarch_actors, options.petrarch_agents,
                              options.petrarch_discards};
  const std::string& data = pipeline_->options().data_dir;
  petrarch::Dictionaries dicts;
  DYAD_RETURN_IF_ERROR(petrarch::Load(files, &dicts));
  std::vector<petrarch::Diagnostic> diags = std::move(dicts.diagnostics);
  // The codebook tells which of the verbs' codes are foreign.
  auto codebook = Codebook::Load(data + "/cameo/codebook.txt");
  if (!codebook.ok()) return codebook.status();
  petrarch::Translation t = petrarch::Translate(dicts, petrarch::PipelineLemmas(*pipeline_), **codebook, &diags);
  std::vector<std::string> actor_files;
  if (!options.no_default_dictionaries) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(data + "/actors", ec)) {
      if (entry.path().extension() == ".txt") actor_files.push_back(entry.path().string());
    }
    if (ec) return Status::NotFound(data + "/actors: " + ec.message());
    std::sort(actor_files.begin(), actor_files.end());
  }
  actor_files.insert(actor_files.end(), options.extra_actor_files.begin(), options.extra_actor_files.end());
  for (const petrarch::Diagnostic& d : diags) load_notes_.push_back(d.ToString());
  std::vector<std::string> rejected;
  auto actors = ActorDictionary::Build(actor_files, t.actors, &rejected);
  if (!actors.ok()) return actors.status();
  // (the resolver's word lists are dyad's rules, not dictionary entries: read
  // with or without dyad's dictionaries)
  DYAD_RETURN_IF_ERROR((*actors)->LoadWordLists(data + "/actors/words/words.txt"));
  actors_ = std::move(actors).value();
  auto events = EventCoder::LoadWith(data, !options.no_default_dictionaries, t.codes, t.patterns, &rejected);
  if (!events.ok()) return events.status();
  events_ = std::move(events).value();
  for (std::string& r : rejected) {
    // "FILE:LINE: reason" -> "FILE:LINE: note: not used: reason"
    size_t colon = r.find(": ");
    load_notes_.push_back(colon == std::string::npos ? "note: not used: " + r
                                                     : r.substr(0, colon) + ": note: not used: " + r.substr(colon + 2));
  }
  parts_->petrarch = std::make_unique<petrarch::Extras>(dicts, t, events_->codebook());
  return Status::Ok();
}

namespace {

// UTF-8 continuation bytes (10xxxxxx) among the 8 bytes of `w`.
inline int Continuations(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // One bit per byte at most, so a multiply sums them: __builtin_popcountll
  // is a call into libgcc on the baseline x86-64 this is built for.
  uint64_t bits = (w & kHigh & ~(w << 1)) >> 7;
  return static_cast<int>((bits * 0x0101010101010101ull) >> 56);
}

}  // namespace

namespace {

// `analysis.text` of `to` viewed `from_text` (the document's full text, as
// Coder::FindActors leaves it): make it view `to`'s own copy instead. Any
// other view (an Analysis filled by hand) is left as it was.
void RebindText(std::string_view from_text, CodedDocument* to) {
  std::string_view& view = to->analysis.text;
  if (view.data() == from_text.data() && view.size() <= from_text.size()) {
    view = std::string_view(to->full_text).substr(0, view.size());
  }
}

}  // namespace

CodedDocument::CodedDocument(const CodedDocument& other)
    : full_text(other.full_text),
      analysis(other.analysis),
      actors(other.actors),
      events(other.events),
      places(other.places),
      explain(other.explain),
      discarded(other.discarded),
      continuation_samples(other.continuation_samples),
      data_version(other.data_version) {
  RebindText(other.full_text, this);
}

CodedDocument::CodedDocument(CodedDocument&& other) noexcept
    : analysis(std::move(other.analysis)),
      actors(std::move(other.actors)),
      events(std::move(other.events)),
      places(std::move(other.places)),
      explain(std::move(other.explain)),
      discarded(std::move(other.discarded)),
      continuation_samples(std::move(other.continuation_samples)),
      data_version(std::move(other.data_version)) {
  // A short text lives inside the string object (SSO), so its bytes move
  // with the move: note where they were before moving them.
  const std::string_view from = other.full_text;
  const std::string_view view = analysis.text;
  full_text = std::move(other.full_text);
  if (view.data() == from.data() && view.size() <= from.size()) {
    analysis.text = std::string_view(full_text).substr(0, view.size());
  }
  other.analysis.text = {};
}

CodedDocument& CodedDocument::operator=(const CodedDocument& other) {
  if (this != &other) *this = CodedDocument(other);
  return *this;
}

CodedDocument& CodedDocument::operator=(CodedDocument&& other) noexcept {
  if (this == &other) return *this;
  const std::string_view from = other.full_text;
  const std::string_view view = other.analysis.text;
  full_text = std::move(other.full_text);
  analysis = std::move(other.analysis);
  actors = std::move(other.actors);
  events = std::move(other.events);
  explain = std::move(other.explain);
  discarded = std::move(other.discarded);
  continuation_samples = std::move(other.continuation_samples);
  places = std::move(other.places);
  data_version = std::move(other.data_version);
  if (view.data() == from.data() && view.size() <= from.size()) {
    analysis.text = std::string_view(full_text).substr(0, view.size());
  }
  other.analysis.text = {};
  return *this;
}

uint32_t CodedDocument::CodePointOffset(uint32_t byte) const {
  if (continuation_samples.empty()) return byte;
  size_t k = std::min<size_t>(byte / 256, continuation_samples.size() - 1);
  uint32_t cont = continuation_samples[k];
  size_t i = k * 256;
  const size_t end = std::min<size_t>(byte, full_text.size());
  // Eight bytes at a time: every event asks for six offsets.
  for (; i + 8 <= end; i += 8) {
    uint64_t w;
    std::memcpy(&w, full_text.data() + i, 8);
    cont += Continuations(w);
  }
  for (; i < end; ++i) {
    if ((static_cast<unsigned char>(full_text[i]) & 0xC0) == 0x80) ++cont;
  }
  return byte - cont;
}

namespace {

// Fills *samples as CodedDocument::continuation_samples requires, eight
// bytes at a time: this runs over every byte of every document.
void SampleContinuations(std::string_view text, std::vector<uint32_t>* samples) {
  samples->clear();
  const char* p = text.data();
  const size_t n = text.size();
  bool ascii = true;
  size_t i = 0;
  for (; i + 8 <= n && ascii; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    ascii = (w & 0x8080808080808080ull) == 0;
  }
  for (; i < n && ascii; ++i) ascii = static_cast<unsigned char>(p[i]) < 0x80;
  if (ascii) return;
  uint32_t cont = 0;
  for (size_t block = 0; block < n; block += 256) {
    samples->push_back(cont);
    size_t end = std::min(n, block + 256), j = block;
    for (; j + 8 <= end; j += 8) {
      uint64_t w;
      std::memcpy(&w, p + j, 8);
      cont += Continuations(w);
    }
    for (; j < end; ++j) cont += (static_cast<unsigned char>(p[j]) & 0xC0) == 0x80;
  }
}

// The document's text, and the samples that turn its byte offsets into code
// points (for FindActors and FindPlaces alike).
void TakeText(const Document& doc, CodedDocument* out) {
  out->full_text = doc.FullText();
  SampleContinuations(out->full_text, &out->continuation_samples);
}

ActorOptions ActorOptionsFor(const Document& doc, Conventions conventions) {
  ActorOptions ao;
  ao.date = doc.date;
  ao.conventions = conventions;
  return ao;
}

}  // namespace

void Coder::FindActors(const Document& doc, CodedDocument* out) const {
  TakeText(doc, out);
  pipeline_->Analyze(out->full_text, doc.title.size(), &out->analysis);
  actors_->ResolveActors(out->analysis, ActorOptionsFor(doc, events_->conventions()), &out->actors);
}

namespace {

// A year the event's sentence names for it ("In 2019, China signed ...",
// "sanctions on North Korea in 2016") other than the publication year: then
// the publication day is not the event's day. The year must follow a
// preposition of time, in the event's own clause or one it hangs on
// (when::GovernsEvent): a relative or subordinate clause's year ("X, founded
// in 1990, condemned Y", "since he took office in 2022, he has made trips")
// does not date another verb's event; when that clause opens with "since",
// "until", "after" or "before" it bounds the event (undated, not the
// publication day).
// Returns the year, or 0; *within says whether the event is inside it ("in",
// "during") rather than bounded by it ("since", "until", "by").
int NamesAnotherYear(const Analysis& a, const Event& e, int published_year, bool* within) {
  if (e.sentence >= a.sentences.size() || e.sentence >= a.parses.size()) return 0;
  const Sentence& s = a.sentences[e.sentence];
  const int32_t own = when::EventClause(a, e);
  for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
    const std::string_view w = a.Lower(a.tokens[t]);
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    const int year = std::stoi(std::string(w));
    if (year < 1800 || year > 2200 || year == published_year) continue;
    const std::string_view before = a.Lower(a.tokens[t - 1]);
    if (before != "in" && before != "since" && before != "during" && before != "until" && before != "by") continue;
    bool bounds = false;
    if (when::GovernsEvent(a, e.sentence, own, t, &bounds)) {
      *within = before == "in" || before == "during";
      return year;
    }
    if (bounds) {  // "since he took office in 2022": after it, not in it
      *within = false;
      return year;
    }
  }
  return 0;
}

// The year other than the publication's that a phrase of the event's own
// clause names ("annexed the island in 2014", "during 2016"), or one
// opening the sentence ("In 2019, ..."); else 0.
int YearOfOwnClause(const Analysis& a, const Event& e, int published_year) {
  if (e.sentence >= a.sentences.size()) return 0;
  const Sentence& s = a.sentences[e.sentence];
  int32_t own = -2;  // (found only for a sentence that names a year: most do not)
  for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
    const std::string_view w = a.Lower(a.tokens[t]);
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    if (year < 1800 || year > 2200 || year == published_year) continue;
    const std::string_view before = a.Lower(a.tokens[t - 1]);
    if (before != "in" && before != "during") continue;
    if (own == -2) own = when::EventClause(a, e);
    if (own < 0) return 0;
    // ("In 2019, China attacked ...": a year opening the sentence is every
    // main clause's)
    const bool opening =
        t == s.first_token + 1 && t + 1 < s.end_token && a.Lower(a.tokens[t + 1]) == "," && !a.clauses[own].relative;
    if (opening || when::AttachedToClause(a, own, t)) return year;
  }
  return 0;
}

// An event of force or aid that names no target (target_how "place") is
// aimed at the country of the place its own clause names ("shelled villages
// in Xinjiang": CHN), when that place is in a state and is not the source's
// own code; the target's text and offsets are the place's words.
void AimAtPlace(const Analysis& a, const places::Phrase& phrase, Event* e) {
  const Geo& g = e->action_geo;
  if (!g.known() || g.how != "clause" || g.country_code.size() != 3 || !IsStateCode(g.country_code) ||
      g.country_code == e->source || phrase.end <= phrase.first || phrase.end > a.tokens.size()) {
    return;
  }
  e->target = g.country_code;
  e->target_begin = a.tokens[phrase.first].begin;
  e->target_end = a.tokens[phrase.end - 1].end;
  e->target_text = std::string(a.text.substr(e->target_begin, e->target_end - e->target_begin));
}

}  // namespace

bool Coder::has_places() const { return parts_->gazetteer != nullptr; }

void Coder::FindPlaces(const Document& doc, CodedDocument* out) const {
  // Places need the words, their tags and the names the dictionaries know
  // (organisations that are not places, demonyms, the story's countries),
  // not a parse or resolved actors: the lighter path is several times
  // cheaper per sentence than FindActors.
  TakeText(doc, out);
  out->places.clear();
  pipeline_->Segment(out->full_text, doc.title.size(), &out->analysis);
  pipeline_->Tag(&out->analysis);
  actors_->FindNames(out->analysis, ActorOptionsFor(doc, events_->conventions()), &out->actors);
  if (!parts_->gazetteer) return;
  // The finder's buffers live as long as the thread, like the caller's
  // CodedDocument.
  thread_local places::MentionScratch scratch;
  places::FindPlaceMentions(*parts_->gazetteer, out->analysis, out->actors, &out->places, &scratch);
}

void Coder::Code(const Document& doc, CodedDocument* out, bool explain) const {
  FindActors(doc, out);
  out->data_version = data_version_;
  out->explain.clear();
  events_->Code(out->analysis, out->actors, &out->events, explain ? &out->explain : nullptr);
  out->discarded.clear();
  if (parts_->petrarch) parts_->petrarch->Apply(out->analysis, &out->events, &out->discarded);
  if (min_confidence_ > 0) {
    std::erase_if(out->events, [&](const Event& e) { return e.confidence < min_confidence_; });
  }
  when::Day published;
  bool has_date = when::ParseDay(doc.date, &published);
  std::optional<places::DocumentCountries> countries;
  // (Its buffer is kept by the thread: an allocation per thread, not per document.)
  thread_local SentenceMentions by_sentence;
  if (parts_->gazetteer && !out->events.empty()) {
    countries.emplace(out->actors);
    by_sentence.Build(out->actors, out->analysis.sentences.size());
  }
  for (Event& e : out->events) {
    when::Day day;
    const char* precision = "day";
    bool within = false;
    if (has_date && e.date.empty() && when::ResolveEventDate(out->analysis, e, published, &day, &precision)) {
      // ("Sylvania, which annexed the island in 2014, met Freedonia on
      // Monday": a day of another clause does not date an event in a year its
      // own clause names; the year does, below.)
      const int year = YearOfOwnClause(out->analysis, e, published.year);
      if (year == 0 || year == day.year) {
        e.date = when::FormatDay(day);
        e.date_resolved = true;
        e.date_precision = precision;
      }
    }
    // The publication day stands in for an undated event, unless the
    // sentence names another year: an event in that year ("In 2019, ...")
    // is dated to it, with a year's precision; one it only bounds ("since
    // 2014") stays undated rather than take a day years away from it.
    if (e.date.empty()) {
      if (const int year = has_date ? NamesAnotherYear(out->analysis, e, published.year, &within) : 0) {
        if (within) {
          e.date = when::FormatDay(when::Day{year, 1, 1});
          e.date_resolved = true;
          e.date_precision = "year";
        }
      } else {
        e.date = doc.date;
      }
    }
    if (!e.date.empty() && e.date_precision.empty()) e.date_precision = "day";
    places::Phrase place_phrase;
    if (parts_->gazetteer && !e.action_geo.known()) {
      where::LocateEvent(*parts_->gazetteer, out->analysis, out->actors, e, *countries, &e.action_geo, &place_phrase);
    }
    if (e.target_how == "place") AimAtPlace(out->analysis, place_phrase, &e);
    if (parts_->gazetteer) {
      where::LocateActors(*parts_->gazetteer, out->analysis, by_sentence, e, *countries, &e.source_geo, &e.target_geo);
    }
  }
  // Force or aid whose clause names no place of a state stays without a
  // target: written with "---" only when unknown sides are asked for.
  for (Event& e : out->events) {
    if (e.target_how == "place" && e.target == "---") {
      e.target_how = "unknown";
      e.confidence = std::min(e.confidence, 0.2);
    }
  }
  if (!unknown_sides_) {
    std::erase_if(out->events, [](const Event& e) { return e.target_how == "unknown" && e.target == "---"; });
  }
  // Once aimed, an act at a place is one event per source, target and code
  // in the document, by the rule the coder applied to every other.
  std::vector<Event>& v = out->events;
  size_t w = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    bool dup = false;
    if (v[i].target_how == "place" || (v[i].target_how == "unknown" && v[i].target == "---")) {
      for (size_t j = 0; j < w && !dup; ++j) dup = RestatesEarlier(out->analysis, v[j], v[i]);
    }
    if (dup) continue;
    if (w != i) v[w] = std::move(v[i]);
    ++w;
  }
  v.resize(w);
}

namespace {


// The writer's literals are string_views ("..."sv): their length is known
// when compiling, where append(const char*) measured each of the forty or so
// of every event; and integers go through a buffer on the stack, not a
// std::string each (to_string).
using namespace std::string_view_literals;

struct Decimal {
  explicit Decimal(int64_t v) : size(static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf)) {}
  operator std::string_view() const { return std::string_view(buf, size); }
  char buf[20];
  size_t size;
};

void AppendNumber(std::string* out, double v) { json::AppendFixed(out, v, 1); }

void AppendConfidence(std::string* out, double v) { json::AppendFixed(out, v, 2); }

// Coordinates to 1e-4 degree (about 10 m): the gazetteer's own precision.
void AppendCoordinate(std::string* out, double v) { json::AppendFixed(out, v, 4); }

void AppendGeoJson(const Geo& g, std::string* out) {
  if (!g.known()) {
    out->append("null"sv);
    return;
  }
  out->append("{\"name\":"sv);
  json::AppendString(out, g.name);
  out->append(",\"country_code\":"sv);
  json::AppendString(out, g.country_code);
  out->append(",\"admin1\":"sv);
  if (g.admin1.empty()) out->append("null"sv); else json::AppendString(out, g.admin1);
  out->append(",\"lat\":"sv);
  AppendCoordinate(out, g.latitude);
  out->append(",\"lon\":"sv);
  AppendCoordinate(out, g.longitude);
  out->append(",\"feature_type\":"sv);
  json::AppendString(out, g.feature_type);
  out->append(",\"geonameid\":"sv);
  if (g.geonameid == 0)
    out->append("null"sv);
  else
    out->append(Decimal(g.geonameid));
  out->append(",\"how\":"sv);
  if (g.how.empty()) out->append("null"sv); else json::AppendString(out, g.how);
  out->append("}"sv);
}

std::string_view SentenceText(const CodedDocument& c, uint32_t s) {
  const Sentence& st = c.analysis.sentences[s];
  return std::string_view(c.full_text).substr(st.begin, st.end - st.begin);
}

}  // namespace

void AppendEventJson(const Document& doc, const CodedDocument& c, const Event& e, std::string* out) {
  out->append("{\"doc_id\":"sv);
  json::AppendString(out, doc.id);
  out->append(",\"sentence\":"sv).append(Decimal(e.sentence));
  out->append(",\"date\":"sv);
  if (e.date.empty()) out->append("null"sv); else json::AppendString(out, e.date);
  out->append(",\"date_resolved\":"sv).append(e.date_resolved ? "true" : "false");
  out->append(",\"date_precision\":"sv);
  if (e.date_precision.empty())
    out->append("null"sv);
  else
    json::AppendString(out, e.date_precision);
  out->append(",\"action_geo\":"sv);
  AppendGeoJson(e.action_geo, out);
  out->append(",\"source\":"sv);
  json::AppendString(out, e.source);
  out->append(",\"target\":"sv);
  json::AppendString(out, e.target);
  out->append(",\"source_text\":"sv);
  json::AppendString(out, e.source_text);
  out->append(",\"target_text\":"sv);
  json::AppendString(out, e.target_text);
  out->append(",\"code\":"sv);
  json::AppendString(out, e.cameo->code);
  out->append(",\"root\":"sv);
  json::AppendString(out, e.cameo->Root());
  out->append(",\"event_name\":"sv);
  json::AppendString(out, e.cameo->name);
  out->append(",\"quad_class\":"sv).append(Decimal(e.cameo->quad_class));
  out->append(",\"penta_class\":"sv).append(Decimal(e.cameo->penta_class));
  out->append(",\"goldstein\":"sv);
  AppendNumber(out, e.cameo->goldstein);
  out->append(",\"plover\":"sv);
  if (e.cameo->plover.empty()) out->append("null"sv); else json::AppendString(out, e.cameo->plover);
  out->append(",\"plover_mode\":"sv);
  if (e.cameo->plover_mode.empty()) out->append("null"sv); else json::AppendString(out, e.cameo->plover_mode);
  out->append(",\"plover_context\":"sv);
  if (e.cameo->plover_context.empty()) out->append("null"sv); else json::AppendString(out, e.cameo->plover_context);
  out->append(",\"modality\":"sv);
  if (e.modality.empty()) out->append("null"sv); else json::AppendString(out, e.modality);
  out->append(",\"evidence\":{\"sentence\":"sv);
  json::AppendString(out, SentenceText(c, e.sentence));
  const Sentence& st = c.analysis.sentences[e.sentence];
  out->append(",\"sentence_span\":["sv).append(Decimal(c.CodePointOffset(st.begin))).append(","sv);
  out->append(Decimal(c.CodePointOffset(st.end))).append("]"sv);
  out->append(",\"verb_text\":"sv);
  json::AppendString(out, e.verb_text);
  auto span = [&](const char* key, uint32_t b, uint32_t en) {
    out->append(",\""sv).append(key).append("\":["sv);
    out->append(Decimal(c.CodePointOffset(b))).append(","sv);
    out->append(Decimal(c.CodePointOffset(en))).append("]"sv);
  };
  span("source", e.source_begin, e.source_end);
  span("verb", e.verb_begin, e.verb_end);
  span("target", e.target_begin, e.target_end);
  out->append(",\"target_how\":"sv);
  json::AppendString(out, e.target_how);
  out->append("},\"rule\":"sv);
  json::AppendString(out, e.rule);
  out->append(",\"confidence\":"sv);
  AppendConfidence(out, e.confidence);
  out->append(",\"url\":"sv);
  if (doc.url.empty()) out->append("null"sv); else json::AppendString(out, doc.url);
  out->append(",\"coder\":\""sv).append(Coder::Version()).append("\",\"data_version\":"sv);
  json::AppendString(out, c.data_version);
  out->append("}\n"sv);
}

void AppendEventTsvHeader(std::string* out) {
  out->append(
      "doc_id\tsentence\tdate\tsource\ttarget\tsource_text\ttarget_text\tcode\troot\tquad_class\t"
      "penta_class\tgoldstein\tplover\tplover_mode\tplover_context\tmodality\tverb_text\trule\tdate_resolved\t"
      "geo_name\tgeo_country\tgeo_admin1\tgeo_lat\tgeo_lon\tgeo_type\tevidence\tconfidence\tdate_precision\t"
      "geo_geonameid\n");
}

void AppendEventTsv(const Document& doc, const CodedDocument& c, const Event& e, std::string* out) {
  auto cell = [&](std::string_view v) {
    json::AppendTsvCell(out, v);
    out->push_back('\t');
  };
  cell(doc.id);
  cell(std::to_string(e.sentence));
  cell(e.date);
  cell(e.source);
  cell(e.target);
  cell(e.source_text);
  cell(e.target_text);
  cell(e.cameo->code);
  cell(e.cameo->Root());
  cell(std::to_string(e.cameo->quad_class));
  cell(std::to_string(e.cameo->penta_class));
  std::string g;
  AppendNumber(&g, e.cameo->goldstein);
  cell(g);
  cell(e.cameo->plover);
  cell(e.cameo->plover_mode);
  cell(e.cameo->plover_context);
  cell(e.modality);
  cell(e.verb_text);
  cell(e.rule);
  cell(e.date_resolved ? "true" : "false");
  cell(e.action_geo.name);
  cell(e.action_geo.country_code);
  cell(e.action_geo.admin1);
  std::string coord;
  if (e.action_geo.known()) AppendCoordinate(&coord, e.action_geo.latitude);
  cell(coord);
  coord.clear();
  if (e.action_geo.known()) AppendCoordinate(&coord, e.action_geo.longitude);
  cell(coord);
  cell(e.action_geo.feature_type);
  json::AppendTsvCell(out, SentenceText(c, e.sentence));
  out->push_back('\t');
  AppendConfidence(out, e.confidence);
  out->push_back('\t');
  json::AppendTsvCell(out, e.date_precision);
  out->push_back('\t');
  if (e.action_geo.geonameid) out->append(std::to_string(e.action_geo.geonameid));
  out->push_back('\n');
}

}  // namespace dyad
